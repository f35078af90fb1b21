export * from './demo';
export * from './import';
export * from './shipment-lookup';
export * from './shipment-status';
export * from './records';
export * from './anomaly.records';
export * from './anomaly-table';
export * from './anomalies';

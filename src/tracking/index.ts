export * from './demo';
export * from './import';
export * from './shipment-lookup';
export * from './shipment-status';
export * from './records';

export * from './anomaly-watch';
export * from './watched-lookup';
export * from './proactive-scheduler';
export * from './notice.records';
export * from './notice-planner';
export * from './claim-opener';
export * from './parcel-audience';
export * from './claim-news';

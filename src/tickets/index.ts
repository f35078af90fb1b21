export * from './errors';
export * from './priority';
export * from './sla';
export * from './ticket.service';
export * from './sla-monitor';
export * from './survey';
export * from './business-hours';
export * from './handoff-policy';

export * from './errors';
export * from './priority';
export * from './sla';
export * from './ticket.service';
export * from './sla-monitor';
export * from './survey';

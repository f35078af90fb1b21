import { describeBlindReplays } from './blind-replay';

/** The blind conversations of batches 12 to 21, replayed: the properties are in blind-replay.ts. */
describeBlindReplays([
  'blind-12',
  'blind-13',
  'blind-14',
  'blind-15',
  'blind-16',
  'blind-17',
  'blind-18',
  'blind-19',
  'blind-20',
  'blind-21',
]);

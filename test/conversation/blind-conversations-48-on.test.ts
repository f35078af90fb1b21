import { describeBlindReplays } from './blind-replay';

/**
 * The blind conversations of batches 48 on, replayed (a file of their own so that the replays of many batches run on
 * more than one test worker; a new batch is added here): the properties are in blind-replay.ts.
 */
describeBlindReplays([
  'blind-48a',
  'blind-48b',
  'blind-49a',
  'blind-49b',
  'blind-50a',
  'blind-50b',
  'blind-51a',
  'blind-51b',
]);

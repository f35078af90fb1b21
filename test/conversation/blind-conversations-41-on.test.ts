import { describeBlindReplays } from './blind-replay';

/**
 * The blind conversations of batches 41 on, replayed (a file of their own so that the replays of many batches run on
 * more than one test worker; a new batch is added here): the properties are in blind-replay.ts.
 */
describeBlindReplays([
  'blind-41a',
  'blind-41b',
  'blind-42a',
  'blind-42b',
  'blind-43a',
  'blind-43b',
  'blind-44a',
  'blind-44b',
]);

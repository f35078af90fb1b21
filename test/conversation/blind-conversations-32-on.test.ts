import { describeBlindReplays } from './blind-replay';

/**
 * The blind conversations of batches 32 on, replayed (from 34, two writers' 15 each: 34a, 34b …; a new batch is added
 * here): the properties are in blind-replay.ts.
 */
describeBlindReplays([
  'blind-32',
  'blind-33',
  'blind-34a',
  'blind-34b',
  'blind-35a',
  'blind-35b',
  'blind-36a',
  'blind-36b',
  'blind-37a',
  'blind-37b',
  'blind-38a',
  'blind-38b',
  'blind-39a',
  'blind-39b',
  'blind-40a',
  'blind-40b',
]);

import { describeBlindReplays } from './blind-replay';

/** The blind conversations of batches 22 to 31 (with 26b, a second writer's 30 on the code of 26), replayed: the properties are in blind-replay.ts. */
describeBlindReplays([
  'blind-22',
  'blind-23',
  'blind-24',
  'blind-25',
  'blind-26',
  'blind-26b',
  'blind-27',
  'blind-28',
  'blind-29',
  'blind-30',
  'blind-31',
]);

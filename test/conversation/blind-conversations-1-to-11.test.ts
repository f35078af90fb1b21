import { describeBlindReplays } from './blind-replay';

/** The blind conversations of batch 1 (the files beside this folder) and batches 2 to 11, replayed: the properties are in blind-replay.ts. */
describeBlindReplays([
  '.',
  'blind-2',
  'blind-3',
  'blind-4',
  'blind-5',
  'blind-6',
  'blind-7',
  'blind-8',
  'blind-9',
  'blind-10',
  'blind-11',
]);

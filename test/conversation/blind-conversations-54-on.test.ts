import { describeBlindReplays } from './blind-replay';

/**
 * The blind conversations of batches 54 on, replayed (a file of their own so that the replays of many batches run on
 * more than one test worker; a new batch is added here): the properties are in blind-replay.ts.
 */
describeBlindReplays(['blind-54a', 'blind-54b', 'blind-55a', 'blind-55b']);

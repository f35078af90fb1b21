import { describeBlindReplays } from './blind-replay';

/**
 * The blind conversations of batches 52 on, replayed (a file of their own so that the replays of many batches run on
 * more than one test worker; a new batch is added here): the properties are in blind-replay.ts.
 */
describeBlindReplays(['blind-52a', 'blind-52b', 'blind-53a', 'blind-53b']);

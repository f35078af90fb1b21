import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 11 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(11));

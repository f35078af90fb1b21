import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 12 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(12));

import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 4 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(4));

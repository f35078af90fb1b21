import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 10 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(10));

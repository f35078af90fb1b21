import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 8 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(8));

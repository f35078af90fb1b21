import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 1 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(1));

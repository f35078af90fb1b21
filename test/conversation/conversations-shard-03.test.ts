import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 3 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(3));

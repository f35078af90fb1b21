import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 2 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(2));

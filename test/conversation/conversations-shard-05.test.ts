import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 5 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(5));

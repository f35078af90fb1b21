import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 6 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(6));

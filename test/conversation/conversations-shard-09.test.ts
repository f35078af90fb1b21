import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 9 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(9));

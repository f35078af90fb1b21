import { describeSpecs, shardSpecFiles } from './specs';

/** Shard 7 of the conversation specs (see specs.ts). */
describeSpecs(shardSpecFiles(7));

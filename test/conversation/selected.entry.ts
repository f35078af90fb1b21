import { describeSpecs, namedSpecFiles } from './specs';

/**
 * The conversation specs named in CONVERSATIONS (comma-separated parts of file names), in one jest file:
 * `npm run test:conversations -- courier-wish refused-damaged` runs it. Not matched by `npm test`'s pattern.
 */
const names = (process.env.CONVERSATIONS ?? '').split(',').filter(Boolean);
const files = namedSpecFiles(names);
if (files.length === 0)
  throw new Error(`No conversation spec in test/conversation matches CONVERSATIONS=${names.join(',')}`);
describeSpecs(files);

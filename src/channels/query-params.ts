import { z } from 'zod';

/** A query string that does not fit its route, with the reason naming the parameter. */
export class BadQueryError extends Error {
  constructor(
    readonly parameter: string,
    reason: string,
  ) {
    super(`${parameter}: ${reason}`);
  }
}

/** A whole number from 0 up, as a query parameter (`?since=42`). */
export const wholeNumber = z
  .string()
  .regex(/^\d{1,15}$/, 'must be a whole number of 0 or more')
  .transform(Number);

/**
 * Reads a route's query string against the parameters it knows: each given at most once, nothing unknown, an
 * empty value the same as none. @throws BadQueryError naming the first parameter that does not fit.
 */
export function readQuery<S extends z.ZodRawShape>(
  shape: S,
  query: Record<string, unknown>,
): z.infer<z.ZodObject<S, z.core.$strict>> {
  // A parameter given twice arrives as a list: name it rather than pick one.
  const repeated = Object.entries(query).find(([, v]) => typeof v !== 'string');
  if (repeated) throw new BadQueryError(repeated[0], 'give it once, as a single value');
  const parsed = z.strictObject(shape).safeParse(Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '')));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') throw new BadQueryError(issue.keys.join(', '), 'not a known parameter');
  throw new BadQueryError(String(issue?.path[0] ?? 'query'), issue?.message ?? 'not valid here');
}

/** The error a query string gets on a route that takes no parameters, or undefined when it has none. */
export function unexpectedQuery(query: Record<string, unknown>): string | undefined {
  try {
    readQuery({}, query);
    return undefined;
  } catch (err) {
    if (err instanceof BadQueryError) return err.message;
    throw err;
  }
}

/**
 * How deep a JSON body may nest. No route reads more than a few levels (an Adaptive Card a dozen or so), and a deeper one overflows the stack of
 * JSON.stringify and the validators: a 200 kB Direct Line post of nested brackets answered 500.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether a parsed JSON value nests arrays and objects deeper than `limit` (walked without recursion). */
export function nestsDeeperThan(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

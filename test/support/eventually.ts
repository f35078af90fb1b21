/**
 * Polls `done` until it holds (for work that happens in the background, such as the outbox worker's sends);
 * rejects after `timeoutMs` naming `what`.
 */
export async function eventually(
  done: () => boolean | Promise<boolean>,
  what = 'the condition',
  timeoutMs = 10_000,
): Promise<void> {
  const start = Date.now();
  while (!(await done())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

import pino from 'pino';
import { PeriodicRound } from '../../src/periodic-round';

/** A log that keeps what it was told, at every level. */
function recordingLogger(): { logger: pino.Logger; lines: { level: number; msg: string }[] } {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino(
    { level: 'trace' },
    { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) },
  );
  return { logger, lines };
}

/** A round that stays in flight until the test lets it finish. */
function heldRound(): { round: () => Promise<void>; started: () => number; finish: () => void } {
  let started = 0;
  let release: (() => void) | undefined;
  return {
    round: () => {
      started += 1;
      return new Promise<void>((resolve) => (release = resolve));
    },
    started: () => started,
    finish: () => release?.(),
  };
}

describe('PeriodicRound: the timed work of the follow-ups and the proactive checks', () => {
  afterEach(() => jest.useRealTimers());

  it('joins the round in flight instead of starting a second one, and starts afresh after it', async () => {
    const held = heldRound();
    const periodic = new PeriodicRound({ name: 'test', intervalMs: 1000, logger: pino({ level: 'silent' }), ...held });
    const first = periodic.runOnce();
    const second = periodic.runOnce();
    expect(second).toBe(first);
    expect(held.started()).toBe(1);
    held.finish();
    await first;
    const third = periodic.runOnce();
    expect(held.started()).toBe(2);
    held.finish();
    await third;
  });

  it('logs a failed round under its name, never rejects, and runs the next one', async () => {
    const { logger, lines } = recordingLogger();
    let calls = 0;
    const periodic = new PeriodicRound({
      name: 'follow-up',
      intervalMs: 1000,
      logger,
      round: async () => {
        calls += 1;
        if (calls === 1) throw new Error('store away');
      },
    });
    await expect(periodic.runOnce()).resolves.toBeUndefined();
    await periodic.runOnce();
    expect(calls).toBe(2);
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual(['follow-up round failed']);
  });

  it('runs every interval once started; close() stops the timer and waits for the round in flight', async () => {
    jest.useFakeTimers();
    const held = heldRound();
    const periodic = new PeriodicRound({ name: 'test', intervalMs: 1000, logger: pino({ level: 'silent' }), ...held });
    periodic.start();
    periodic.start(); // a second start keeps the one timer
    jest.advanceTimersByTime(999);
    expect(held.started()).toBe(0);
    jest.advanceTimersByTime(1);
    expect(held.started()).toBe(1);
    let closed = false;
    const closing = periodic.close().then(() => (closed = true));
    await Promise.resolve();
    expect(closed).toBe(false);
    held.finish();
    await closing;
    expect(closed).toBe(true);
    jest.advanceTimersByTime(5000);
    expect(held.started()).toBe(1);
  });
});

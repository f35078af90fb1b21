/** A clock the test moves by hand, so deadlines and retries are tested without waiting. */
export class TestClock {
  constructor(public current: Date = new Date('2026-11-23T02:00:00Z')) {}

  now(): Date {
    return this.current;
  }

  set(iso: string): void {
    this.current = new Date(iso);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

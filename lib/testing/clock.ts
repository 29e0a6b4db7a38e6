/**
 * The simulator's time. Everything in it that depends on time goes through
 * one clock: the delayed state transitions, SSO token expiry, the times it
 * writes (events, jobs, start and stop times), injected latency and slow
 * bodies.
 *
 * - The real clock is the wall clock, with timers of `setTimeout`.
 * - The manual clock stands still until `advance(ms)` moves it: the timers
 *   that come due fire one after the other, in the order of their times
 *   (and of their creation, for equal times), each seeing the clock at its
 *   own time. Tests of transitions and expiry then need no sleeping and give
 *   the same result on any machine.
 */
export interface Clock {
  readonly kind: 'real' | 'manual';
  /** Milliseconds since the epoch. */
  now(): number;
  /**
   * Calls `run` once the clock reaches `at`. `keepAlive: false` lets the
   * process exit while it is pending (a real clock's timer is unref'd).
   * Returns a function that cancels it.
   */
  schedule(at: number, run: () => void, keepAlive?: boolean): () => void;
  /** Cancels every pending timer. */
  stop(): void;
}

export class RealClock implements Clock {
  readonly kind = 'real';
  private readonly timers = new Set<NodeJS.Timeout>();

  now(): number {
    return Date.now();
  }

  schedule(at: number, run: () => void, keepAlive = true): () => void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, Math.max(0, at - Date.now()));
    if (!keepAlive) timer.unref();
    this.timers.add(timer);
    return () => {
      clearTimeout(timer);
      this.timers.delete(timer);
    };
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

interface ManualTimer {
  at: number;
  run: () => void;
}

export class ManualClock implements Clock {
  readonly kind = 'manual';
  private time: number;
  private readonly timers: ManualTimer[] = [];

  constructor(start: number) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  schedule(at: number, run: () => void): () => void {
    const timer: ManualTimer = { at, run };
    let i = this.timers.length;
    while (i > 0 && this.timers[i - 1].at > at) i--;
    this.timers.splice(i, 0, timer);
    return () => {
      const k = this.timers.indexOf(timer);
      if (k >= 0) this.timers.splice(k, 1);
    };
  }

  /** Timers not fired yet. */
  get pending(): number {
    return this.timers.length;
  }

  /**
   * Moves the clock `ms` forward, firing every timer that comes due, in
   * order, with the clock set to each one's time while it runs.
   */
  advance(ms: number): void {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new TypeError(`advance: ms must be a finite number of 0 or more, got ${String(ms)}`);
    const target = this.time + ms;
    while (this.timers.length > 0 && this.timers[0].at <= target) {
      const timer = this.timers.shift()!;
      this.time = Math.max(this.time, timer.at);
      timer.run();
    }
    this.time = target;
  }

  stop(): void {
    this.timers.length = 0;
  }
}

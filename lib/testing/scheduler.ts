/**
 * Delayed state transitions. Each task runs when its time comes on the
 * simulator's clock, from one timer, and also before every request is
 * handled, so a request always sees every transition that is due: with a
 * delay of 0 the next request sees the final state, deterministically.
 * With a manual clock, tasks run only as `advance(ms)` reaches them, in
 * the order of their times.
 */
import type { Clock } from './clock';

interface Task {
  at: number;
  seq: number;
  run: () => void;
}

export class Scheduler {
  private readonly queue: Task[] = [];
  private cancelTimer: (() => void) | undefined;
  private timerAt = Infinity;
  private seq = 0;
  private stopped = false;
  private running = false;
  /** The first error a transition threw, if any (the simulator's own bug). */
  lastError: unknown;

  constructor(private readonly clock: Clock) {}

  /** Runs `run` after `ms` milliseconds of the clock (0: before the next request). */
  after(ms: number, run: () => void): void {
    if (this.stopped) return;
    const task: Task = { at: this.clock.now() + Math.max(0, ms), seq: this.seq++, run };
    // Insert in (at, seq) order; the queue is short, most inserts land at the end.
    let i = this.queue.length;
    while (i > 0 && this.queue[i - 1].at > task.at) i--;
    this.queue.splice(i, 0, task);
    if (!this.running) this.arm();
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Runs every task that is due (and the ones they schedule that are due too). */
  runDue(): void {
    this.drain(() => this.clock.now());
  }

  /** Runs every pending task now, in order, including the ones they schedule. */
  settle(): void {
    this.drain(() => Infinity);
  }

  private drain(now: () => number): void {
    if (this.running) return;
    this.running = true;
    try {
      let guard = 0;
      while (this.queue.length > 0 && this.queue[0].at <= now() && guard++ < 10_000_000) {
        const task = this.queue.shift()!;
        try {
          task.run();
        } catch (error) {
          // A failing transition must not stop the others; keep the first error for inspection.
          this.lastError ??= error;
        }
      }
    } finally {
      this.running = false;
    }
    this.arm();
  }

  /** Keeps one timer on the clock, at the time of the first task. */
  private arm(): void {
    if (this.stopped) return;
    const next = this.queue.length > 0 ? this.queue[0].at : Infinity;
    if (next === this.timerAt) return;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.timerAt = next;
    if (next === Infinity) return;
    this.cancelTimer = this.clock.schedule(
      next,
      () => {
        this.cancelTimer = undefined;
        this.timerAt = Infinity;
        this.runDue();
      },
      false,
    );
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.queue.length = 0;
  }
}

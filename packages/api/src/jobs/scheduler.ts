import { randomUUID } from 'node:crypto';
import { claimRun, finishRun } from './ledger';
import { dueSlot, runSweep } from './sweeps';
import { SWEEP_NAMES, type SweepDeps, type SweepName } from './sweep-types';

export interface SchedulerOptions {
  /** How often to look at the ledger (real time). The clock decides what is due. */
  tickMs: number;
  instance?: string;
  /** After each run this instance made: the sweep, what it did, the slot it ran for and how long it took. */
  onRun?: (sweep: SweepName, result: { processed: number; created: number }, slot: Date, seconds: number) => void;
  onError?: (sweep: SweepName, error: unknown, seconds: number) => void;
}

export interface Scheduler {
  /** Looks at the ledger now and runs whatever is due and unclaimed. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Durable sweeps without a job library: nothing lives in process memory but the timer. Each tick
 * claims the current slot of each sweep in the `job_runs` ledger; whichever instance claims it runs
 * it. A slot missed while every instance was down is simply the current slot at the next start.
 */
export function startScheduler(deps: SweepDeps, options: SchedulerOptions): Scheduler {
  const instance = options.instance ?? `instance-${randomUUID().slice(0, 8)}`;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const runDue = async () => {
    for (const sweep of SWEEP_NAMES) {
      if (stopped) return;
      const now = deps.clock.now();
      const slot = dueSlot(sweep, now);
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      try {
        if (!(await claimRun(deps.db, sweep, slot, now, instance))) continue;
        const result = await runSweep(sweep, deps);
        await finishRun(deps.db, sweep, slot, deps.clock.now(), result);
        options.onRun?.(sweep, result, slot, seconds());
      } catch (error) {
        options.onError?.(sweep, error, seconds());
      }
    }
  };
  // Ticks never overlap: each waits for the previous one.
  const tick = () => (running = running.then(runDue));
  const timer = setInterval(() => void tick(), options.tickMs);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

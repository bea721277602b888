import type { Context } from '../context';
import { runSweep } from '../jobs/sweeps';
import type { SweepName, SweepResult } from '../jobs/sweep-types';

/** jobs.run: the sweep, now, at the service clock's time. Unique source keys make a rerun create nothing. */
export async function runSweepNow(ctx: Context, name: SweepName): Promise<SweepResult> {
  const started = performance.now();
  try {
    const result = await runSweep(name, ctx);
    ctx.metrics.sweepRan(name, 'ok', (performance.now() - started) / 1000, result.created);
    return result;
  } catch (error) {
    ctx.metrics.sweepRan(name, 'failed', (performance.now() - started) / 1000, 0);
    throw error;
  }
}

import type { Context } from '../context';
import { runSweep } from '../jobs/sweeps';
import type { SweepName, SweepResult } from '../jobs/sweep-types';

/** jobs.run: the sweep, now, at the service clock's time. Unique source keys make a rerun create nothing. */
export function runSweepNow(ctx: Context, name: SweepName): Promise<SweepResult> {
  return runSweep(name, ctx);
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  SPEC_SUCCESS_TARGETS,
  SUCCESS_METRIC_INFO,
  SUCCESS_METRICS,
  type SuccessTargets,
} from '../../domain/success-targets';

// PROFOS_SUCCESS_TARGETS names a JSON file that overrides any of the spec's baselines and targets:
// { "videoOnlyConversion": { "baseline": 0.18 }, "daysToFirstLog": { "target": 5 } }. Rates are fractions.

const Target = z.strictObject({
  baseline: z.number().finite().nonnegative().optional(),
  target: z.number().finite().nonnegative().optional(),
  targetHigh: z.number().finite().nonnegative().optional(),
});
const File = z.strictObject(Object.fromEntries(SUCCESS_METRICS.map((m) => [m, Target.optional()])));

/** The spec's targets with the overrides in `json`; throws an Error that says what is wrong. */
export function parseSuccessTargets(json: unknown): SuccessTargets {
  const parsed = File.safeParse(json);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; '));
  const targets = { ...SPEC_SUCCESS_TARGETS };
  for (const metric of SUCCESS_METRICS) {
    const merged = { ...targets[metric], ...(parsed.data[metric] ?? {}) };
    const values = [merged.baseline, merged.target, merged.targetHigh ?? merged.target];
    if (SUCCESS_METRIC_INFO[metric].unit === 'rate' && values.some((v) => v > 1))
      throw new Error(`${metric}: rates are fractions from 0 to 1`);
    if (merged.targetHigh !== undefined && merged.targetHigh < merged.target)
      throw new Error(`${metric}: targetHigh must not be below target`);
    targets[metric] = merged;
  }
  return targets;
}

export function readSuccessTargetsFile(path: string): SuccessTargets {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${path} as JSON (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  return parseSuccessTargets(json);
}

/** The targets a process uses: the file PROFOS_SUCCESS_TARGETS names, else the spec's. */
export function successTargetsFromEnv(env: NodeJS.ProcessEnv = process.env): SuccessTargets {
  const path = env.PROFOS_SUCCESS_TARGETS?.trim();
  if (!path) return SPEC_SUCCESS_TARGETS;
  try {
    return readSuccessTargetsFile(path);
  } catch (error) {
    throw new Error(`PROFOS_SUCCESS_TARGETS: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

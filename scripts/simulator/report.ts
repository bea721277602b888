import type { EnhancementResult } from '@profos/api/services/analytics/metrics';
import type { SimulationOptions, SimulationResult } from './run';

const pct = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined ? '–' : `${(x * 100).toFixed(digits)}%`;
const signedPct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;

/** The Markdown summary: what was simulated, what came out, and what that can and cannot mean. */
export function markdownSummary(
  options: SimulationOptions,
  result: SimulationResult,
  configPath: string,
  seconds: number,
): string {
  const { funnel, metrics, counts } = result;
  const row = (e: EnhancementResult) =>
    `| ${e.enhancement} | ${e.exposedUsers} | ${e.creditedConversions} | ${pct(e.treatment.rate)} (${e.treatment.converted}/${e.treatment.users}) | ${pct(e.holdout.rate)} (${e.holdout.converted}/${e.holdout.users}) | ${e.difference ? `${signedPct(e.difference.estimate)} pts [${signedPct(e.difference.low)}, ${signedPct(e.difference.high)}]` : '–'} |`;
  return `# Policy simulation — seed ${options.seed}

${options.users} synthetic users over ${options.days} days, ${options.holdoutPercent}% held out of each enhancement,
behaviour model \`${configPath}\`. Ran in ${seconds.toFixed(0)} s. Same seed and model → same numbers.

## Funnel

| stage | users |
| --- | --- |
${funnel.stages.map((s) => `| ${s.stage} | ${s.count} |`).join('\n')}

Conversion: **${pct(metrics.conversionRate)}** (${metrics.convertedUsers}/${metrics.users}). Median days to first log:
${metrics.daysToFirstLog.median === null ? '–' : metrics.daysToFirstLog.median.toFixed(1)} (mean ${metrics.daysToFirstLog.mean === null ? '–' : metrics.daysToFirstLog.mean.toFixed(1)}).
Power users: ${metrics.powerUsers.count}. Activity: ${counts.requests} video requests, ${counts.clicks} clicks,
${counts.answers} profile answers, ${counts.sessions} sessions logged, ${counts.optedOut} opt-outs.

## Treatment vs holdout, per enhancement

Users who made at least one video request; conversion = logged a first session in the window.
Difference is treatment − holdout in percentage points, 95% interval (${metrics.intervalMethod}).

| enhancement | exposed users | credited conversions | treatment | holdout | difference |
| --- | --- | --- | --- | --- | --- |
${metrics.enhancements.map(row).join('\n')}

## Days to first log

| days | users |
| --- | --- |
${metrics.daysToFirstLog.distribution.map((b) => `| ${b.bucket} | ${b.count} |`).join('\n')}

## What this can and cannot tell

It exercises the real policy and pipeline — caps, holdouts, sweeps, attribution and analytics — end to
end, and shows how the measured effect and its interval behave for a given population size and holdout
share. The users' reactions are the behaviour model's assumptions, so the conversion numbers restate
those assumptions; they are **not** evidence about real users. Holdouts of each enhancement overlap
(each is assigned independently), so a difference also contains interactions with the others.
`;
}

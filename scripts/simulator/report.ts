import type { EnhancementResult } from '@profos/api/services/analytics/metrics';
import type { SuccessMetricResult } from '@profos/api/services/analytics/success-metrics';
import type { HoldoutEffect } from './holdout-effects';
import type { SimulationOptions, SimulationResult } from './run';

const pct = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined ? '–' : `${(x * 100).toFixed(digits)}%`;
const signedPct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;
const days = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)} days`);

const VERDICTS: Record<SuccessMetricResult['status'], string> = {
  target_met: 'target met',
  above_baseline: 'better than the baseline, short of the target',
  not_above_baseline: 'not better than the baseline',
  no_data: 'no data',
};

/** The spec's three success metrics as simulated, beside the baseline and target. */
function targetRow(m: SuccessMetricResult): string {
  const value = (x: number) => (m.unit === 'rate' ? pct(x, 0) : days(x));
  const simulated =
    m.unit === 'rate' ? `${pct(m.value)} (${m.count}/${m.users})` : `${days(m.value)} (${m.users} users)`;
  const interval = m.interval
    ? m.unit === 'rate'
      ? `[${pct(m.interval.low)}, ${pct(m.interval.high)}]`
      : `[${m.interval.low.toFixed(1)}, ${m.interval.high.toFixed(1)}]`
    : '–';
  const target = m.targetHigh === null ? value(m.target) : `${value(m.target)}–${value(m.targetHigh)}`;
  return `| ${m.label} | ${value(m.baseline)} | ${target} | ${simulated} | ${interval} | ${VERDICTS[m.status]} |`;
}

/** One line per enhancement: what its holdout shows for each success metric. */
function effectLine(e: HoldoutEffect): string {
  const { treatment: t, holdout: h, conversionDifference: d } = e;
  if (!h.videoOnlyUsers || !t.videoOnlyUsers)
    return `- **${e.enhancement}**: no comparison (${t.videoOnlyUsers} video-only users treated, ${h.videoOnlyUsers} held out).`;
  const moved = !d
    ? ''
    : d.low > 0
      ? ' — it raised conversion'
      : d.high < 0
        ? ' — it lowered conversion'
        : ' — no difference its interval can tell from none';
  const retention = (g: typeof t) =>
    g.retention === null ? '–' : `${pct(g.retention, 0)} (${g.retained}/${g.retentionEligible})`;
  return (
    `- **${e.enhancement}** (${t.videoOnlyUsers} video-only users treated, ${h.videoOnlyUsers} held out): ` +
    `conversion ${pct(t.conversion)} vs ${pct(h.conversion)}, ` +
    `${d ? `${signedPct(d.estimate)} pts [${signedPct(d.low)}, ${signedPct(d.high)}]` : '–'}${moved}; ` +
    `median days to first log ${days(t.medianDaysToFirstLog)} vs ${days(h.medianDaysToFirstLog)}; ` +
    `power-user retention ${retention(t)} vs ${retention(h)}.`
  );
}

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

## Against the spec's success metrics

Video-only conversion: of the users whose first activity was a video request, the share who logged a session.
Time to first log: median days from the first video request to the first session. Retention: of users who became
power users 30+ days before the end, the share who logged in its last 30 days. Intervals 95%.

| metric | baseline | target | simulated | 95% CI | verdict |
| --- | --- | --- | --- | --- | --- |
${metrics.successMetrics.metrics.map(targetRow).join('\n')}

A verdict here is the behaviour model's assumptions measured back, not a forecast for real users.

## Which enhancement moved what (holdouts)

Each enhancement's treated users against its held-out ones, on the three success metrics (video-only users; the
conversion difference with Newcombe's 95% interval; medians and retention without intervals at these sizes).
The model gives each touchpoint its own boost to the daily chance of a first log (\`conversion.boosts\` in
\`${configPath}\`): these differences are those boosts measured back through the real policy.

${result.holdoutEffects.map(effectLine).join('\n')}

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
share. The users' reactions are the behaviour model's assumptions, so the conversion numbers — against
the spec's targets and per enhancement alike — restate those assumptions (the boosts in the model are
what the holdouts measure back); they are **not** evidence about real users. Holdouts of each enhancement overlap
(each is assigned independently), so a difference also contains interactions with the others.
`;
}

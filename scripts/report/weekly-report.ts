import type { appRouter } from '@profos/api';
import { addWeeks, isoWeekOf, type IsoWeek } from '@profos/api/domain/iso-week';
import type { Metrics } from '@profos/api/services/analytics/metrics';
import type { SuccessMetricResult, SuccessMeasure } from '@profos/api/services/analytics/success-metrics';
import type { Weekly, WeeklyRow } from '@profos/api/services/analytics/weekly';

// The weekly report a growth team pastes into its update: one week's numbers beside the week
// before, and the spec's success metrics against their targets — from analytics.weekly and
// analytics.metrics, the procedures the dashboard reads.

type AdminApi = ReturnType<typeof appRouter.createCaller>;

/** Weeks of examples' results the report ranks them over (ending with the report's week). */
const EXAMPLE_WEEKS = 4;

export interface WeeklyReport {
  week: string;
  start: Date;
  end: Date;
  generatedAt: Date;
  /** The report's week and the one before it, as analytics.weekly gives them. */
  thisWeek: WeeklyRow;
  previousWeek: WeeklyRow;
  /** Week-over-week change of each headline count. */
  changes: { name: string; thisWeek: number; previousWeek: number; change: number | null }[];
  /** Examples by credited conversion rate over the four weeks ending with this one. */
  examples: Weekly['examples'];
  /** For the users who signed up by the end of the week, measured when the report was made. */
  successMetrics: Metrics['successMetrics'];
}

/** The last week that has ended by `now`. */
export const lastCompleteWeek = (now: Date): IsoWeek => addWeeks(isoWeekOf(now), -1);

export async function weeklyReport(api: AdminApi, week: IsoWeek, now: Date): Promise<WeeklyReport> {
  const [weekly, metrics] = await Promise.all([
    api.analytics.weekly({ from: addWeeks(week, 1 - EXAMPLE_WEEKS).start, weeks: EXAMPLE_WEEKS }),
    api.analytics.metrics({ to: week.end }),
  ]);
  const [previousWeek, thisWeek] = weekly.weeks.slice(-2) as [WeeklyRow, WeeklyRow];
  return {
    week: week.label,
    start: week.start,
    end: week.end,
    generatedAt: now,
    thisWeek,
    previousWeek,
    changes: HEADLINES.map(({ name, value }) => ({
      name,
      thisWeek: value(thisWeek),
      previousWeek: value(previousWeek),
      change: relativeChange(value(thisWeek), value(previousWeek)),
    })),
    examples: weekly.examples,
    successMetrics: metrics.successMetrics,
  };
}

const HEADLINES: { name: string; value: (w: WeeklyRow) => number }[] = [
  { name: 'New users', value: (w) => w.newUsers },
  { name: 'Video requesters', value: (w) => w.videoRequesters },
  { name: 'Profile questions asked', value: (w) => w.profileQuestions.asked },
  { name: 'Users asked a profile question', value: (w) => w.profileQuestions.users },
  { name: 'Pattern teasers shown', value: (w) => w.teasers.shown },
  { name: 'Power-user examples shown', value: (w) => w.examples.shown },
  { name: 'Nudges shown', value: (w) => w.nudges.shown },
  { name: 'First sessions logged', value: (w) => w.firstSessions },
];

/** (this − before) ÷ before; null when there was nothing before to compare with. */
export function relativeChange(now: number, before: number): number | null {
  return before === 0 ? null : (now - before) / before;
}

const count = (n: number) => n.toLocaleString('en-US');
const pct = (x: number | null, digits = 1) => (x === null ? '–' : `${(x * 100).toFixed(digits)}%`);
const signedPct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%`;
const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} pts`;
const day = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const days = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)} days`);

function changeText(now: number, before: number): string {
  const change = relativeChange(now, before);
  if (change !== null) return signedPct(change);
  return now === 0 ? '–' : 'new';
}

/** A measure as the report prints it: "23.1% (95% CI 21.0–25.3%, 1,234 of 5,345)" or "6.2 days (…)". */
function measureText(unit: 'rate' | 'days', m: SuccessMeasure): string {
  if (m.value === null) return 'no data yet';
  if (unit === 'rate') {
    const ci = m.interval ? `95% CI ${pct(m.interval.low)}–${pct(m.interval.high)}, ` : '';
    return `**${pct(m.value)}** (${ci}${count(m.count ?? 0)} of ${count(m.users)})`;
  }
  const ci = m.interval ? `95% CI ${m.interval.low.toFixed(1)}–${m.interval.high.toFixed(1)}, ` : '';
  return `**${days(m.value)}** (${ci}${count(m.users)} ${m.users === 1 ? 'user' : 'users'})`;
}

function targetText(m: SuccessMetricResult): string {
  const value = (x: number) => (m.unit === 'rate' ? pct(x, 0) : days(x).replace('.0 days', ' days'));
  const target = m.targetHigh === null ? value(m.target) : `${value(m.target)}–${value(m.targetHigh)}`;
  const verdict = {
    target_met: 'target met',
    above_baseline: 'better than the baseline, short of the target',
    not_above_baseline: 'not better than the baseline',
    no_data: 'no data yet',
  }[m.status];
  return `baseline ${value(m.baseline)}, target ${target}: ${verdict}`;
}

/** Which of the two weeks' rates can still rise: until 14 days after a week ends, conversions still come in. */
function settling(...weeks: WeeklyRow[]): string {
  const open = weeks.filter((w) => !w.settled).map((w) => w.week);
  if (!open.length) return '';
  return `; ${open.join(' and ')} ${open.length > 1 ? 'are' : 'is'} within 14 days of ${open.length > 1 ? 'their' : 'its'} end, so ${open.length > 1 ? 'their rates' : 'its rate'} can still rise`;
}

export function weeklyReportMarkdown(report: WeeklyReport, database: string): string {
  const { thisWeek: w, previousWeek: p } = report;
  const cohorts = report.successMetrics.bySignupWeek.filter((c) => c.start < report.end).slice(-4);
  const metricLines = report.successMetrics.metrics.map((m) => {
    const trend = cohorts
      .map((c) => {
        const v = c.measures[m.metric].value;
        return `${c.week.slice(5)} ${v === null ? '–' : m.unit === 'rate' ? pct(v) : days(v)}`;
      })
      .join(' · ');
    return `- ${m.label}: ${measureText(m.unit, m)} — ${targetText(m)}.${trend ? ` By sign-up week: ${trend}.` : ''}`;
  });
  const row = (name: string, a: number, b: number) => `| ${name} | ${count(a)} | ${count(b)} | ${changeText(a, b)} |`;
  const kinds = [
    ...w.teasers.byKind.map((t, i) => row(`Teaser: ${t.kind}`, t.shown, p.teasers.byKind[i]!.shown)),
    ...w.nudges.byKind.map((n, i) => row(`Nudge: ${n.kind}`, n.shown, p.nudges.byKind[i]!.shown)),
    ...w.examples.byExample.map((x, i) => row(`Example: ${x.id}`, x.shown, p.examples.byExample[i]!.shown)),
  ];
  const enhancementRows = w.enhancements.map((e, i) => {
    const before = p.enhancements[i]!;
    const c = e.conversion;
    const ci = c.interval ? ` [${pct(c.interval.low)}, ${pct(c.interval.high)}]` : '';
    const rateChange =
      c.rate !== null && before.conversion.rate !== null ? points(c.rate - before.conversion.rate) : '–';
    return `| ${e.enhancement} | ${count(e.usersReached)} | ${count(e.creditedConversions)} | ${pct(c.rate)}${ci} (${c.converted}/${c.users}) | ${pct(before.conversion.rate)} | ${rateChange} |`;
  });
  const exampleRows = report.examples.map(
    (x, i) =>
      `| ${i + 1} | ${x.id} | ${x.exampleType} | ${count(x.shown)} | ${x.converted} | ${pct(x.rate)}${x.interval ? ` [${pct(x.interval.low)}, ${pct(x.interval.high)}]` : ''} |`,
  );
  return `# Weekly report — ${report.week} (${day(report.start)} – ${day(new Date(report.end.getTime() - 1))})

Generated ${report.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC from analytics.weekly and analytics.metrics (${database}). Weeks are ISO weeks in UTC; the change is against ${p.week}.

## Success metrics

Users who signed up by the end of ${report.week}, as measured now, against the spec's baseline and target.

${metricLines.join('\n')}

## The week in numbers

| | ${w.week} | ${p.week} | change |
| --- | ---: | ---: | ---: |
${HEADLINES.map((h) => row(h.name, h.value(w), h.value(p))).join('\n')}

<details><summary>Touchpoints by kind</summary>

| | ${w.week} | ${p.week} | change |
| --- | ---: | ---: | ---: |
${kinds.join('\n')}

</details>

## Conversion per enhancement

Users reached: shown it that week. Credited: first sessions that week with a showing in the 14 days before (RULES §6).
Conversion: of the users shown it that week before they had logged a session, the share who logged within 14 days of it (95% Wilson interval)${settling(w, p)}.

| enhancement | users reached | credited conversions | conversion ${w.week} | ${p.week} | change |
| --- | ---: | ---: | --- | ---: | ---: |
${enhancementRows.join('\n')}

## Examples that convert best (${EXAMPLE_WEEKS} weeks to ${report.week})

Showings, and first sessions within 14 days credited to the example (last touch).

| rank | example | type | shown | converted | rate (95% CI) |
| ---: | --- | --- | ---: | ---: | --- |
${exampleRows.join('\n')}
`;
}

// The weekly table as the dashboard draws and downloads it. Pure: tested in test/weekly.test.ts.

/** The parts of a weekly row these helpers read (the API's rows have more). */
export interface WeekLike {
  week: string;
  start: Date | string;
  complete: boolean;
  settled: boolean;
  newUsers: number;
  videoRequesters: number;
  profileQuestions: { asked: number; users: number; byField: { field: string; asked: number }[] };
  teasers: { shown: number; byKind: { kind: string; shown: number }[] };
  examples: { shown: number; byExample: { id: string; shown: number; credited: number }[] };
  nudges: { shown: number; byKind: { kind: string; shown: number }[] };
  firstSessions: number;
  enhancements: {
    enhancement: string;
    usersReached: number;
    creditedConversions: number;
    conversion: {
      users: number;
      converted: number;
      rate: number | null;
      interval: { low: number; high: number } | null;
    };
  }[];
}

const isoDay = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString()).slice(0, 10);

/** One CSV column: its header and how to read it from a row. */
interface Column {
  header: string;
  value: (w: WeekLike) => string | number | boolean | null;
}

function columns(weeks: readonly WeekLike[]): Column[] {
  const first = weeks[0];
  if (!first) return [];
  const cols: Column[] = [
    { header: 'week', value: (w) => w.week },
    { header: 'week_start', value: (w) => isoDay(w.start) },
    { header: 'complete', value: (w) => w.complete },
    { header: 'conversions_settled', value: (w) => w.settled },
    { header: 'new_users', value: (w) => w.newUsers },
    { header: 'video_requesters', value: (w) => w.videoRequesters },
    { header: 'profile_questions_asked', value: (w) => w.profileQuestions.asked },
    { header: 'profile_question_users', value: (w) => w.profileQuestions.users },
    ...first.profileQuestions.byField.map((f, i) => ({
      header: `asked_${f.field}`,
      value: (w: WeekLike) => w.profileQuestions.byField[i]!.asked,
    })),
    { header: 'teasers_shown', value: (w) => w.teasers.shown },
    ...first.teasers.byKind.map((k, i) => ({
      header: `teaser_${k.kind}`,
      value: (w: WeekLike) => w.teasers.byKind[i]!.shown,
    })),
    { header: 'examples_shown', value: (w) => w.examples.shown },
    ...first.examples.byExample.flatMap((x, i) => [
      { header: `example_${x.id}_shown`, value: (w: WeekLike) => w.examples.byExample[i]!.shown },
      { header: `example_${x.id}_credited`, value: (w: WeekLike) => w.examples.byExample[i]!.credited },
    ]),
    { header: 'nudges_shown', value: (w) => w.nudges.shown },
    ...first.nudges.byKind.map((k, i) => ({
      header: `nudge_${k.kind}`,
      value: (w: WeekLike) => w.nudges.byKind[i]!.shown,
    })),
    { header: 'first_sessions', value: (w) => w.firstSessions },
  ];
  first.enhancements.forEach((e, i) => {
    const of = (w: WeekLike) => w.enhancements[i]!;
    const p = e.enhancement;
    cols.push(
      { header: `${p}_users_reached`, value: (w) => of(w).usersReached },
      { header: `${p}_credited_conversions`, value: (w) => of(w).creditedConversions },
      { header: `${p}_reached_before_converting`, value: (w) => of(w).conversion.users },
      { header: `${p}_converted_within_14_days`, value: (w) => of(w).conversion.converted },
      { header: `${p}_conversion_rate`, value: (w) => of(w).conversion.rate },
      { header: `${p}_rate_ci95_low`, value: (w) => of(w).conversion.interval?.low ?? null },
      { header: `${p}_rate_ci95_high`, value: (w) => of(w).conversion.interval?.high ?? null },
    );
  });
  return cols;
}

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double its quotes. */
function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' && !Number.isInteger(value) ? String(Number(value.toFixed(6))) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The weekly table as CSV, oldest week first, one column per count (lines end with CRLF). */
export function weeklyCsv(weeks: readonly WeekLike[]): string {
  const cols = columns(weeks);
  const lines = [cols.map((c) => field(c.header)), ...weeks.map((w) => cols.map((c) => field(c.value(w))))];
  return lines.map((l) => `${l.join(',')}\r\n`).join('');
}

/** "2026-W48" → "W48": the short label the charts' axes use. */
export const shortWeek = (label: string) => label.slice(5);

/** Touchpoints shown per week, for a stacked bar chart. */
export function touchpointSeries(weeks: readonly WeekLike[]) {
  return weeks.map((w) => ({
    week: shortWeek(w.week),
    questions: w.profileQuestions.asked,
    teasers: w.teasers.shown,
    examples: w.examples.shown,
    nudges: w.nudges.shown,
  }));
}

/** First sessions and the conversions credited to each enhancement, per week. */
export function conversionSeries(weeks: readonly WeekLike[]) {
  return weeks.map((w) => ({
    week: shortWeek(w.week),
    firstSessions: w.firstSessions,
    ...Object.fromEntries(w.enhancements.map((e) => [e.enhancement, e.creditedConversions])),
  }));
}

/** One enhancement's weekly conversion rate and its 95% band, in percent; gaps where nobody was reached. */
export function rateSeries(weeks: readonly WeekLike[], enhancement: string) {
  return weeks.map((w) => {
    const c = w.enhancements.find((e) => e.enhancement === enhancement)!.conversion;
    const pct = (x: number) => Math.round(x * 1000) / 10;
    return {
      week: shortWeek(w.week),
      rate: c.rate === null ? null : pct(c.rate),
      band: c.interval ? ([pct(c.interval.low), pct(c.interval.high)] as [number, number]) : null,
      users: c.users,
      settled: w.settled,
    };
  });
}

import { useState } from 'react';
import { trpc } from '../api/trpc';
import { weeklyCsv } from '../lib/weekly';
import { Panel, QueryStatus } from './Panel';
import { ExampleRanking } from './weekly/ExampleRanking';
import { SuccessCards } from './weekly/SuccessCards';
import { ConversionChart, RateBandCharts, TouchpointChart } from './weekly/WeeklyCharts';
import { WeeklyTable } from './weekly/WeeklyTable';

const WEEK_CHOICES = [8, 12, 26, 52];

/** Hands the browser a file to save. */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The spec's weekly questions, week by week, and its success metrics against their targets. */
export default function WeeklyView() {
  const [weeks, setWeeks] = useState(12);
  const weekly = trpc.analytics.weekly.useQuery({ weeks });
  const metrics = trpc.analytics.metrics.useQuery({});
  const rows = weekly.data?.weeks ?? [];

  return (
    <>
      <div className="admin-toolbar">
        <div>
          <p className="strong">Week by week (ISO weeks, UTC)</p>
          <p className="muted small">
            A week's conversion rates settle 14 days after it ends: the conversion window of RULES §6.
          </p>
        </div>
        <div className="toolbar-actions">
          <label className="inline-field">
            <span>Weeks</span>
            <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value))} data-testid="weekly-weeks">
              {WEEK_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-small"
            disabled={!rows.length}
            onClick={() =>
              download(`profos-weekly-${rows[0]!.week}-to-${rows.at(-1)!.week}.csv`, weeklyCsv(rows), 'text/csv')
            }
            data-testid="weekly-csv"
          >
            Download CSV
          </button>
        </div>
      </div>

      <section aria-labelledby="success-title" className="stack">
        <h2 id="success-title" className="section-title">
          Success metrics: all users, against the spec's baseline and target
        </h2>
        <QueryStatus loading={metrics.isLoading} error={metrics.error} what="success metrics" />
        {metrics.data && <SuccessCards success={metrics.data.successMetrics} />}
      </section>

      <QueryStatus loading={weekly.isLoading} error={weekly.error} what="the weekly counts" />
      {weekly.data && (
        <>
          <div className="panel-grid">
            <Panel id="weekly-touchpoints" title="Touchpoints shown" description="Times shown per week, by kind.">
              <TouchpointChart weeks={rows} />
            </Panel>
            <Panel
              id="weekly-conversions"
              title="Conversions"
              description="First sessions logged per week, and those credited to each enhancement (shown in the 14 days before)."
            >
              <ConversionChart weeks={rows} />
            </Panel>
          </div>
          <Panel
            id="weekly-rates"
            title="Conversion rate per enhancement"
            description="Of the users shown it in a week before they had logged, the share who logged within 14 days; the band is the 95% Wilson interval."
          >
            <RateBandCharts weeks={rows} />
          </Panel>
          <Panel
            id="weekly-examples"
            title="Examples that convert best"
            description={`Over these ${weeks} weeks: showings, and first sessions within 14 days credited to the example (last touch).`}
          >
            <ExampleRanking examples={weekly.data.examples} />
          </Panel>
          <Panel id="weekly-table-panel" title="Weekly table" description="Newest week first. The CSV has every count.">
            <WeeklyTable weeks={rows} />
          </Panel>
        </>
      )}
    </>
  );
}

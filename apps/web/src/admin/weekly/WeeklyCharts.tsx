import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { WeeklyRow } from '../../api/types';
import { humanize } from '../../lib/format';
import { conversionSeries, rateSeries, touchpointSeries } from '../../lib/weekly';
import { AXIS_TICK, ENHANCEMENT_COLOURS, GRID_STROKE, TOUCHPOINT_SERIES } from './palette';

// The weekly trends as charts. Each has a text alternative; the numbers are in the table below them.

/** Touchpoints shown per week, stacked by kind. */
export function TouchpointChart({ weeks }: { weeks: readonly WeeklyRow[] }) {
  const data = touchpointSeries(weeks);
  const total = data.reduce((n, d) => n + d.questions + d.teasers + d.examples + d.nudges, 0);
  return (
    <div
      className="weekly-chart"
      role="img"
      aria-label={`Touchpoints shown per week: ${total} over ${weeks.length} weeks`}
      data-testid="touchpoint-chart"
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="week" tick={AXIS_TICK} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12, color: '#344054' }} />
          {TOUCHPOINT_SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="shown" fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** First sessions per week, and those credited to each enhancement. */
export function ConversionChart({ weeks }: { weeks: readonly WeeklyRow[] }) {
  const data = conversionSeries(weeks);
  const enhancements = weeks[0]?.enhancements.map((e) => e.enhancement) ?? [];
  return (
    <div
      className="weekly-chart"
      role="img"
      aria-label={`First sessions per week: ${data.map((d) => `${d.week} ${d.firstSessions}`).join(', ')}`}
      data-testid="conversion-chart"
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="week" tick={AXIS_TICK} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12, color: '#344054' }} />
          <Line
            dataKey="firstSessions"
            name="First sessions"
            stroke="#101828"
            strokeWidth={2.5}
            isAnimationActive={false}
          />
          {enhancements.map((e) => (
            <Line
              key={e}
              dataKey={e}
              name={`Credited: ${humanize(e)}`}
              stroke={ENHANCEMENT_COLOURS[e] ?? '#344054'}
              strokeDasharray="4 3"
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One small chart per enhancement: its weekly conversion rate inside its 95% interval band. */
export function RateBandCharts({ weeks }: { weeks: readonly WeeklyRow[] }) {
  const enhancements = weeks[0]?.enhancements.map((e) => e.enhancement) ?? [];
  return (
    <div className="rate-grid">
      {enhancements.map((e) => {
        const data = rateSeries(weeks, e);
        const colour = ENHANCEMENT_COLOURS[e] ?? '#344054';
        const latest = [...data].reverse().find((d) => d.rate !== null);
        return (
          <figure key={e} className="rate-card" data-testid="rate-chart" data-enhancement={e}>
            <figcaption>
              <span className="strong">{humanize(e)}</span>
              <span className="muted small">
                {latest
                  ? ` ${latest.week}: ${latest.rate}% (95% CI ${latest.band?.[0]}–${latest.band?.[1]}%)`
                  : ' not shown yet'}
              </span>
            </figcaption>
            <div role="img" aria-label={`${humanize(e)} conversion rate per week with its 95% interval`}>
              <ResponsiveContainer width="100%" height={150}>
                <ComposedChart data={data} margin={{ top: 6, right: 6, bottom: 0, left: -18 }}>
                  <CartesianGrid vertical={false} stroke={GRID_STROKE} />
                  <XAxis dataKey="week" tick={AXIS_TICK} interval="preserveStartEnd" />
                  <YAxis domain={[0, 100]} tick={AXIS_TICK} unit="%" />
                  <Tooltip />
                  <Area
                    dataKey="band"
                    name="95% interval"
                    stroke="none"
                    fill={colour}
                    fillOpacity={0.18}
                    isAnimationActive={false}
                  />
                  <Line dataKey="rate" name="Rate" unit="%" stroke={colour} strokeWidth={2} isAnimationActive={false} />
                </ComposedChart>
              </ResponsiveContainer>
            </div>
          </figure>
        );
      })}
    </div>
  );
}

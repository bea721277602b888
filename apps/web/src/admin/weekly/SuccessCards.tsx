import type { SuccessMetricResult, SuccessMetrics } from '../../api/types';
import { formatCount, formatDays, formatInterval, formatPercent } from '../../lib/format';
import { shortWeek } from '../../lib/weekly';

const STATUS: Record<SuccessMetricResult['status'], { text: string; className: string }> = {
  target_met: { text: 'Target met', className: 'status-met' },
  above_baseline: { text: 'Above baseline, short of target', className: 'status-progress' },
  not_above_baseline: { text: 'Not above baseline', className: 'status-behind' },
  no_data: { text: 'No data yet', className: 'status-none' },
};

function value(m: Pick<SuccessMetricResult, 'unit'>, x: number | null, digits = 1): string {
  return m.unit === 'rate' ? formatPercent(x, digits) : formatDays(x);
}

function target(m: SuccessMetricResult): string {
  const t = value(m, m.target, 0);
  return m.targetHigh === null ? t : `${t.replace(/%| days?/, '')}–${value(m, m.targetHigh, 0)}`;
}

/** The spec's success metrics, each as baseline → target → actual, with its interval and its trend by sign-up week. */
export function SuccessCards({ success }: { success: SuccessMetrics }) {
  const cohorts = success.bySignupWeek.slice(-6);
  return (
    <div className="kpi-grid target-grid">
      {success.metrics.map((m) => {
        const status = STATUS[m.status];
        const interval =
          m.interval &&
          (m.unit === 'rate'
            ? formatInterval(m.interval)
            : `[${formatDays(m.interval.low)}, ${formatDays(m.interval.high)}]`);
        return (
          <article key={m.metric} className="kpi target-card" data-testid="success-metric" data-metric={m.metric}>
            <h3 className="kpi-label">{m.label}</h3>
            <ol className="target-steps" aria-label="Baseline, target and actual">
              <li>
                <span className="target-step-label">Baseline</span> {value(m, m.baseline, 0)}
              </li>
              <li>
                <span className="target-step-label">Target</span> {target(m)}
              </li>
              <li className="target-actual">
                <span className="target-step-label">Actual</span>{' '}
                <span className="kpi-value" data-testid="success-actual">
                  {value(m, m.value)}
                </span>
              </li>
            </ol>
            <p className="kpi-detail">
              {interval ? `95% CI ${interval} · ` : ''}
              {m.unit === 'rate'
                ? `${formatCount(m.count ?? 0)} of ${formatCount(m.users)} users`
                : `${formatCount(m.users)} ${m.users === 1 ? 'user' : 'users'} logged`}
            </p>
            <p>
              <span className={`badge status-badge ${status.className}`}>{status.text}</span>
            </p>
            {cohorts.length > 0 && (
              <p className="kpi-detail">
                By sign-up week:{' '}
                {cohorts.map((c) => `${shortWeek(c.week)} ${value(m, c.measures[m.metric].value, 0)}`).join(' · ')}
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}

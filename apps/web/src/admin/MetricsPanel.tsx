import type { Metrics } from '../api/types';
import { formatCount, formatDays, formatInterval, formatPercent } from '../lib/format';
import { BarList } from '../ui/BarList';
import { EnhancementTable } from './EnhancementTable';
import { ExampleResultsTable } from './ExampleResultsTable';
import { Panel } from './Panel';

function Kpi({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="kpi" data-testid={testId}>
      <p className="kpi-label">{label}</p>
      <p className="kpi-value">{value}</p>
      {detail && <p className="kpi-detail">{detail}</p>}
    </div>
  );
}

/** The headline numbers, time to first log, power users, and the enhancement and example results. */
export function MetricsPanel({ metrics }: { metrics: Metrics }) {
  const { daysToFirstLog: days, powerUsers } = metrics;
  const { conversionInterval } = metrics;
  return (
    <>
      <div className="kpi-grid">
        <Kpi
          label="Users"
          value={formatCount(metrics.users)}
          detail={`${formatCount(metrics.convertedUsers)} logged a session`}
          testId="kpi-users"
        />
        <Kpi
          label="Conversion rate"
          value={formatPercent(metrics.conversionRate)}
          detail={conversionInterval ? `95% CI ${formatInterval(conversionInterval)}` : 'No users yet'}
          testId="kpi-conversion"
        />
        <Kpi
          label="Median days to first log"
          value={formatDays(days.median)}
          detail={`Mean ${formatDays(days.mean)}`}
          testId="kpi-days"
        />
        <Kpi
          label="Power users"
          value={formatCount(powerUsers.count)}
          detail={`30-day retention ${formatPercent(powerUsers.retention)} (${powerUsers.retained}/${powerUsers.eligibleForRetention} eligible)`}
          testId="kpi-power"
        />
      </div>

      <div className="panel-grid">
        <Panel
          id="days-to-first-log"
          title="Days to first log"
          description="From sign-up to the first logged session, converted users only."
        >
          <BarList
            label="Days to first log"
            rows={days.distribution.map((d) => ({ label: `${d.bucket} days`, count: d.count }))}
          />
        </Panel>
        <Panel
          id="power-users"
          title="Power users"
          description="5+ sessions. Retained: logged in the last 30 days, of those who became power users 30+ days ago."
        >
          <dl className="stat-list">
            <div>
              <dt>Power users</dt>
              <dd>{formatCount(powerUsers.count)}</dd>
            </div>
            <div>
              <dt>Eligible for retention</dt>
              <dd>{formatCount(powerUsers.eligibleForRetention)}</dd>
            </div>
            <div>
              <dt>Retained</dt>
              <dd>{formatCount(powerUsers.retained)}</dd>
            </div>
            <div>
              <dt>Retention</dt>
              <dd>
                {formatPercent(powerUsers.retention)}{' '}
                <span className="cell-sub">{formatInterval(powerUsers.retentionInterval)}</span>
              </dd>
            </div>
          </dl>
        </Panel>
      </div>

      <Panel
        id="enhancements"
        title="Enhancements: treatment vs holdout"
        description={
          <>
            Conversion of video requesters. Rates use the Wilson score interval; differences Newcombe's hybrid score
            method, 95%. Exposed: users who saw it; credited: first sessions within 14 days of an exposure.
          </>
        }
      >
        <EnhancementTable enhancements={metrics.enhancements} />
      </Panel>

      <Panel
        id="example-results"
        title="Power-user examples"
        description="A conversion is credited to the last example shown in the 14 days before it."
      >
        <ExampleResultsTable examples={metrics.examples} />
      </Panel>
    </>
  );
}

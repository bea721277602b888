import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FunnelStageRow } from '../api/types';
import { formatCount, formatPercent } from '../lib/format';
import { funnelSteps } from '../lib/funnel';
import { NumberHeads } from '../ui/NumberHeads';

const STAGE_COLOURS = ['#344054', '#1f5fbf', '#2e90fa', '#f79009', '#7a5af8', '#12b76a', '#087443'];

/** The funnel as bars, with a table of each stage's count and its rate from the stage before. */
export function FunnelChart({ stages }: { stages: readonly FunnelStageRow[] }) {
  const steps = funnelSteps(stages);
  return (
    <div className="funnel">
      <div
        className="funnel-chart"
        data-testid="funnel-chart"
        role="img"
        aria-label={`Funnel: ${steps.map((s) => `${s.label} ${s.count}`).join(', ')}`}
      >
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={steps} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
            <CartesianGrid horizontal={false} stroke="#eaecf0" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#667085' }} />
            <YAxis type="category" dataKey="label" width={168} tick={{ fontSize: 12, fill: '#344054' }} />
            <Tooltip
              formatter={(value) => [formatCount(Number(value)), 'Users']}
              cursor={{ fill: 'rgba(16,24,40,.04)' }}
            />
            <Bar dataKey="count" radius={[0, 6, 6, 0]} isAnimationActive={false}>
              {steps.map((s, i) => (
                <Cell key={s.stage} fill={STAGE_COLOURS[i % STAGE_COLOURS.length]} />
              ))}
              <LabelList dataKey="count" position="right" style={{ fontSize: 12, fill: '#101828', fontWeight: 600 }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="table-scroll">
        <table className="data-table funnel-table">
          <caption className="visually-hidden">Funnel stages with counts and stage-to-stage rates</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <NumberHeads labels={['Users', 'From previous', 'Of all users']} />
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.stage} data-testid="funnel-stage" data-stage={s.stage} data-count={s.count}>
                {/* The spaces keep the row's text readable as words: "All users total_users 7 — 100.0%". */}
                <th scope="row">
                  {s.label} <code className="stage-id">{s.stage}</code>{' '}
                </th>
                <td className="num strong">{s.count} </td>
                <td className="num">{s.fromPrevious === null ? '—' : formatPercent(s.fromPrevious)} </td>
                <td className="num">{formatPercent(s.fromStart)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

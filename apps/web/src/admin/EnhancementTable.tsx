import type { EnhancementResult, GroupConversion } from '../api/types';
import { formatCount, formatInterval, formatPercent, formatPoints, humanize, isSignificant } from '../lib/format';
import { NumberHeads } from '../ui/NumberHeads';

function GroupCell({ group }: { group: GroupConversion }) {
  return (
    <td className="num">
      <span className="strong">{formatPercent(group.rate)}</span>
      <span className="cell-sub">
        {group.converted}/{group.users} {formatInterval(group.interval)}
      </span>
    </td>
  );
}

/** Per enhancement: who saw it, conversions credited to it, and treatment against holdout. */
export function EnhancementTable({ enhancements }: { enhancements: readonly EnhancementResult[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">
          Conversion by enhancement, treatment against holdout, with 95% intervals
        </caption>
        <thead>
          <tr>
            <th scope="col">Enhancement</th>
            <NumberHeads
              labels={['Holdout', 'Exposed', 'Credited', 'Treatment', 'Holdout group', 'Difference (95% CI)']}
            />
          </tr>
        </thead>
        <tbody>
          {enhancements.map((e) => (
            <tr key={e.enhancement} data-testid="enhancement-row" data-enhancement={e.enhancement}>
              <th scope="row">{humanize(e.enhancement)}</th>
              <td className="num">{e.holdoutPercent}%</td>
              <td className="num">{formatCount(e.exposedUsers)}</td>
              <td className="num">{formatCount(e.creditedConversions)}</td>
              <GroupCell group={e.treatment} />
              <GroupCell group={e.holdout} />
              <td className="num">
                {e.difference ? (
                  <span
                    className={`difference ${isSignificant(e.difference) ? (e.difference.estimate > 0 ? 'is-up' : 'is-down') : ''}`}
                  >
                    {formatPoints(e.difference)}
                  </span>
                ) : (
                  <span className="muted" title="Needs users in both groups">
                    needs both groups
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { WeeklyExample } from '../../api/types';
import { formatCount, formatInterval, formatPercent, humanize } from '../../lib/format';
import { NumberHeads } from '../../ui/NumberHeads';

/** Examples over the weeks shown, best credited conversion rate first. */
export function ExampleRanking({ examples }: { examples: readonly WeeklyExample[] }) {
  if (examples.length === 0) return <p className="muted">No examples in the library yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table compact" data-testid="example-ranking">
        <caption className="visually-hidden">Power-user examples ranked by credited conversion rate</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Rank
            </th>
            <th scope="col">Example</th>
            <NumberHeads labels={['Shown', 'Converted', 'Rate (95% CI)']} />
          </tr>
        </thead>
        <tbody>
          {examples.map((x, i) => (
            <tr key={x.id} data-testid="example-rank" data-example={x.id}>
              <td className="num">{i + 1}</td>
              <th scope="row">
                {humanize(x.exampleType)} <code className="stage-id">{x.id}</code>
                {!x.active && <span className="badge badge-off">Inactive</span>}
              </th>
              <td className="num">{formatCount(x.shown)}</td>
              <td className="num">{formatCount(x.converted)}</td>
              <td className="num">
                <span className="strong">{formatPercent(x.rate)}</span>
                <span className="cell-sub">{formatInterval(x.interval)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { ExampleResult } from '../api/types';
import { formatCount, formatPercent, humanize } from '../lib/format';
import { NumberHeads } from '../ui/NumberHeads';

/** How each power-user example converts: users shown, conversions credited to it, the rate. */
export function ExampleResultsTable({ examples }: { examples: readonly ExampleResult[] }) {
  if (examples.length === 0) return <p className="muted">No examples in the library yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Results per power-user example</caption>
        <thead>
          <tr>
            <th scope="col">Example</th>
            <th scope="col">Status</th>
            <NumberHeads labels={['Users shown', 'Credited', 'Conversion']} />
          </tr>
        </thead>
        <tbody>
          {examples.map((x) => (
            <tr key={x.id}>
              <th scope="row">
                {humanize(x.exampleType)} <code className="stage-id">{x.id}</code>
              </th>
              <td>
                <span className={`badge ${x.active ? 'badge-on' : 'badge-off'}`}>
                  {x.active ? 'Active' : 'Inactive'}
                </span>
              </td>
              <td className="num">{formatCount(x.usersShown)}</td>
              <td className="num">{formatCount(x.creditedConversions)}</td>
              <td className="num strong">{formatPercent(x.conversionRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

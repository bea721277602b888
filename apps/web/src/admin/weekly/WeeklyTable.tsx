import type { WeeklyRow } from '../../api/types';
import { formatCount, formatPercent, humanize } from '../../lib/format';
import { NumberHeads } from '../../ui/NumberHeads';

/** The weekly rows as a table, newest week first; the download has every column. */
export function WeeklyTable({ weeks }: { weeks: readonly WeeklyRow[] }) {
  const enhancements = weeks[0]?.enhancements.map((e) => e.enhancement) ?? [];
  return (
    // Wider than the page: a region the keyboard can reach and scroll.
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Weekly table, scrolls sideways">
      <table className="data-table compact weekly-table" data-testid="weekly-table">
        <caption className="visually-hidden">Counts per ISO week, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <NumberHeads
              labels={[
                'New users',
                'Requesters',
                'Questions (users)',
                'Teasers',
                'Examples',
                'Nudges',
                'First sessions',
              ]}
            />
            {enhancements.map((e) => (
              <th key={e} scope="col" className="num">
                {humanize(e)} conv.
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((w) => (
            <tr key={w.week} data-testid="weekly-row" data-week={w.week}>
              <th scope="row">
                {w.week}
                <span className="cell-sub">
                  {!w.complete ? 'in progress' : !w.settled ? 'conversions still coming in' : 'settled'}
                </span>
              </th>
              <td className="num">{formatCount(w.newUsers)}</td>
              <td className="num">{formatCount(w.videoRequesters)}</td>
              <td className="num">
                {formatCount(w.profileQuestions.asked)} ({formatCount(w.profileQuestions.users)})
              </td>
              <td className="num">{formatCount(w.teasers.shown)}</td>
              <td className="num">{formatCount(w.examples.shown)}</td>
              <td className="num">{formatCount(w.nudges.shown)}</td>
              <td className="num strong">{formatCount(w.firstSessions)}</td>
              {w.enhancements.map((e) => (
                <td key={e.enhancement} className="num">
                  {formatPercent(e.conversion.rate, 0)}
                  <span className="cell-sub">
                    {e.conversion.converted}/{e.conversion.users}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

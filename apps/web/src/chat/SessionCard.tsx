import type { SessionReply } from '../api/types';
import { humanize } from '../lib/format';
import { NotebookIcon } from '../ui/icons';

/** A logged session: what it was about, the running total and Prof. OS's insight from the history. */
export function SessionCard({ session }: { session: SessionReply }) {
  const total = `${session.totalSessions} ${session.totalSessions === 1 ? 'session' : 'sessions'} logged`;
  return (
    <section className="card session-card" aria-label="Session logged">
      <header className="session-head">
        <span className="card-icon" aria-hidden="true">
          <NotebookIcon />
        </span>
        <div>
          <p className="card-eyebrow">Training log</p>
          <p className="session-total">{total}</p>
        </div>
      </header>
      {session.topics.length > 0 && (
        <ul className="topic-list" aria-label="Topics">
          {session.topics.map((t) => (
            <li key={t} className="topic-chip">
              {humanize(t)}
            </li>
          ))}
        </ul>
      )}
      <p className="session-insight" data-testid="session-insight">
        {session.insight ??
          (session.isFirst
            ? "That's your first one on the books. Log the next one and I'll start connecting the dots."
            : "Got it — it's in YOUR history now. Keep them coming and I'll coach from the patterns.")}
      </p>
    </section>
  );
}

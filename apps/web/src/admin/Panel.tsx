import type { ReactNode } from 'react';
import { describeError } from '../lib/errors';
import { ErrorText } from '../ui/ErrorText';

interface PanelProps {
  id: string;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A dashboard card with a heading the region is named by. */
export function Panel({ id, title, description, actions, className = '', children }: PanelProps) {
  return (
    <section className={`panel ${className}`} aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          {description && <p className="panel-description">{description}</p>}
        </div>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

/** Loading text or the query's error in words; nothing once there is data. */
export function QueryStatus({ loading, error, what }: { loading: boolean; error: unknown; what: string }) {
  if (error) return <ErrorText message={describeError(error)} />;
  if (loading) return <p className="muted loading-line">Loading {what}…</p>;
  return null;
}

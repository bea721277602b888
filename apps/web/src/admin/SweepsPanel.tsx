import { useState } from 'react';
import type { SweepName, SweepResult } from '../api/types';
import { trpc } from '../api/trpc';
import { describeError } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { ErrorText } from '../ui/ErrorText';
import { Panel } from './Panel';

const SWEEPS: { name: SweepName; title: string; what: string }[] = [
  { name: 'video_follow_ups', title: 'Video follow-ups', what: 'Hourly. Asks about videos users opened.' },
  {
    name: 'discovery_nudges',
    title: 'Discovery nudges',
    what: 'Daily. Introduces session logging to video-only users.',
  },
  { name: 'retention_nudges', title: 'Retention nudges', what: 'Daily. Pre- and post-training check-ins for loggers.' },
];

function SweepRow({ name, title, what }: (typeof SWEEPS)[number]) {
  const [last, setLast] = useState<{ result: SweepResult; at: Date } | null>(null);
  const utils = trpc.useUtils();
  // Stamped with the service's clock when the test clock is on (it may be days ahead), else the browser's.
  const serviceNow = () =>
    utils.clock.get.fetch(undefined, { staleTime: 0, retry: false }).then(
      (c) => c.now,
      () => new Date(),
    );
  const run = trpc.jobs.run.useMutation({ onSuccess: async (result) => setLast({ result, at: await serviceNow() }) });
  return (
    <li className="sweep-row" data-testid="sweep-row" data-sweep={name}>
      <div>
        <p className="strong">{title}</p>
        <p className="muted small">{what}</p>
        {last && (
          <p className="sweep-result" role="status" data-testid="sweep-result">
            Processed <strong>{last.result.processed}</strong> · created <strong>{last.result.created}</strong>
            <span className="muted"> · {formatDateTime(last.at)}</span>
          </p>
        )}
        <ErrorText message={run.error ? describeError(run.error) : null} />
      </div>
      <button
        type="button"
        className="button button-small"
        disabled={run.isPending}
        onClick={() => run.mutate({ name })}
        data-testid={`run-${name}`}
      >
        {run.isPending ? 'Running…' : 'Run now'}
      </button>
    </li>
  );
}

/** Runs a sweep now, at the service clock's time; a rerun creates nothing twice. */
export function SweepsPanel() {
  return (
    <Panel id="sweeps" title="Sweeps" description="Scheduled jobs that create nudges. Run one now to see its effect.">
      <ul className="sweep-list">
        {SWEEPS.map((s) => (
          <SweepRow key={s.name} {...s} />
        ))}
      </ul>
    </Panel>
  );
}

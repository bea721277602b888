import { useState, type FormEvent } from 'react';
import { trpc } from '../api/trpc';
import { DAY_MS, HOUR_MS, parseLocal, toDateTimeLocal } from '../lib/dates';
import { describeError, errorCode } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { ErrorText } from '../ui/ErrorText';
import { Panel } from './Panel';

const STEPS = [
  { label: '+1 h', ms: HOUR_MS },
  { label: '+1 day', ms: DAY_MS },
  { label: '+7 days', ms: 7 * DAY_MS },
];

/** The service's test clock (PROFOS_TEST_CLOCK=1); hidden when the server has none (NOT_FOUND). */
export function ClockPanel() {
  const clock = trpc.clock.get.useQuery(undefined, { retry: false, refetchInterval: 30_000 });
  const utils = trpc.useUtils();
  const [draft, setDraft] = useState('');
  // Everything reads the service clock: after a move, every view may have changed.
  const moved = () => void utils.invalidate();
  const set = trpc.clock.set.useMutation({ onSuccess: moved });
  const advance = trpc.clock.advance.useMutation({ onSuccess: moved });
  const busy = set.isPending || advance.isPending;
  const error = set.error ?? advance.error;

  if (clock.isLoading || errorCode(clock.error) === 'NOT_FOUND') return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const at = parseLocal(draft);
    if (at) set.mutate({ at });
  };

  return (
    <Panel
      id="clock"
      title="Test clock"
      className="clock-panel"
      description="The service's time. Every rule and timestamp uses it; it keeps ticking from where you put it."
    >
      {clock.error ? (
        <ErrorText message={describeError(clock.error)} />
      ) : (
        <p className="clock-now" data-testid="clock-now">
          <span className="clock-time">{formatDateTime(clock.data?.now)}</span>{' '}
          <span className="muted small">{clock.data?.now.toISOString()}</span>
        </p>
      )}
      <div className="clock-steps" role="group" aria-label="Advance the clock">
        {STEPS.map((s) => (
          <button
            key={s.label}
            type="button"
            className="button button-small button-ghost"
            disabled={busy}
            onClick={() => advance.mutate({ ms: s.ms })}
          >
            {s.label}
          </button>
        ))}
      </div>
      <form className="clock-set" onSubmit={submit}>
        <label htmlFor="clock-at">Set to</label>
        <input
          id="clock-at"
          type="datetime-local"
          value={draft}
          onFocus={() => {
            if (!draft && clock.data) setDraft(toDateTimeLocal(clock.data.now));
          }}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="clock-input"
        />
        <button type="submit" className="button button-small" disabled={busy || !parseLocal(draft)}>
          Set
        </button>
      </form>
      <ErrorText message={error ? describeError(error) : null} />
    </Panel>
  );
}

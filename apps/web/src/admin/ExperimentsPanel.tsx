import { useState, type FormEvent } from 'react';
import type { ExperimentsList } from '../api/types';
import { trpc } from '../api/trpc';
import { describeError } from '../lib/errors';
import { formatDateTime, humanize } from '../lib/format';
import { ErrorText } from '../ui/ErrorText';
import { Panel, QueryStatus } from './Panel';

type Setting = ExperimentsList['experiments'][number];

function ExperimentRow({ setting, changedBy }: { setting: Setting; changedBy: string }) {
  const [draft, setDraft] = useState(String(setting.holdoutPercent));
  const [saved, setSaved] = useState(false);
  // A new value from the server (this save, or someone else's) replaces the draft.
  const [serverValue, setServerValue] = useState(setting.holdoutPercent);
  if (serverValue !== setting.holdoutPercent) {
    setServerValue(setting.holdoutPercent);
    setDraft(String(setting.holdoutPercent));
  }
  const utils = trpc.useUtils();
  const set = trpc.experiments.set.useMutation({
    onSuccess: () => {
      setSaved(true);
      void utils.experiments.list.invalidate();
      void utils.analytics.metrics.invalidate();
    },
  });
  const inputId = `holdout-${setting.enhancement}`;
  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    set.mutate({
      enhancement: setting.enhancement,
      holdoutPercent: Number(draft),
      ...(changedBy.trim() ? { changedBy: changedBy.trim() } : {}),
    });
  };
  const changed = draft.trim() !== '' && Number(draft) !== setting.holdoutPercent;

  return (
    <li className="experiment-row" data-testid="experiment-row" data-enhancement={setting.enhancement}>
      <form onSubmit={save} className="experiment-form" noValidate>
        <label htmlFor={inputId} className="experiment-name">
          {humanize(setting.enhancement)}
        </label>
        <div className="input-suffix">
          <input
            id={inputId}
            type="number"
            min={0}
            max={100}
            step={0.01}
            inputMode="decimal"
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setSaved(false);
            }}
            data-testid="holdout-input"
          />
          <span aria-hidden="true">%</span>
        </div>
        <button
          type="submit"
          className="button button-small"
          disabled={set.isPending || !changed}
          data-testid="holdout-save"
        >
          {set.isPending ? 'Saving…' : 'Save'}
        </button>
      </form>
      <p className="experiment-meta">
        {saved && !changed ? (
          <span className="ok-text" role="status">
            Saved.{' '}
          </span>
        ) : null}
        {setting.updatedAt
          ? `Set by ${setting.updatedBy ?? 'unknown'} · ${formatDateTime(setting.updatedAt)}`
          : 'Never changed'}
      </p>
      <ErrorText message={set.error ? describeError(set.error, { holdoutPercent: 'Holdout' }) : null} />
    </li>
  );
}

/** Each enhancement's holdout percentage, editable, and the audit trail of changes. */
export function ExperimentsPanel() {
  const list = trpc.experiments.list.useQuery();
  const [changedBy, setChangedBy] = useState('admin');
  return (
    <Panel
      id="experiments"
      title="Holdouts"
      description="Share of users held out of each enhancement (0–100, two decimals). Held-out users stay held out when it is lowered."
    >
      <label className="inline-field">
        <span>Changes recorded as</span>
        <input
          value={changedBy}
          maxLength={80}
          onChange={(e) => setChangedBy(e.target.value)}
          data-testid="changed-by"
        />
      </label>
      <QueryStatus loading={list.isLoading} error={list.error} what="holdouts" />
      {list.data && (
        <>
          <ul className="experiment-list">
            {list.data.experiments.map((setting) => (
              <ExperimentRow key={setting.enhancement} setting={setting} changedBy={changedBy} />
            ))}
          </ul>
          <h3 className="subhead">Recent changes</h3>
          {list.data.changes.length === 0 ? (
            <p className="muted">No changes yet.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table compact">
                <thead>
                  <tr>
                    <th scope="col">Enhancement</th>
                    <th scope="col" className="num">
                      Change
                    </th>
                    <th scope="col">By</th>
                    <th scope="col">When</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.changes.slice(0, 10).map((c, i) => (
                    <tr key={`${c.enhancement}-${String(c.changedAt)}-${i}`}>
                      <td>{humanize(c.enhancement)}</td>
                      <td className="num">
                        {c.previousPercent}% → {c.holdoutPercent}%
                      </td>
                      <td>{c.changedBy}</td>
                      <td>{formatDateTime(c.changedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Panel>
  );
}

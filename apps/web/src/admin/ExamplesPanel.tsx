import { useState } from 'react';
import type { ExampleRow } from '../api/types';
import { trpc } from '../api/trpc';
import { describeError } from '../lib/errors';
import { formatPercent, humanize } from '../lib/format';
import { ErrorText } from '../ui/ErrorText';
import { ExampleForm } from './ExampleForm';
import { Panel, QueryStatus } from './Panel';

function ExampleCardView({ example, onEdit }: { example: ExampleRow; onEdit: () => void }) {
  const utils = trpc.useUtils();
  const setActive = trpc.examples.setActive.useMutation({
    onSuccess: () => {
      void utils.examples.list.invalidate();
      void utils.analytics.metrics.invalidate();
    },
  });
  return (
    <li
      className={`library-item${example.active ? '' : ' is-inactive'}`}
      data-testid="example-item"
      data-example-id={example.id}
    >
      <div className="library-head">
        <div>
          <span className="badge badge-type">{humanize(example.exampleType)}</span>
          <span className={`badge ${example.active ? 'badge-on' : 'badge-off'}`}>
            {example.active ? 'Active' : 'Inactive'}
          </span>
          <code className="stage-id">{example.id}</code>
        </div>
        <div className="library-actions">
          <button type="button" className="button button-small button-ghost" onClick={onEdit}>
            Edit
          </button>
          <button
            type="button"
            className="button button-small button-ghost"
            disabled={setActive.isPending}
            onClick={() => setActive.mutate({ id: example.id, active: !example.active })}
            data-testid="example-toggle-active"
          >
            {example.active ? 'Deactivate' : 'Activate'}
          </button>
        </div>
      </div>
      <dl className="library-text">
        <div>
          <dt>User</dt>
          <dd>“{example.userQuestion}”</dd>
        </div>
        <div>
          <dt>Prof. OS</dt>
          <dd>“{example.profResponseSummary}”</dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>{example.outcome}</dd>
        </div>
      </dl>
      <p className="library-stats">
        Effectiveness {example.effectivenessScore}/10 · shown to {example.shownUsers} · {example.conversions} credited ·{' '}
        {formatPercent(example.conversionRate)}
      </p>
      <ErrorText message={setActive.error ? describeError(setActive.error) : null} />
    </li>
  );
}

/** The power-user example library: list, edit, activate or deactivate, add. */
export function ExamplesPanel() {
  const list = trpc.examples.list.useQuery();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const types = [...new Set((list.data ?? []).map((x) => x.exampleType))];
  return (
    <Panel
      id="examples"
      title="Example library"
      description="Power-user stories Prof. OS shows every 5th request, chosen by Thompson sampling."
      actions={
        editing !== 'new' && (
          <button
            type="button"
            className="button button-small"
            onClick={() => setEditing('new')}
            data-testid="example-add"
          >
            + New example
          </button>
        )
      }
    >
      {editing === 'new' && <ExampleForm example={null} types={types} onDone={() => setEditing(null)} />}
      <QueryStatus loading={list.isLoading} error={list.error} what="examples" />
      {list.data && (
        <ul className="library-list">
          {list.data.map((example) =>
            editing === example.id ? (
              <li key={example.id} className="library-item is-editing">
                <ExampleForm example={example} types={types} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <ExampleCardView key={example.id} example={example} onEdit={() => setEditing(example.id)} />
            ),
          )}
        </ul>
      )}
    </Panel>
  );
}

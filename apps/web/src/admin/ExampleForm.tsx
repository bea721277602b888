import { useState, type FormEvent, type ReactNode } from 'react';
import type { ExampleRow, ExampleUpsert } from '../api/types';
import { trpc } from '../api/trpc';
import { describeError, fieldErrorsOf } from '../lib/errors';
import { ErrorText } from '../ui/ErrorText';

type Draft = Omit<ExampleUpsert, 'effectivenessScore'> & { effectivenessScore: string };

const blank: Draft = {
  id: '',
  exampleType: '',
  userQuestion: '',
  profResponseSummary: '',
  outcome: '',
  effectivenessScore: '5',
  active: true,
};

function draftOf(example: ExampleRow | null): Draft {
  return example
    ? {
        id: example.id,
        exampleType: example.exampleType,
        userQuestion: example.userQuestion,
        profResponseSummary: example.profResponseSummary,
        outcome: example.outcome,
        effectivenessScore: String(example.effectivenessScore),
      }
    : blank;
}

function Field({
  id,
  label,
  errors,
  children,
}: {
  id: string;
  label: string;
  errors: string[] | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`form-field${errors ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {errors && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join('; ')}
        </p>
      )}
    </div>
  );
}

/** Adds an example (no `example` given) or edits one; the server's field errors show by each field. */
export function ExampleForm({
  example,
  types,
  onDone,
}: {
  example: ExampleRow | null;
  types: readonly string[];
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(example));
  const utils = trpc.useUtils();
  const upsert = trpc.examples.upsert.useMutation({
    onSuccess: () => {
      void utils.examples.list.invalidate();
      void utils.analytics.metrics.invalidate();
      onDone();
    },
  });
  const { fieldErrors } = fieldErrorsOf(upsert.error);
  const prefix = `example-${example?.id ?? 'new'}`;
  const update = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const inputProps = (key: keyof Draft & keyof ExampleUpsert) => ({
    id: `${prefix}-${key}`,
    value: String(draft[key] ?? ''),
    onChange: update(key),
    'aria-invalid': fieldErrors[key] ? true : undefined,
    'aria-describedby': fieldErrors[key] ? `${prefix}-${key}-error` : undefined,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = draft.id?.trim();
    upsert.mutate({
      ...(id ? { id } : {}),
      exampleType: draft.exampleType.trim(),
      userQuestion: draft.userQuestion,
      profResponseSummary: draft.profResponseSummary,
      outcome: draft.outcome,
      effectivenessScore: Number(draft.effectivenessScore),
      ...(example ? {} : { active: draft.active ?? true }),
    });
  };
  const otherErrors = upsert.error && Object.keys(fieldErrors).length === 0 ? describeError(upsert.error) : null;

  return (
    <form
      className="example-form"
      onSubmit={submit}
      noValidate
      aria-label={example ? `Edit example ${example.id}` : 'New example'}
      data-testid="example-form"
    >
      <div className="form-grid">
        {!example && (
          <Field id={`${prefix}-id`} label="Id (optional: lower-case, digits, dashes)" errors={fieldErrors.id}>
            <input {...inputProps('id')} placeholder="generated if empty" />
          </Field>
        )}
        <Field id={`${prefix}-exampleType`} label="Type (snake_case)" errors={fieldErrors.exampleType}>
          <input {...inputProps('exampleType')} list={`${prefix}-types`} required />
          <datalist id={`${prefix}-types`}>
            {types.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </Field>
        <Field id={`${prefix}-effectivenessScore`} label="Effectiveness (1–10)" errors={fieldErrors.effectivenessScore}>
          <input {...inputProps('effectivenessScore')} type="number" min={1} max={10} step={1} required />
        </Field>
      </div>
      <Field id={`${prefix}-userQuestion`} label="User's question" errors={fieldErrors.userQuestion}>
        <textarea {...inputProps('userQuestion')} rows={2} required />
      </Field>
      <Field
        id={`${prefix}-profResponseSummary`}
        label="Prof. OS's response (summary)"
        errors={fieldErrors.profResponseSummary}
      >
        <textarea {...inputProps('profResponseSummary')} rows={3} required />
      </Field>
      <Field id={`${prefix}-outcome`} label="Outcome" errors={fieldErrors.outcome}>
        <textarea {...inputProps('outcome')} rows={2} required />
      </Field>
      {!example && (
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={draft.active ?? true}
            onChange={(e) => setDraft((d) => ({ ...d, active: e.target.checked }))}
          />
          Active (can be shown to users)
        </label>
      )}
      <ErrorText message={otherErrors} />
      <div className="form-actions">
        <button type="button" className="button button-ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button" disabled={upsert.isPending} data-testid="example-save">
          {upsert.isPending ? 'Saving…' : example ? 'Save changes' : 'Add example'}
        </button>
      </div>
    </form>
  );
}

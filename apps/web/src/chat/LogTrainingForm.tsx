import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { CloseIcon } from '../ui/icons';

interface LogTrainingFormProps {
  initialText: string;
  busy: boolean;
  onLog: (text: string) => void;
  /** Closing keeps what was typed: it comes back when the form is opened again. */
  onClose: (draft: string) => void;
}

/** "What did you train today?" — a session log, answered in the thread with an insight. */
export function LogTrainingForm({ initialText, busy, onLog, onClose }: LogTrainingFormProps) {
  const [text, setText] = useState(initialText);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    input.current?.focus();
  }, []);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const log = text.trim();
    if (log && !busy) onLog(log);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose(text);
    }
  };
  const onTextKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form
      id="log-training-form"
      className="log-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-labelledby="log-training-title"
    >
      <div className="log-form-head">
        <h2 id="log-training-title">Log training</h2>
        <button type="button" className="icon-button" aria-label="Close log training" onClick={() => onClose(text)}>
          <CloseIcon />
        </button>
      </div>
      <label htmlFor="log-training-input" className="log-form-label">
        What did you train today?
      </label>
      <textarea
        id="log-training-input"
        ref={input}
        data-testid="log-training-input"
        rows={3}
        maxLength={2000}
        value={text}
        placeholder="e.g. Drilled knee slice passes, then rolled 5 rounds — got stuck under half guard a lot."
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onTextKeyDown}
      />
      <div className="log-form-actions">
        <span className="hint">A sentence or two is plenty. Ctrl+Enter logs it.</span>
        <button type="submit" className="button" data-testid="log-training-submit" disabled={busy || !text.trim()}>
          Log session
        </button>
      </div>
    </form>
  );
}

import { useId, useState, type FormEvent, type KeyboardEvent, type Ref, type RefObject } from 'react';
import { NotebookIcon, SendIcon } from '../ui/icons';
import type { Outcome } from './useChat';

interface ComposerProps {
  disabled: boolean;
  busy: boolean;
  logOpen: boolean;
  onSend: (text: string) => Promise<Outcome>;
  onToggleLog: () => void;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  logButtonRef: Ref<HTMLButtonElement>;
}

const MAX_LENGTH = 2000;

/** The message box: Enter sends, Shift+Enter starts a new line; "Log training" sits beside it. */
export function Composer({ disabled, busy, logOpen, onSend, onToggleLog, inputRef, logButtonRef }: ComposerProps) {
  const [text, setText] = useState('');
  const hintId = useId();
  const canSend = !disabled && !busy && text.trim().length > 0;

  const send = async () => {
    if (!canSend) return;
    const message = text.trim();
    setText('');
    // Keep typing where you were, whether Enter or the send button sent it.
    inputRef.current?.focus();
    // A refused message comes back to the box so it can be fixed rather than retyped.
    if ((await onSend(message)) === 'refused') setText((current) => current || message);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void send();
    }
  };

  return (
    <form className="composer" onSubmit={onSubmit}>
      <button
        type="button"
        className="icon-text-button log-button"
        data-testid="log-training"
        aria-expanded={logOpen}
        aria-controls="log-training-form"
        ref={logButtonRef}
        onClick={onToggleLog}
        disabled={disabled}
      >
        <NotebookIcon /> <span className="log-button-label">Log training</span>
      </button>
      <div className="composer-field">
        <label htmlFor="chat-input" className="visually-hidden">
          Message Prof. OS
        </label>
        <textarea
          id="chat-input"
          ref={inputRef}
          data-testid="chat-input"
          rows={1}
          value={text}
          maxLength={MAX_LENGTH}
          placeholder={disabled ? 'Getting things ready…' : 'Ask about a technique…'}
          aria-describedby={hintId}
          disabled={disabled}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <span id={hintId} className="visually-hidden">
          Enter sends, Shift+Enter adds a new line.
        </span>
      </div>
      <button
        type="submit"
        className="send-button"
        data-testid="chat-send"
        disabled={!canSend}
        aria-label="Send message"
      >
        <SendIcon />
      </button>
    </form>
  );
}

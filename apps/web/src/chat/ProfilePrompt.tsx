import { useId, useState, type FormEvent } from 'react';
import type { ProfileField, ProfilePromptData } from '../api/types';
import { PROFILE_OPTIONS } from '../lib/profile-options';
import type { PromptState } from '../lib/thread';

interface ProfilePromptProps {
  prompt: ProfilePromptData;
  state: PromptState;
  onAnswer: (field: ProfileField, text: string) => void;
}

/** Prof. OS's profile question: one tap on a likely answer, or free text; the reply says what changed. */
export function ProfilePrompt({ prompt, state, onAnswer }: ProfilePromptProps) {
  const [text, setText] = useState('');
  const inputId = useId();
  const sending = state.status === 'sending';
  const answered = state.status === 'answered';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const answer = text.trim();
    if (!answer || sending) return;
    onAnswer(prompt.field, answer);
    setText('');
  };

  return (
    <section
      className={`card prompt-card${answered ? ' is-answered' : ''}`}
      data-testid="profile-prompt"
      aria-label="Profile question"
    >
      <p className="card-eyebrow">About you</p>
      <p className="prompt-question">{prompt.question}</p>
      {state.answer && (
        <p className="prompt-answer">
          <span className="visually-hidden">Your answer: </span>
          {state.answer}
        </p>
      )}
      {state.acknowledgement && (
        <p className={`prompt-ack${state.understood === false ? ' is-unclear' : ''}`} role="status">
          {state.acknowledgement}
        </p>
      )}
      {!answered && (
        <>
          <div className="option-list" role="group" aria-label="Tap an answer">
            {PROFILE_OPTIONS[prompt.field].map((option) => (
              <button
                key={option}
                type="button"
                className="chip-button option-button"
                data-testid="profile-option"
                disabled={sending}
                onClick={() => onAnswer(prompt.field, option)}
              >
                {option}
              </button>
            ))}
          </div>
          <form className="prompt-free" onSubmit={submit}>
            <label htmlFor={inputId} className="visually-hidden">
              Or answer in your own words
            </label>
            <input
              id={inputId}
              data-testid="profile-free-text"
              value={text}
              maxLength={500}
              placeholder="Or in your own words…"
              onChange={(e) => setText(e.target.value)}
              disabled={sending}
              autoComplete="off"
            />
            <button type="submit" className="button button-small" disabled={sending || !text.trim()}>
              {sending ? 'Saving…' : 'Answer'}
            </button>
          </form>
          {state.error && (
            <p className="inline-error" role="alert">
              {state.error}
            </p>
          )}
        </>
      )}
    </section>
  );
}

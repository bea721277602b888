import { useEffect, useRef } from 'react';
import type { ProfileField } from '../api/types';
import type { ThreadItem } from '../lib/thread';
import { BeltMark } from '../ui/BeltMark';
import { ProfReply, type ReplyHandlers } from './ProfReply';

interface ThreadProps {
  items: readonly ThreadItem[];
  pending: boolean;
  handlers: ReplyHandlers;
  onAnswerPrompt: (itemId: number, field: ProfileField, text: string) => void;
  onRetry: (item: Extract<ThreadItem, { role: 'error' }>) => void;
  belt: string | number | null;
}

function TypingIndicator() {
  return (
    <div className="msg msg-prof typing" role="status">
      <BeltMark size={28} />
      <div className="bubble bubble-prof typing-bubble">
        <span />
        <span />
        <span />
        <span className="visually-hidden">Prof. OS is typing…</span>
      </div>
    </div>
  );
}

/** The conversation, newest last; additions are announced to screen readers (role=log). */
export function Thread({ items, pending, handlers, onAnswerPrompt, onRetry, belt }: ThreadProps) {
  const latest = useRef<HTMLElement | null>(null);
  const last = items[items.length - 1];
  const lastRole = last?.role;
  // A new reply is brought in from its start (it can be long); anything else scrolls to the bottom.
  const shown = useRef(false);
  useEffect(() => {
    // A thread restored on load opens at its end, at once.
    const first = !shown.current;
    shown.current = true;
    const behavior = first || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    if (!first && lastRole === 'prof' && !pending) latest.current?.scrollIntoView({ behavior, block: 'start' });
    else window.scrollTo({ top: document.documentElement.scrollHeight, behavior });
    // Keyed on the last item's id (its role follows it): answering a prompt inside a reply changes the item, not the thread's end.
  }, [last?.id, lastRole, pending]);

  return (
    <div
      className="thread"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label="Conversation with Prof. OS"
    >
      {items.map((item) => {
        switch (item.role) {
          case 'user':
            return (
              <div key={item.id} className="msg msg-user" data-testid="message" data-role="user">
                <div className="bubble bubble-user">
                  {item.via === 'log' && <span className="bubble-tag">Training log</span>}
                  {item.text}
                </div>
              </div>
            );
          case 'prof':
            return (
              <article
                key={item.id}
                ref={item === last ? latest : undefined}
                className={`msg msg-prof kind-${item.reply.kind}`}
                data-testid="message"
                data-role="prof"
                aria-label="Prof. OS"
              >
                <BeltMark size={28} belt={belt} />
                <div className="msg-content">
                  <ProfReply
                    reply={item.reply}
                    prompt={item.prompt}
                    handlers={handlers}
                    onAnswer={(field, text) => onAnswerPrompt(item.id, field, text)}
                  />
                </div>
              </article>
            );
          case 'error':
            return (
              <div key={item.id} className="thread-error" role="alert">
                <div>
                  {item.text.split('\n').map((line, i) => (
                    <p key={i}>{line}</p>
                  ))}
                </div>
                {item.retry && (
                  <button type="button" className="text-button" onClick={() => onRetry(item)}>
                    Try again
                  </button>
                )}
              </div>
            );
        }
      })}
      {pending && <TypingIndicator />}
    </div>
  );
}

import { useCallback, useRef, useState } from 'react';
import { trpc } from '../api/trpc';
import { describeError } from '../lib/errors';
import { ErrorText } from '../ui/ErrorText';
import { ChatHeader } from './ChatHeader';
import { Composer } from './Composer';
import { EmptyState } from './EmptyState';
import { LogTrainingForm } from './LogTrainingForm';
import { SettingsPanel } from './SettingsPanel';
import { Thread } from './Thread';
import { useChat } from './useChat';
import { useGuest, type NewIdentityReason } from './useGuest';

const NEW_IDENTITY_NOTICES: Record<NewIdentityReason, string | null> = {
  'start-over': null,
  expired: 'Your guest session had expired, so we started a fresh one.',
  deleted: "Everything about you is deleted. You're chatting as a new guest now.",
};

/** The chat: one thread with Prof. OS, a training log beside it, and the settings panel. */
export function ChatPage() {
  const chat = useChat();
  const { reset } = chat;
  const [notice, setNotice] = useState<string | null>(null);
  const onNewIdentity = useCallback(
    (reason: NewIdentityReason) => {
      reset();
      setNotice(NEW_IDENTITY_NOTICES[reason]);
    },
    [reset],
  );
  const guest = useGuest(onNewIdentity);
  const profile = trpc.profile.get.useQuery(undefined, { enabled: guest.ready });

  const [settingsOpen, setSettingsOpen] = useState(false);
  const [logDraft, setLogDraft] = useState<string | null>(null);
  // What was typed in a log form closed without logging, offered again when it reopens.
  const [unsentLog, setUnsentLog] = useState('');
  const chatInput = useRef<HTMLTextAreaElement>(null);
  const logButton = useRef<HTMLButtonElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);

  const busy = chat.state.pending !== null;
  const closeLog = (focus: 'log-button' | 'chat') => {
    setLogDraft(null);
    requestAnimationFrame(() => (focus === 'chat' ? chatInput.current : logButton.current)?.focus());
  };
  const logTraining = async (text: string) => {
    closeLog('chat');
    setUnsentLog('');
    // A refused log (too long…) comes back to the form to be fixed.
    if ((await chat.logTraining(text)) === 'refused') setLogDraft(text);
  };
  const openLog = () => setLogDraft((d) => d ?? unsentLog);
  const closeLogKeeping = (draft: string) => {
    setUnsentLog(draft);
    closeLog('log-button');
  };
  const startOver = () => {
    // A new guest cannot get back to this conversation or its sessions: ask first.
    if (!window.confirm('Start over as a new guest? This conversation and its logged sessions will not come back.'))
      return;
    setSettingsOpen(false);
    setLogDraft(null);
    setUnsentLog('');
    void guest.startOver();
    requestAnimationFrame(() => chatInput.current?.focus());
  };
  const answerPrompt = async (...args: Parameters<typeof chat.answerPrompt>) => {
    await chat.answerPrompt(...args);
    // An understood answer closes the question (and the button pressed): carry on in the composer.
    if (document.activeElement === document.body) chatInput.current?.focus();
  };
  const closeSettings = () => {
    setSettingsOpen(false);
    settingsButton.current?.focus();
  };
  const dismissSettings = useCallback(() => setSettingsOpen(false), []);
  const belt = profile.data?.profile.belt_level ?? null;

  return (
    <div className="chat-app">
      <ChatHeader
        belt={belt}
        completion={profile.data?.completion ?? null}
        settingsOpen={settingsOpen}
        settingsButtonRef={settingsButton}
        onToggleSettings={() => setSettingsOpen((o) => !o)}
        onStartOver={startOver}
      />
      {settingsOpen && (
        <SettingsPanel
          profile={profile.data}
          loading={profile.isLoading}
          error={profile.error}
          onClose={closeSettings}
          onDismiss={dismissSettings}
          onDeleted={() => {
            setSettingsOpen(false);
            guest.forgotten();
          }}
        />
      )}
      <main className="chat-main">
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {guest.error && (
          <div className="notice notice-error">
            <ErrorText message={`Couldn't start a chat: ${describeError(guest.error)}`} />
            <button type="button" className="text-button" onClick={guest.retry}>
              Try again
            </button>
          </div>
        )}
        {chat.state.items.length === 0 && !busy && (
          <EmptyState
            disabled={!guest.ready}
            onPick={(text) => {
              void chat.send(text);
              chatInput.current?.focus();
            }}
          />
        )}
        <Thread
          items={chat.state.items}
          pending={busy}
          belt={belt}
          handlers={{
            feedback: chat.state.feedback,
            opened: chat.state.opened,
            onOpenVideo: chat.openVideo,
            onFeedback: chat.giveFeedback,
            onLogTraining: openLog,
          }}
          onAnswerPrompt={(itemId, field, text) => void answerPrompt(itemId, field, text)}
          onRetry={(item) => item.retry && void chat.retry(item.id, item.retry)}
        />
      </main>
      <footer className="chat-footer">
        {logDraft !== null && (
          <LogTrainingForm
            key={logDraft}
            initialText={logDraft}
            busy={busy}
            onLog={(text) => void logTraining(text)}
            onClose={closeLogKeeping}
          />
        )}
        <Composer
          disabled={!guest.ready}
          busy={busy}
          logOpen={logDraft !== null}
          inputRef={chatInput}
          logButtonRef={logButton}
          onSend={chat.send}
          onToggleLog={() => (logDraft === null ? openLog() : closeLog('log-button'))}
        />
      </footer>
    </div>
  );
}

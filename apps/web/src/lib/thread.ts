import type { AnswerResult, ChatReply, Feedback } from '../api/types';

// The chat thread as plain state and one reducer: what was said, what Prof. OS answered, and what
// the user did with it (feedback given, videos opened, profile questions answered).

export type Via = 'chat' | 'log';

export interface PromptState {
  /** open: waiting for an answer; sending: an answer is on its way; answered: understood and stored. */
  status: 'open' | 'sending' | 'answered' | 'superseded';
  answer: string | null;
  acknowledgement: string | null;
  understood: boolean | null;
  error: string | null;
}

export type ThreadItem =
  | { id: number; role: 'user'; text: string; via: Via }
  | { id: number; role: 'prof'; reply: ChatReply; prompt: PromptState | null }
  | { id: number; role: 'error'; text: string; retry: { via: Via; text: string } | null };

export type ProfItem = Extract<ThreadItem, { role: 'prof' }>;

export interface ThreadState {
  nextId: number;
  items: ThreadItem[];
  /** What we are waiting on a reply for, if anything. */
  pending: Via | null;
  feedback: Record<string, Feedback>;
  opened: Record<string, true>;
}

export type ThreadAction =
  | { type: 'sent'; text: string; via: Via }
  | { type: 'replied'; reply: ChatReply }
  | { type: 'failed'; message: string; retry: { via: Via; text: string } | null }
  | { type: 'promptSending'; itemId: number; answer: string }
  | { type: 'promptAnswered'; itemId: number; result: AnswerResult }
  | { type: 'promptFailed'; itemId: number; message: string }
  | { type: 'feedback'; engagementId: string; feedback: Feedback | null }
  | { type: 'opened'; engagementId: string }
  | { type: 'dismiss'; itemId: number }
  /** Sending again what failed: the error goes, the user's message stays where it was. */
  | { type: 'retrying'; itemId: number; via: Via }
  | { type: 'reset' };

export const emptyThread = (): ThreadState => ({ nextId: 1, items: [], pending: null, feedback: {}, opened: {} });

const openPrompt = (): PromptState => ({
  status: 'open',
  answer: null,
  acknowledgement: null,
  understood: null,
  error: null,
});

type NewItem = ThreadItem extends infer T ? (T extends ThreadItem ? Omit<T, 'id'> : never) : never;

function append(state: ThreadState, item: NewItem, pending: Via | null): ThreadState {
  return {
    ...state,
    nextId: state.nextId + 1,
    items: [...state.items, { ...item, id: state.nextId } as ThreadItem],
    pending,
  };
}

function updatePrompts(
  items: ThreadItem[],
  update: (item: ProfItem, prompt: PromptState) => PromptState,
): ThreadItem[] {
  return items.map((item) =>
    item.role === 'prof' && item.prompt ? { ...item, prompt: update(item, item.prompt) } : item,
  );
}

const promptField = (item: ProfItem) =>
  item.reply.kind === 'videos' ? (item.reply.profilePrompt?.field ?? null) : null;
const isLive = (prompt: PromptState) => prompt.status === 'open' || prompt.status === 'sending';

function received(state: ThreadState, reply: ChatReply): ThreadState {
  let items = state.items;
  if (reply.kind === 'videos' && reply.profilePrompt) {
    // Only the newest question stays answerable: older ones would only repeat it.
    items = updatePrompts(items, (_, p) => (isLive(p) ? { ...p, status: 'superseded' } : p));
  }
  if (reply.kind === 'profile' && reply.understood) {
    // Answered in free chat: the question that asked for it is settled.
    items = updatePrompts(items, (item, p) =>
      isLive(p) && promptField(item) === reply.field
        ? {
            ...p,
            status: 'answered',
            answer: null,
            acknowledgement: reply.acknowledgement,
            understood: true,
            error: null,
          }
        : p,
    );
  }
  const prompt = reply.kind === 'videos' && reply.profilePrompt ? openPrompt() : null;
  return append({ ...state, items }, { role: 'prof', reply, prompt }, null);
}

function withPrompt(state: ThreadState, itemId: number, update: (prompt: PromptState) => PromptState): ThreadState {
  return {
    ...state,
    items: state.items.map((item) =>
      item.id === itemId && item.role === 'prof' && item.prompt ? { ...item, prompt: update(item.prompt) } : item,
    ),
  };
}

export function threadReducer(state: ThreadState, action: ThreadAction): ThreadState {
  switch (action.type) {
    case 'sent':
      return append(state, { role: 'user', text: action.text, via: action.via }, action.via);
    case 'replied':
      return received(state, action.reply);
    case 'failed':
      return append(state, { role: 'error', text: action.message, retry: action.retry }, null);
    case 'promptSending':
      return withPrompt(state, action.itemId, (p) => ({ ...p, status: 'sending', answer: action.answer, error: null }));
    case 'promptAnswered': {
      const { understood, acknowledgement } = action.result;
      return withPrompt(state, action.itemId, (p) => ({
        ...p,
        status: understood ? 'answered' : 'open',
        understood,
        acknowledgement,
        error: null,
      }));
    }
    case 'promptFailed':
      return withPrompt(state, action.itemId, (p) => ({ ...p, status: 'open', error: action.message }));
    case 'feedback': {
      const feedback = { ...state.feedback };
      if (action.feedback) feedback[action.engagementId] = action.feedback;
      else delete feedback[action.engagementId];
      return { ...state, feedback };
    }
    case 'opened':
      return state.opened[action.engagementId]
        ? state
        : { ...state, opened: { ...state.opened, [action.engagementId]: true } };
    case 'dismiss':
      return { ...state, items: state.items.filter((item) => item.id !== action.itemId) };
    case 'retrying':
      return { ...state, items: state.items.filter((item) => item.id !== action.itemId), pending: action.via };
    case 'reset':
      return emptyThread();
  }
}

/** The profile question still waiting for an answer, if any (the newest live one). */
export function livePrompt(state: ThreadState): ProfItem | null {
  for (let i = state.items.length - 1; i >= 0; i--) {
    const item = state.items[i];
    if (item?.role === 'prof' && item.prompt && isLive(item.prompt)) return item;
  }
  return null;
}

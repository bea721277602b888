import { emptyThread, type ThreadItem, type ThreadState } from './thread';

// The thread survives a reload in localStorage; anything unreadable starts a fresh thread.

const VERSION = 1;
/** Enough history to scroll back through without letting storage grow without bound. */
export const MAX_STORED_ITEMS = 200;

export function serializeThread(state: ThreadState): string {
  return JSON.stringify({
    version: VERSION,
    nextId: state.nextId,
    items: state.items.slice(-MAX_STORED_ITEMS),
    feedback: state.feedback,
    opened: state.opened,
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isItem(v: unknown): v is ThreadItem {
  if (!isObject(v) || typeof v.id !== 'number') return false;
  if (v.role === 'user' || v.role === 'error') return typeof v.text === 'string';
  return v.role === 'prof' && isObject(v.reply) && typeof v.reply.kind === 'string';
}

/** A stored thread, with anything that was in flight when the page closed settled back to idle. */
export function restoreThread(raw: string | null): ThreadState {
  if (!raw) return emptyThread();
  try {
    const data: unknown = JSON.parse(raw);
    if (!isObject(data) || data.version !== VERSION || !Array.isArray(data.items) || !data.items.every(isItem))
      return emptyThread();
    const items = data.items.map((item): ThreadItem =>
      item.role === 'prof' && item.prompt?.status === 'sending'
        ? { ...item, prompt: { ...item.prompt, status: 'open' } }
        : item,
    );
    const maxId = items.reduce((max, item) => Math.max(max, item.id), 0);
    return {
      nextId: Math.max(typeof data.nextId === 'number' ? data.nextId : 1, maxId + 1),
      items,
      pending: null,
      feedback: isObject(data.feedback) ? (data.feedback as ThreadState['feedback']) : {},
      opened: isObject(data.opened) ? (data.opened as ThreadState['opened']) : {},
    };
  } catch {
    return emptyThread();
  }
}

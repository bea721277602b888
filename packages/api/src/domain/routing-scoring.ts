// Scoring chat.send routing against labelled messages: each line says which route a message must
// take (a video request, a training log, or an answer to the pending profile question). Pure.
import type { ChatRoute } from './chat-route';
import { PROFILE_FIELDS, type ProfileField } from './profile-answers';

export interface LabelledMessage {
  readonly text: string;
  readonly pending: ProfileField | null;
  readonly expect: ChatRoute;
  /** The kind of message the line tests ("log_while_pending"…), when tagged. */
  readonly family?: string;
}

export interface RoutingMiss extends LabelledMessage {
  readonly got: ChatRoute;
}

export interface RoutingScore {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly byFamily: ReadonlyMap<string, { total: number; correct: number; accuracy: number }>;
  readonly misses: readonly RoutingMiss[];
}

const ROUTES: readonly string[] = ['videos', 'session', 'profile'];

/** The labelled routing sets in packages/api/test/fixtures: what eval:routing scores and fit:routing fits. */
export const ROUTING_FIXTURES = ['chat-routing.jsonl', 'chat-routing.pending.jsonl'] as const;

/**
 * One message per non-blank line: `{text, pending, expect}`, or the older `{text, log}` (a log or a
 * request with nothing pending). Throws on a malformed line so a broken set never scores silently.
 */
export function parseRoutingLines(jsonl: string): LabelledMessage[] {
  return jsonl
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, index }) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      const { text, pending = null, family } = row;
      const expect = typeof row.log === 'boolean' ? (row.log ? 'session' : 'videos') : row.expect;
      const pendingOk = pending === null || (PROFILE_FIELDS as readonly unknown[]).includes(pending);
      if (typeof text !== 'string' || !pendingOk || typeof expect !== 'string' || !ROUTES.includes(expect))
        throw new Error(`line ${index + 1}: bad message`);
      const message = { text, pending: pending as ProfileField | null, expect: expect as ChatRoute };
      return typeof family === 'string' ? { ...message, family } : message;
    });
}

export function scoreRouting(
  lines: readonly LabelledMessage[],
  route: (text: string, pending: ProfileField | null) => ChatRoute,
): RoutingScore {
  const misses: RoutingMiss[] = [];
  const tally = new Map<string, { total: number; correct: number }>();
  for (const line of lines) {
    const got = route(line.text, line.pending);
    const family = line.family ?? '(untagged)';
    const counts = tally.get(family) ?? { total: 0, correct: 0 };
    counts.total += 1;
    if (got === line.expect) counts.correct += 1;
    else misses.push({ ...line, got });
    tally.set(family, counts);
  }
  const accuracy = (c: { total: number; correct: number }) => (c.total === 0 ? 1 : c.correct / c.total);
  const correct = lines.length - misses.length;
  return {
    total: lines.length,
    correct,
    accuracy: accuracy({ total: lines.length, correct }),
    byFamily: new Map([...tally].map(([f, c]) => [f, { ...c, accuracy: accuracy(c) }])),
    misses,
  };
}

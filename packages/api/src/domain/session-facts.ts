// What a logged session's history says, as facts the insight's sentences are made from: the topics
// worth naming, what recurs, what was asked and trained, the pace and the attire split.
import { baseTopicOf, displayName, isAttire, isCanonicalTopic } from '../data/canonical-topics';
import { describeTopic } from './video-reasons';

export interface LoggedSession {
  topics: readonly string[];
  trainedAt: Date;
  /** Intent topics the log says went wrong ("got stuck under mount" → mount_escape): drilled first. */
  struggles?: readonly string[];
}

export interface InsightHistory {
  now: Date;
  /** The session just logged. */
  session: LoggedSession;
  /** Earlier sessions, newest first (up to 50). */
  previousSessions: readonly LoggedSession[];
  /** For each topic, how many of the user's video requests asked about it (recent ~60 days). */
  requestTopicCounts: Readonly<Record<string, number>>;
  totalSessions: number;
  belt: string | null;
  /** A focus the user named before training (from a pre-training nudge), if any. */
  focusTopic: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
/** "half guard came up in 3 of your last 5 sessions" */
export const RECENT_WINDOW = 5;
const RECURRING_MIN = 3;
/** Attire split is read over this many sessions. */
const ATTIRE_WINDOW = 10;

// ── topic relations ──────────────────────────────────────────────────────────────────────────

/** The topic an id is about; guard retention is the defense of guard passing (docs/contract.md). */
export const familyOf = (topic: string): string => (topic === 'guard_retention' ? 'guard_passing' : baseTopicOf(topic));
export const isIntent = (topic: string): boolean => familyOf(topic) !== topic;

export const nameOf = (topic: string): string => (isCanonicalTopic(topic) ? describeTopic(topic) : displayName(topic));

/** What you drill to fix an intent topic: "side control escapes", "triangle defense". */
export function drillNameOf(topic: string): string {
  if (topic.endsWith('_escape')) return `${displayName(familyOf(topic))} escapes`;
  return nameOf(topic);
}

/** Topics worth talking about: no attire, and a base dropped when its intent says more ("escaping side control"). */
function subjectTopics(topics: readonly string[]): string[] {
  const unique = [...new Set(topics)].filter((t) => !isAttire(t));
  return unique.filter((t) => !unique.some((other) => other !== t && familyOf(other) === t));
}

/** Asking about "triangle" is covered by any triangle work; asking about "triangle_defense" only by defense. */
export function covers(sessionTopics: readonly string[], topic: string): boolean {
  return isIntent(topic) ? sessionTopics.includes(topic) : sessionTopics.some((t) => familyOf(t) === topic);
}

// ── facts from the history ────────────────────────────────────────────────────────────────────

export interface AskedTopic {
  topic: string;
  count: number;
  trainedNow: boolean;
  trainedEver: boolean;
}

interface Recurring {
  /** The family, or the intent when every occurrence was the intent. */
  topic: string;
  count: number;
  window: number;
}

export interface Facts {
  topics: string[];
  isFirst: boolean;
  sessionNumber: number;
  when: string;
  streakWeeks: number;
  last7Days: number;
  daysSincePrevious: number | null;
  recurring: Recurring | null;
  /** Intent topics of this session, with how many recent sessions had them (most first). */
  intents: { topic: string; count: number; window: number }[];
  asked: AskedTopic[];
  /** Topics no earlier session (of those we were given) touched. */
  newTopics: string[];
  /** How many earlier sessions "new" was checked against, and whether that is all of them. */
  compared: { count: number; complete: boolean };
  attire: { gi: number; noGi: number; window: number } | null;
}

/** Monday-based week number (UTC): 1970-01-01 was a Thursday, so shift by 3 days. */
const isoWeekIndex = (date: Date): number => Math.floor((Math.floor(date.getTime() / DAY_MS) + 3) / 7);
const utcDay = (date: Date): number => Math.floor(date.getTime() / DAY_MS);

function streakWeeks(sessions: readonly LoggedSession[], current: LoggedSession): number {
  const weeks = new Set(sessions.map((s) => isoWeekIndex(s.trainedAt)));
  let week = isoWeekIndex(current.trainedAt);
  let streak = 0;
  while (weeks.has(week)) {
    streak++;
    week--;
  }
  return streak;
}

function whenPhrase(now: Date, trainedAt: Date): string {
  const days = utcDay(now) - utcDay(trainedAt);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return 'in this session';
}

/** Per family, the most asked id (ties → the intent, which says more); most asked first. */
function askedTopics(
  counts: Readonly<Record<string, number>>,
  current: readonly string[],
  earlier: readonly (readonly string[])[],
): AskedTopic[] {
  const byFamily = new Map<string, { topic: string; count: number }>();
  for (const [topic, count] of Object.entries(counts)) {
    if (isAttire(topic) || !(count > 0)) continue;
    const family = familyOf(topic);
    const best = byFamily.get(family);
    if (!best || count > best.count || (count === best.count && isIntent(topic)))
      byFamily.set(family, { topic, count });
  }
  return [...byFamily.values()]
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic))
    .map(({ topic, count }) => {
      const trainedNow = covers(current, topic);
      return { topic, count, trainedNow, trainedEver: trainedNow || earlier.some((s) => covers(s, topic)) };
    });
}

function recurringTopic(topics: readonly string[], recent: readonly (readonly string[])[]): Recurring | null {
  let best: Recurring | null = null;
  for (const topic of topics) {
    const family = familyOf(topic);
    const count = recent.filter((s) => s.some((t) => familyOf(t) === family)).length;
    if (count < RECURRING_MIN || (best && count <= best.count)) continue;
    const alwaysIntent = isIntent(topic) && recent.filter((s) => s.includes(topic)).length === count;
    best = { topic: alwaysIntent ? topic : family, count, window: recent.length };
  }
  return best;
}

function attireSplit(sessions: readonly LoggedSession[], current: readonly string[]): Facts['attire'] {
  if (!current.some(isAttire)) return null;
  const window = sessions.slice(0, ATTIRE_WINDOW);
  const gi = window.filter((s) => s.topics.includes('gi')).length;
  const noGi = window.filter((s) => s.topics.includes('no-gi')).length;
  return gi > 0 && noGi > 0 ? { gi, noGi, window: window.length } : null;
}

export function factsOf(h: InsightHistory): Facts {
  const all = [h.session, ...h.previousSessions];
  const topics = subjectTopics(h.session.topics);
  const recent = all.slice(0, RECENT_WINDOW).map((s) => subjectTopics(s.topics));
  const previous = h.previousSessions[0];
  return {
    topics,
    isFirst: h.previousSessions.length === 0,
    sessionNumber: Math.max(h.totalSessions, all.length),
    when: whenPhrase(h.now, h.session.trainedAt),
    streakWeeks: streakWeeks(all, h.session),
    last7Days: all.filter((s) => h.now.getTime() - s.trainedAt.getTime() < WEEK_MS).length,
    daysSincePrevious: previous
      ? Math.floor((h.session.trainedAt.getTime() - previous.trainedAt.getTime()) / DAY_MS)
      : null,
    recurring: recurringTopic(topics, recent),
    intents: topics
      .filter(isIntent)
      .map((topic) => ({ topic, count: recent.filter((s) => s.includes(topic)).length, window: recent.length }))
      // What went wrong today comes first ("got out of side control, stuck under mount" → mount escapes).
      .sort(
        (a, b) => Number(struggled(h.session, b.topic)) - Number(struggled(h.session, a.topic)) || b.count - a.count,
      ),
    asked: askedTopics(
      h.requestTopicCounts,
      topics,
      h.previousSessions.map((s) => subjectTopics(s.topics)),
    ),
    newTopics: topics.filter((t) => !h.previousSessions.some((s) => s.topics.some((o) => familyOf(o) === familyOf(t)))),
    compared: { count: h.previousSessions.length, complete: h.previousSessions.length >= h.totalSessions - 1 },
    attire: attireSplit(all, h.session.topics),
  };
}

const struggled = (session: LoggedSession, topic: string): boolean => session.struggles?.includes(topic) ?? false;

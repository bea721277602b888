// Whose guard or technique a topic name is: the opponent's guard ("their closed guard"), the user's
// own technique described rather than asked ("every time i go for the armbar").
import { GUARD_POSITIONS } from '../../data/topic-aliases';
import { type TopicUnit, type Unit, rawOf } from './match';
import type { Token } from './tokenize';
import { OWN_POSSESSIVES } from './users-own-act';

const GUARDS: ReadonlySet<string> = new Set(GUARD_POSITIONS);
export const isGuard = (topic: string): boolean => GUARDS.has(topic);
const OPPONENTS_POSSESSIVES: ReadonlySet<string> = new Set([
  // "cant open this big dudes closed guard"
  ...['dudes', 'guys', 'mans', 'opponents', 'partners'],
  'someones',
  'somebodys',
  'his',
  'her',
  'their',
  'peoples',
  'everyones',
]);
export const inOpponentsGuard = (units: readonly Unit[], i: number): boolean => {
  const before = units[i - 1];
  return before?.kind === 'word' && OPPONENTS_POSSESSIVES.has(before.raw);
};

/**
 * "the guy i drill with has insane guard retention, how do i pass him", "his retention is crazy": the
 * retention someone else has, which the user must pass (not "… has better retention than me", nor "i
 * have good retention").
 */
export const othersRetention = (units: readonly Unit[], i: number): boolean => {
  const words = [1, 2, 3].map((back) => rawOf(units[i - back]) ?? '');
  // "they just keep reguarding": someone else doing it
  const doer = words.findIndex((w) => OTHERS.has(w));
  if (doer >= 0 && words.slice(0, doer).every((w) => STILL.has(w))) return true;
  const owner = words.findIndex((w) => RETENTION_OWNERS.has(w));
  if (owner < 0 || words.slice(0, owner).some((w) => !RETENTION_PRAISE.has(w))) return false;
  // ("i have good guard retention": the user's own)
  return rawOf(units[i + 1]) !== 'than' && !USERS.has(rawOf(units[i - owner - 2]) ?? '');
};
const USERS: ReadonlySet<string> = new Set(['i', 'we', 'ive', 'weve']);
const OTHERS: ReadonlySet<string> = new Set([
  ...['they', 'he', 'she', 'people', 'everyone', 'everybody'],
  // "dudes just leg pummel and reguard on me"
  ...['ppl', 'guys', 'dudes', 'guy', 'dude'],
]);
const STILL: ReadonlySet<string> = new Set(['just', 'keep', 'keeps', 'always', 'still', 'kept']);
const RETENTION_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'has', 'have', 'with']);
const RETENTION_PRAISE: ReadonlySet<string> = new Set([
  ...['insane', 'crazy', 'great', 'good', 'amazing', 'sick', 'unreal', 'ridiculous', 'nuts', 'solid', 'elite'],
  ...['such', 'so', 'really', 'super', 'the', 'best', 'better'],
]);

export const isUsersOwn = (units: readonly Unit[], i: number): boolean => {
  const word = (j: number): string | undefined => rawOf(units[j]);
  // ("how do i finish my triangle" asks it: a verb of doing it better says so, and so does working
  // on it: "want to work on my passing but not leg drag stuff")
  if (word(i - 1) === 'my') return !IMPROVING.has(word(i - 2) ?? '') && !WORKED_ON.has(`${word(i - 3)} ${word(i - 2)}`);
  // "I keep getting bridged off whenever I mount": the user doing it, told
  if (word(i - 1) === 'i' && TELLING_WHEN.has(word(i - 2) ?? '')) return true;
  // "every time i go for the armbar they escape": the user's attempt, told
  const j = ARTICLES.has(word(i - 1) ?? '') ? i - 2 : i - 1;
  return ATTEMPTS.has(word(j) ?? '') || (word(j) === 'for' && GOING.has(word(j - 1) ?? ''));
};
/** A name of keeping guard that says whose guard it is: "passa minha guarda", "me pasan la guardia". */
export const namesUsersGuard = (tokens: readonly Token[], u: TopicUnit): boolean =>
  tokens.slice(u.start, u.end).some((t) => OWN_POSSESSIVES.has(t.raw) || t.raw === 'me');
/** … and says it is passed: "passam minha guarda", "me pasan la guardia" (not "keep my guard"). */
export const namesUsersGuardPassed = (tokens: readonly Token[], u: TopicUnit): boolean =>
  namesUsersGuard(tokens, u) && tokens.slice(u.start, u.end).some((t) => t.raw.startsWith('pas'));
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'that']);
const IMPROVING: ReadonlySet<string> = new Set(['finish', 'hit', 'land', 'tighten', 'improve', 'fix', 'sharpen']);
const WORKED_ON: ReadonlySet<string> = new Set(['work on', 'working on', 'focus on', 'focusing on']);
const ATTEMPTS: ReadonlySet<string> = new Set(['try', 'tried', 'trying', 'attempt', 'attempted', 'attempting']);
const GOING: ReadonlySet<string> = new Set(['go', 'goes', 'going', 'went', 'gone']);
const TELLING_WHEN: ReadonlySet<string> = new Set(['when', 'whenever', 'time', 'once', 'soon']);

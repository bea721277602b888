import { defenseTopicOf, isTechnique } from '../data/canonical-topics';
import { FAMILY_DEFENCE_CUES, TOPIC_FAMILIES, type TopicFamily } from '../data/topic-families';
import { splitWords, toToken } from './topics/tokenize';
import { compilePhrases, hasPhrase } from './word-phrases';
import { GET_FORMS } from './get-forms';

/**
 * The family of techniques a query names when it names no single topic ("best gi chokes",
 * "escapes for white belts"): the first family whose word or phrase appears, or null.
 */
export function familyOf(query: string): TopicFamily | null {
  return familiesIn(query)[0] ?? null;
}

/** Every family a query names, in the order of TOPIC_FAMILIES. */
export function familiesIn(query: string): TopicFamily[] {
  const words = splitWords(query);
  const stems = words.filter((w, i) => !FALSE_FRIENDS.has(w) && !survivesAnEvent(words, i)).map((w) => toToken(w).stem);
  return FAMILY_PHRASES.filter((f) => hasPhrase(stems, f.phrases)).map((f) => f.family);
}

/** "how do i survive the rolls": getting through a session, not escaping a position. */
function survivesAnEvent(words: readonly string[], i: number): boolean {
  if (!SURVIVING.has(words[i] ?? '')) return false;
  const next = DETERMINERS.has(words[i + 1] ?? '') ? words[i + 2] : words[i + 1];
  return EVENTS.has(next ?? '');
}
const SURVIVING: ReadonlySet<string> = new Set(['survive', 'surviving', 'survived']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'my', 'these', 'those', 'this', 'each', 'every']);
const EVENTS: ReadonlySet<string> = new Set([
  'roll',
  'rolls',
  'rolling',
  'class',
  'classes',
  'training',
  'sparring',
  'session',
  'sessions',
  'practice',
  'tournament',
  'comp',
  'week',
  'day',
  'camp',
  'bjj',
  'jiu',
]);

/**
 * "i just get smashed and tap every 30 sec", "i always tap to the choke": the user tapping is being
 * submitted; "i tap people from bottom" (an object after it) is the user's own finish.
 */
function usersOwnTap(words: readonly string[], i: number): boolean {
  if (!TAPPING.has(words[i] ?? '') || TAPPED_ONES.has(words[i + 1] ?? '')) return false;
  const before = words.slice(Math.max(0, i - TAP_SUBJECT_REACH), i);
  return before.includes('i') && !before.some((w) => TAPPED_ONES.has(w));
}
const TAPPING: ReadonlySet<string> = new Set(['tap', 'taps', 'tapping']);
const TAP_SUBJECT_REACH = 5;
const TAPPED_ONES: ReadonlySet<string> = new Set([
  'people',
  'ppl',
  'them',
  'him',
  'her',
  'guys',
  'everyone',
  'anyone',
  'someone',
  'opponents',
  'they',
  'he',
  'she',
]);

/** Words whose stem is a family's but not its sense: "tape" folds to "tap". */
const FALSE_FRIENDS: ReadonlySet<string> = new Set(['tape', 'tapes', 'taped', 'taping']);

const FAMILY_PHRASES = TOPIC_FAMILIES.map((family) => ({ family, phrases: compilePhrases(family.stems) }));

const DEFENCE_CUES: ReadonlySet<string> = new Set(FAMILY_DEFENCE_CUES.map((w) => toToken(w).stem));
const GETTING: ReadonlySet<string> = new Set([...GET_FORMS, 'being']);
// How far before a family's word a defending word still reaches it ("escaping most chokes").
const DEFENCE_REACH = 3;

/**
 * The family as its members' defences when the message asks to defend them ("choke defense",
 * "escaping chokes", "I keep getting choked"); the family unchanged otherwise.
 */
export function withFamilyDefended(query: string, family: TopicFamily): TopicFamily {
  if (!family.defendedLabel) return family;
  const words = splitWords(query).filter((w) => !FALSE_FRIENDS.has(w));
  const stems = words.map((w) => toToken(w).stem);
  const names = family.stems.map((s) => splitWords(s).map((w) => toToken(w).stem));
  const defended = stems.some((_, i) =>
    names.some((name) => {
      if (!name.every((n, k) => stems[i + k] === n)) return false;
      const before = stems.slice(Math.max(0, i - DEFENCE_REACH), i);
      const passive = GETTING.has(words[i - 1] ?? '') && (words[i]?.endsWith('ed') ?? false);
      return (
        passive ||
        usersOwnTap(words, i) ||
        before.some((b) => DEFENCE_CUES.has(b)) ||
        DEFENCE_CUES.has(stems[i + name.length] ?? '')
      );
    }),
  );
  if (!defended) return family;
  return {
    ...family,
    label: family.defendedLabel,
    topics: family.topics.map((t) => (isTechnique(t) ? defenseTopicOf(t) : t)),
  };
}

// Step 3a of topic extraction: what the user rules out. A cue ("no more", "anything but", "my gym
// bans", "… are banned") reaches the topic next to it, across a few bridging words ("no more of those
// leg lock videos") and on through a list ("no heel hooks, kneebars or toe holds"); its reach ends at
// anything else ("anything but wrestling, I want guard work" rules out wrestling only). The words are
// data/exclusion-words.ts.
import {
  COMPARISON_WORDS,
  EXCLUDE_AFTER,
  EXCLUDE_AT_CLAUSE_START,
  EXCLUDE_BEFORE,
  EXCLUDE_UNLESS_COMPARED,
  EXCLUDE_WHEN_HURT,
  HURT_WORDS,
  EXCLUSION_AFTER_BRIDGE,
  EXCLUSION_BRIDGE,
  EXCLUSION_LIST_ENDS,
  EXCLUSION_LIST_STOPS,
  EXCLUSION_LIST_WORDS,
  NOT_EXCLUSIONS,
  EXASPERATED_EXCLUSIONS,
  PORTUGUESE_WORDS,
} from '../../data/exclusion-words';
import { BODY_PARTS, PAIN_WORDS } from '../../data/body-and-pain';
import { type TopicUnit, type Unit, isTopic, rawOf } from './match';
import { type Token, splitWords, toToken } from './tokenize';

type Cue = {
  before: boolean;
  after: boolean;
  blocked: boolean;
  preference: boolean;
  atClauseStart: boolean;
  whenHurt: boolean;
  /** "pls no more triangles, how do i defend": a sigh when the message asks a defence, a rule otherwise. */
  unlessDefending: boolean;
};
type CuePhrase = { stems: readonly string[]; cue: Cue };

const OPENERS: ReadonlySet<string> = new Set([
  'ok',
  'okay',
  'so',
  'yeah',
  'nah',
  'alright',
  'right',
  'hmm',
  'lol',
  'actually',
  'also',
]);
const cueIndex = new Map<string, CuePhrase[]>();
{
  const byKey = new Map<string, CuePhrase>();
  const add = (text: string, f: (c: Cue) => void): void => {
    const stems = splitWords(text).map((w) => toToken(w).stem);
    const key = stems.join(' ');
    const phrase = byKey.get(key) ?? {
      stems,
      cue: {
        before: false,
        after: false,
        blocked: false,
        preference: false,
        atClauseStart: false,
        whenHurt: false,
        unlessDefending: false,
      },
    };
    f(phrase.cue);
    byKey.set(key, phrase);
  };
  for (const p of EXCLUDE_BEFORE) add(p, (c) => (c.before = true));
  for (const p of EXCLUDE_AFTER) add(p, (c) => (c.after = true));
  for (const p of EXCLUDE_UNLESS_COMPARED)
    add(p, (c) => {
      c.before = true;
      c.preference = true;
    });
  for (const p of EXCLUDE_AT_CLAUSE_START)
    add(p, (c) => {
      c.before = true;
      c.atClauseStart = true;
    });
  for (const p of EXCLUDE_WHEN_HURT)
    add(p, (c) => {
      c.before = true;
      c.whenHurt = true;
    });
  for (const p of NOT_EXCLUSIONS) add(p, (c) => (c.blocked = true));
  for (const p of EXASPERATED_EXCLUSIONS)
    add(p, (c) => {
      c.before = true;
      c.unlessDefending = true;
    });
  for (const phrase of byKey.values()) {
    const list = cueIndex.get(phrase.stems[0] ?? '') ?? [];
    list.push(phrase);
    cueIndex.set(phrase.stems[0] ?? '', list);
  }
  for (const list of cueIndex.values()) list.sort((a, b) => b.stems.length - a.stems.length);
}

const bridge: ReadonlySet<string> = new Set(EXCLUSION_BRIDGE);
const afterBridge: ReadonlySet<string> = new Set(EXCLUSION_AFTER_BRIDGE);
const listWords: ReadonlySet<string> = new Set(EXCLUSION_LIST_WORDS);
export const listEnds: ReadonlySet<string> = new Set(EXCLUSION_LIST_ENDS);
const listStops: ReadonlySet<string> = new Set(EXCLUSION_LIST_STOPS);
const LIST_END_REACH = 8;
const comparisonWords: ReadonlySet<string> = new Set(COMPARISON_WORDS);
const MAX_BRIDGE = 5;
const WITHOUT = toToken('without').stem;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'that', 'this']);
const portugueseWords: ReadonlySet<string> = new Set(PORTUGUESE_WORDS);

/** Cue matches over the tokens outside topic names, leftmost-longest: [start, end, cue]. */
function findCues(tokens: readonly Token[], inTopic: readonly boolean[]): [number, number, Cue][] {
  const found: [number, number, Cue][] = [];
  // read only when a "no" is met
  let portuguese: boolean | undefined;
  let hurt: boolean | undefined;
  let defending: boolean | undefined;
  const inPortuguese = (): boolean =>
    (portuguese ??= new Set(tokens.map((t) => t.raw).filter((w) => portugueseWords.has(w))).size >= 2);
  for (let i = 0; i < tokens.length; i++) {
    if (inTopic[i]) continue;
    const phrase = cueIndex
      .get(tokens[i]?.stem ?? '')
      // a phrase that blocks a rule may run into a name: "how do i not get my back taken"
      ?.find((p) =>
        p.stems.every((s, k) => tokens[i + k]?.stem === s && (!inTopic[i + k] || (p.cue.blocked && k > 0))),
      );
    if (!phrase) continue;
    // ("ok forget the kimura", "nah skip the berimbolo": an interjection first still opens the clause)
    const opener = OPENERS.has(tokens[i - 1]?.raw ?? '') ? i - 1 : i;
    const startsClause = opener === 0 || tokens[opener - 1]?.isBreak === true;
    // Portuguese "no" after a word is "in the": "to no cem quilos", ", no cara da borboleta" (not
    // "no heel hooks, eu sou branca", which opens the message)
    // ("me pegou no armlock": right after a Portuguese word, however short the message)
    if (
      i > 0 &&
      phrase.stems.length === 1 &&
      tokens[i]?.raw === 'no' &&
      (portugueseWords.has(tokens[i - 1]?.raw ?? '') || inPortuguese())
    )
      continue;
    // nor is it before a name of no-gi that says "no" itself: "footlock reto no no-gi", "no sem pano"
    // (Portuguese however it starts: "no sem kimono o cara fica suado")
    if (
      tokens[i]?.raw === 'no' &&
      inTopic[i + 1] &&
      SAYS_NO.has(tokens[i + 1]?.raw ?? '') &&
      (!startsClause || IBERIAN_NO.has(tokens[i + 1]?.raw ?? ''))
    )
      continue;
    if (phrase.cue.whenHurt && !(hurt ??= saysBodyHurts(tokens))) continue;
    const sighs = phrase.cue.unlessDefending && (defending ??= tokens.some((t) => DEFENDING_WORDS.has(t.raw)));
    if (!phrase.cue.blocked && !sighs && (!phrase.cue.atClauseStart || startsClause))
      found.push([i, i + phrase.stems.length, phrase.cue]);
    i += phrase.stems.length - 1;
  }
  return found;
}

const DEFENDING_WORDS: ReadonlySet<string> = new Set(['defend', 'defending', 'defense', 'defence', 'escape', 'caught']);
const SAYS_NO: ReadonlySet<string> = new Set(['no', 'nogi', 'sem', 'sin']);
const IBERIAN_NO: ReadonlySet<string> = new Set(['sem', 'sin']);

const bodyParts: ReadonlySet<string> = new Set(BODY_PARTS);
const hurtWords: ReadonlySet<string> = new Set([...PAIN_WORDS, ...HURT_WORDS]);
/** "left knee is shot", "my shoulder hurts": a body part and a word of its hurting. */
const saysBodyHurts = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => bodyParts.has(t.raw)) && tokens.some((t) => hurtWords.has(t.raw));

const isListWord = (u: Unit | undefined): boolean => listWords.has(rawOf(u) ?? '');
const isJoiner = (u: Unit | undefined): boolean => isListWord(u) && rawOf(u) !== ',';
/** "…, kneebars or toe holds", "…, kneebars, or toe holds": the list goes on with a joining word. */
const listGoesOn = (units: readonly Unit[], j: number): boolean =>
  isJoiner(units[j]) || (rawOf(units[j]) === ',' && isJoiner(units[j + 1]));

/**
 * From the topic at `k`, the rest of a list in direction `step`: "heel hooks, kneebars or toe holds".
 * A comma carries the rule on only inside a list that goes on with "or"/"and" ("not the armbar, the
 * kimura" rules out the armbar alone).
 */
const BEING: ReadonlySet<string> = new Set(['is', 'are', 'its', 'was']);

function listFrom(
  units: readonly Unit[],
  k: number,
  step: 1 | -1,
  out: Set<number>,
  isTarget: (u: Unit | undefined) => boolean,
): void {
  // ("no wrestling shots or throws", "… or big judo throws": one name read as two of the same topic)
  const sameNameOn = (j: number): number => {
    for (;;) {
      if (step === 1 && isTarget(units[j + 1]) && sameTopics(units[j], units[j + 1])) out.add((j += 1));
      else if (step === 1 && NAME_TAILS.has(rawOf(units[j + 1]) ?? '')) j += 1;
      else return j;
    }
  };
  for (let j = sameNameOn(k) + step; ;) {
    if (!isListWord(units[j])) return;
    const comma = rawOf(units[j]) === ',';
    j += step;
    while (bridge.has(rawOf(units[j]) ?? '')) j += step;
    if (!isTarget(units[j])) return;
    if (comma && step === 1 && !listGoesOn(units, j + 1)) return;
    out.add(j);
    j = sameNameOn(j) + step;
  }
}
// the noun a name is said with: "wrestling shots", "judo style", "leg lock videos"
const NAME_TAILS: ReadonlySet<string> = new Set(['shots', 'style', 'stuff', 'videos', 'vids', 'moves', 'entries']);
const sameTopics = (a: Unit | undefined, b: Unit | undefined): boolean =>
  isTopic(a) && isTopic(b) && a.topics.join() === b.topics.join();

/**
 * "none of that upside down de la riva berimbolo stuff": a rule that ends in "stuff" or "things" in
 * its clause reaches every name before that word.
 */
function namesBeforeListEnd(
  units: readonly Unit[],
  from: number,
  out: Set<number>,
  isTarget: (u: Unit | undefined) => boolean,
): void {
  const inside: number[] = [];
  for (let k = from; k < units.length && k < from + LIST_END_REACH; k++) {
    const u = units[k];
    if (!u || u.kind === 'break' || listStops.has(rawOf(u) ?? '')) return;
    if (listEnds.has(rawOf(u) ?? '')) {
      for (const i of inside) out.add(i);
      return;
    }
    if (isTarget(u)) inside.push(k);
  }
}

/** Ahead of a cue, one unnamed item of a list is crossed: "doesn't allow slams or heel hooks". */
function pastUnnamedItem(units: readonly Unit[], k: number): number {
  const item = units[k];
  const joiner = rawOf(units[k + 1]);
  return item?.kind === 'word' && joiner !== undefined && joiner !== ',' && listWords.has(joiner) ? k + 2 : k;
}

/** "not the ones where you turn to turtle": a rule on a kind of thing reaches the name its clause gives. */
function pastOnesWhere(units: readonly Unit[], k: number, isTarget: (u: Unit | undefined) => boolean): number {
  if (!KIND_OF.has(rawOf(units[k]) ?? '') || !RELATIVE.has(rawOf(units[k + 1]) ?? '')) return k;
  for (let j = k + 2; j < k + 2 + RELATIVE_REACH; j++) {
    const u = units[j];
    if (!u || u.kind === 'break') return k;
    if (isTarget(u)) return j;
  }
  return k;
}
const KIND_OF: ReadonlySet<string> = new Set(['ones', 'one', 'kind', 'kinds', 'type', 'types', 'versions', 'version']);
const RELATIVE: ReadonlySet<string> = new Set(['where', 'that', 'which', 'when', 'with', 'going', 'ending']);
const RELATIVE_REACH = 6;

/**
 * Indexes of the topic units the user rules out, and of those whose defending alone is ruled out
 * ("I'm not asking how to defend the armbar, I want to finish it").
 */
export function excludedUnits(
  units: readonly Unit[],
  tokens: readonly Token[],
  isTarget: (u: Unit | undefined) => boolean = isTopic,
): { excluded: Set<number>; intentsOnly: Set<number>; defendingRuledOut: Set<number> } {
  const excluded = new Set<number>();
  const intentsOnly = new Set<number>();
  const defendingRuledOut = new Set<number>();
  if (!tokens.some((t) => cueIndex.has(t.stem))) return { excluded, intentsOnly, defendingRuledOut };
  const inTopic: boolean[] = [];
  for (const u of units) for (let t = u.start; t < u.end; t++) inTopic[t] = isTopic(u) || isTarget(u);
  const unitAt = (token: number): number => units.findIndex((u) => u.start <= token && token < u.end);

  // (", which never works for me" opens a relative clause, no comparison)
  const compares = tokens.some(
    (t, k) => comparisonWords.has(t.raw) && !(t.raw === 'which' && tokens[k - 1]?.raw === ','),
  );
  for (const [start, end, cue] of findCues(tokens, inTopic)) {
    if (cue.preference && compares) continue;
    let reached = false;
    if (cue.before) {
      let k = unitAt(end);
      let article = false;
      for (
        let bridged = 0;
        k >= 0 && k < units.length && bridge.has(rawOf(units[k]) ?? '') && bridged < MAX_BRIDGE;
        bridged++
      )
        article ||= ARTICLES.has(rawOf(units[k++]) ?? '');
      if (k >= 0) k = pastUnnamedItem(units, pastOnesWhere(units, k, isTarget));
      // "not interested in judo throws": a cue's last word read into a name-like phrase before the name
      if (units[k]?.kind === 'none' && units[k]!.start < end && isTarget(units[k + 1])) k++;
      // "not into 50/50 or heel hooks": a name with no topic heads the list ruled out (after a comma
      // another clause may begin: "no pulling guard, takedowns for gi")
      while (units[k]?.kind === 'none' && isJoiner(units[k + 1]) && isTarget(units[k + 2])) k += 2;
      // "not asking how to defend the armbar": only the defending is ruled out; after an article a
      // defensive word names an escape ("not the bridge and roll"), which rules out no intent
      let intentOnly = units[k]?.kind === 'defending' && !article;
      const defending = k;
      // "no escapes or sweeps": the defending word heads a list, ruled out by itself, and the list goes on
      if (intentOnly && isJoiner(units[k + 1]) && isTarget(units[k + 2])) {
        defendingRuledOut.add(defending);
        intentOnly = false;
        k += 2;
      }
      if (intentOnly) k++;
      while (k >= 0 && bridge.has(rawOf(units[k]) ?? '')) k++;
      // "without my knee getting popped": something done to the user, a risk, not something ruled out
      const doneToUser = tokens[start]?.stem === WITHOUT && isTopic(units[k]) && (units[k] as TopicUnit).defending;
      if (!intentOnly && !doneToUser) namesBeforeListEnd(units, unitAt(end), excluded, isTarget);
      if (k >= 0 && isTarget(units[k]) && !doneToUser) {
        (intentOnly ? intentsOnly : excluded).add(k);
        // a name in two parts ("judo throws") goes out whole
        while (!intentOnly && isTarget(units[k + 1])) (excluded as Set<number>).add(++k);
        if (!intentOnly) listFrom(units, k, 1, excluded, isTarget);
        reached = true;
        // "attack from half guard instead of just surviving": a defending word ruled out with nothing after it
      } else if (intentOnly) defendingRuledOut.add(defending);
    }
    if (cue.after && !reached) {
      let k = unitAt(start) - 1;
      let breaks = 0;
      while (k >= 0 && (afterBridge.has(rawOf(units[k]) ?? '') || (units[k]?.kind === 'break' && breaks++ < 1))) k--;
      if (k >= 0 && isTarget(units[k])) {
        excluded.add(k);
        // "tri is all i know": a singular verb rules out one name, not a list before it; ("our class
        // is no-gi and heel hooks arent allowed": the attire the class is, listed before, is no rule-out)
        const listed = (u: Unit | undefined): boolean =>
          isTarget(u) &&
          !(
            isTopic(u) &&
            u.topics.every((t) => t === 'gi' || t === 'no-gi') &&
            BEING.has(rawOf(units[units.indexOf(u) - 1]) ?? '')
          );
        if (tokens[start]?.raw !== 'is') listFrom(units, k, -1, excluded, listed);
      }
      // "mount escapes nah, im fine on bottom": the escaping is ruled out, the place stays (only right
      // before the cue: "guillotine defense. i dont care about …" keeps the defence asked)
      else if (units[k]?.kind === 'defending' && breaks === 0) defendingRuledOut.add(k);
    }
  }
  // "finishing heel hooks myself, not just surviving them": the defending is what the user moves past
  units.forEach((u, i) => {
    if (u.kind === 'defending' && rawOf(units[i - 1]) === 'just' && rawOf(units[i - 2]) === 'not')
      defendingRuledOut.add(i);
  });
  return { excluded, intentsOnly, defendingRuledOut };
}

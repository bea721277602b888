// A question asked for someone else ("my son keeps getting his back taken when he turtles", "my
// daughter asks what to do when the big kids pin her in kesa gatame"): that person is the one the
// question is about, so they read as the user — their pronouns as "i", "me", "my". Without this,
// "his back" and "pin her" read as the opponent's back and the opponent pinned.
import {
  ADDRESSED,
  RELAY_KIN_EITHER,
  RELAY_KIN_FEMALE,
  RELAY_KIN_MALE,
  SINGLE_OPPONENT_NOUNS,
} from '../../data/relayed-people';

type Gender = 'male' | 'female';

const kinGender = new Map<string, Gender | null>([
  ...RELAY_KIN_MALE.map((w) => [w, 'male'] as const),
  ...RELAY_KIN_FEMALE.map((w) => [w, 'female'] as const),
  ...RELAY_KIN_EITHER.map((w) => [w, null] as const),
]);
// "my son", "my 14 year old son", "o meu filho", "my little brother" (a few words between); "asking
// for a student:", "question for one of my kids"
// ("question from my 15yo:": an age for the young person, told apart by the first pronoun)
const kinWords = [...kinGender.keys(), '\\d{1,2}\\s?(?:yo|y/o)'].join('|');
const OWNERS = [
  'my',
  'our',
  'his',
  'her',
  'o meu',
  'a minha',
  'meu',
  'minha',
  'mi',
  'for (?:a|an|one of my|one of our)',
];
// ("student keeps getting his back taken": a message may start with them, unless the word is how
// the user addresses the reader: "bro he keeps mounting me")
const MENTION = new RegExp(
  `(?:^\\W*(?!(?:${ADDRESSED.join('|')})\\b)|\\b(?:${OWNERS.join('|')})\\s+(?:[\\w'-]+\\s+){0,3}?)(${kinWords})\\b`,
  'i',
);
const PRONOUNS: Record<Gender, RegExp> = {
  male: /\b(?:he|he's|hes|him|his|himself)\b/i,
  female: /\b(?:she|she's|shes|her|herself)\b/i,
};
const FIRST_PRONOUN = /\b(he|he's|hes|him|his|himself|she|she's|shes|her|herself)\b/i;
const singleOpponent = (gender: Gender): RegExp =>
  new RegExp(
    `\\b(?:a|an|this|that|the|some|one|other)\\s+(?:[\\w-]+\\s+){0,2}?(?:${SINGLE_OPPONENT_NOUNS[gender].join('|')})\\b`,
    'i',
  );
const SINGLE_OPPONENT: Record<Gender, RegExp> = { male: singleOpponent('male'), female: singleOpponent('female') };
/** The same, for every place each is named (`partsOwnedBy`). */
const EVERY_SINGLE_OPPONENT: Record<Gender, RegExp> = {
  male: new RegExp(SINGLE_OPPONENT.male.source, 'gi'),
  female: new RegExp(SINGLE_OPPONENT.female.source, 'gi'),
};
const USER_IN_STORY =
  /\b(?:me|myself|my\s+(?:guard|back|arm|arms|leg|legs|neck|head|half|closed|mount|side|knee|foot|feet|hips|chest))\b/i;
/** The user as the one asked, not a party to the story: "keeps asking me how to get people off him". */
const ASKING_THE_USER = /\b(?:asking|asked|asks|ask|told|tells|texted|messaged|wanted|wants)\s+me\b/gi;
/** Words quoted after a space or colon, up to the closing quote before a space, a mark or the end. */
const QUOTED = /(?<=^|[\s:])['"\u2018\u201c][^"\u201d]*?['"\u2019\u201d](?=[\s.,!?;)]|$)/g;
/** Sayings that name the user without putting them on the mat: "his mom would kill me", "drives me nuts". */
const SAYINGS_WITH_ME =
  /\b(?:would|will|gonna|going to) kill me\b|\bdrives? me (?:crazy|nuts|mad)\b|\btrust me\b|\bbelieve me\b/gi;
const RELAY_VERBS: readonly string[] = [
  ...['asked me to ask (?:you|u)', '(?:wants|wanted) me to ask(?: (?:you|u))?', 'asks', 'asked', 'is asking'],
  'was asking',
  ...['wants to know', 'wanted to know', 'wonders', 'was wondering', 'wants'],
];
/** The asking at the head of what follows a mention: "asked me to ask u:", "wants to know". */
const ASKING = new RegExp(`^\\s*(?:${RELAY_VERBS.join('|')})\\b[:,]?`, 'i');
/** Words after which "her" is the object ("pin her in kesa"), not a possessive ("her guard"). */
const AFTER_OBJECT: ReadonlySet<string> = new Set([
  ...['in', 'on', 'at', 'with', 'from', 'to', 'into', 'out', 'off', 'down', 'up', 'over', 'under', 'when', 'while'],
  ...['and', 'or', 'but', 'every', 'all', 'so', 'again', 'too', 'because', 'like', 'then', 'if', 'as', 'a', 'the'],
]);
/** A mention right after one of these is the one something is done to: "keep guillotining my son". */
const OBJECT_VERB = /(?:ing|ed)$/;

/**
 * Anyone the user says asked them ("my training partner asked me to ask u: he keeps getting swept"),
 * with the asking itself, which names the user without putting them in the story.
 */
const ASKED_BY = new RegExp(
  `\\b(?:my|our)\\s+((?:[\\w'-]+\\s+){0,2}?[\\w'-]+)\\s+(?:${RELAY_VERBS.join('|')})\\b[:,]?`,
  'i',
);

/** The message with the person it is relayed for read as the user, or the message itself. */
export function asTheUser(query: string): string {
  const mention = MENTION.exec(query) ?? ASKED_BY.exec(query);
  if (!mention) return query;
  // (what follows the asking is the story: "asked me to ask u" puts no one in it)
  const after = query.slice(mention.index + mention[0].length).replace(ASKING, '');
  const gender = kinGender.get((mention[1] ?? '').toLowerCase()) ?? genderOfFirstPronoun(after);
  const before = query.slice(0, mention.index);
  const asObject = OBJECT_VERB.test(before.trimEnd().split(/\s+/).pop() ?? '');
  const rest = query.slice(mention.index + mention[0].length);
  if (!gender) return asObject ? `${before}me${rest}` : query;
  // someone else of the same gender in the story ("rolled with a big guy and he…") may own the
  // pronouns, and so may the relayed person when the user is in the story too ("he is way faster than
  // me", "my teammate catches me in her triangle")
  // (pronouns before that someone, or in a later sentence, are still the relayed person's: "he wants to
  // know what to do when he's on top and the other kid turns over", "got wristlocked by a purple belt. he
  // wants to learn the defence")
  // ("our teen asked me for …": the asking, with its "me", is no part of the story)
  // (nor do their own words quoted: "he said 'i'm basically handing them my neck'")
  const story = rest.replace(ASKING_THE_USER, '').replace(SAYINGS_WITH_ME, '').replace(QUOTED, ' ');
  const parts = partsOwnedBy(after, EVERY_SINGLE_OPPONENT[gender]);
  const theirOwn =
    !SINGLE_OPPONENT[gender].test(before) &&
    !USER_IN_STORY.test(story) &&
    parts.some((p) => !p.opponents && PRONOUNS[gender].test(p.text));
  if (!theirOwn) return asObject ? `${before}me${rest}` : query;
  const frame = query.slice(mention.index + mention[0].length, query.length - after.length);
  const told = parts.map((p) => (p.opponents ? p.text : asFirstPerson(p.text, gender))).join('');
  return `${before}${asObject ? 'me' : mention[0]}${frame}${told}`;
}

/**
 * The text cut where someone else is named (`everyOne`, a global pattern) and where that sentence
 * ends: theirs are the parts between.
 */
function partsOwnedBy(text: string, everyOne: RegExp): { text: string; opponents: boolean }[] {
  const parts: { text: string; opponents: boolean }[] = [];
  let from = 0;
  for (const m of text.matchAll(everyOne)) {
    // ("she's a white belt and every time she locks …": what she is, no one else)
    if (m.index < from || SAYS_WHAT_ONE_IS.test(text.slice(0, m.index))) continue;
    const end = SENTENCE_END.exec(text.slice(m.index))?.index;
    const to = end === undefined ? text.length : m.index + end + 1;
    parts.push(
      { text: text.slice(from, m.index), opponents: false },
      { text: text.slice(m.index, to), opponents: true },
    );
    from = to;
  }
  parts.push({ text: text.slice(from), opponents: false });
  return parts;
}
const SENTENCE_END = /[.!?](?=\s|$)/;
const SAYS_WHAT_ONE_IS = /\b(?:she's|shes|she is|he's|hes|he is|i'm|im|i am)\s+$/i;

function genderOfFirstPronoun(text: string): Gender | null {
  const first = FIRST_PRONOUN.exec(text)?.[1]?.toLowerCase();
  if (!first) return null;
  return first.startsWith('s') || first.startsWith('her') ? 'female' : 'male';
}

const MALE_FORMS: Readonly<Record<string, string>> = {
  he: 'i',
  "he's": "i'm",
  hes: 'im',
  him: 'me',
  his: 'my',
  himself: 'myself',
};
const FEMALE_FORMS: Readonly<Record<string, string>> = { she: 'i', "she's": "i'm", shes: 'im', herself: 'myself' };

function asFirstPerson(text: string, gender: Gender): string {
  return withVerbsOfI(gender === 'male' ? maleAsFirstPerson(text) : femaleAsFirstPerson(text));
}
const maleAsFirstPerson = (text: string): string =>
  text.replace(/\b(?:he's|hes|he|himself|him|his)\b/gi, (w) => MALE_FORMS[w.toLowerCase()] ?? w);
/** The third-person verbs a relayed "he"/"she" turns into "i" with, as the user says them. */
const VERBS_OF_I: Readonly<Record<string, string>> = {
  gets: 'get',
  takes: 'take',
  keeps: 'keep',
  goes: 'go',
  ends: 'end',
  has: 'have',
  does: 'do',
  locks: 'lock',
  loses: 'lose',
  plays: 'play',
  rolls: 'roll',
  hits: 'hit',
  tries: 'try',
};
const I_AND_VERB = new RegExp(
  `\\bi (always |just |never |still |usually )?(${Object.keys(VERBS_OF_I).join('|')})\\b`,
  'gi',
);
/** "i gets to the back all the time" → "i get to the back …": the verb after "i" as the user says it. */
const withVerbsOfI = (text: string): string =>
  text.replace(
    I_AND_VERB,
    (_, adverb: string | undefined, verb: string) => `i ${adverb ?? ''}${VERBS_OF_I[verb.toLowerCase()] ?? verb}`,
  );
function femaleAsFirstPerson(text: string): string {
  return text.replace(/\b(?:she's|shes|she|herself|her)\b(\W*)(\w*)/gi, (all, gap: string, next: string) => {
    const word = all.slice(0, all.length - gap.length - next.length).toLowerCase();
    if (word !== 'her') return `${FEMALE_FORMS[word] ?? word}${gap}${next}`;
    // "pin her in kesa", "get her." are the object; "her guard" is hers
    const object = !next || /[.,!?;:]/.test(gap) || AFTER_OBJECT.has(next.toLowerCase());
    return `${object ? 'me' : 'my'}${gap}${next}`;
  });
}

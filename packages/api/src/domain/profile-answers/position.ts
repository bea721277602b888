// main_position: guard, top or balanced, from "Bottom. I don't like top.", "I pull guard every time",
// "pressure passing all day", "a bit of both", "kinda both but more top".

import { compileLexicon, findMentions } from './lexicon';
import { markSpans, negatedSpans } from './context';
import { isAboutOthers, otherArtRanges, othersClauses } from './others';
import { nowOverPast, onlyPast } from './position-time';
import { lastNowWins } from './position-now-last';
import { saidEven } from './position-even';
import { DISCOMFORT_CUES } from './position-discomfort-words';
import { reasonsExplain } from './position-reason';
import { preferredVerbs } from './position-rather';
import { roleVerbs } from './position-role';
import { bySessions } from './position-sessions';
import { perSetting } from './position-settings';
import { sizeExceptions } from './position-size';
import { seldomExceptions } from './position-seldom';
import { concessionsYield } from './position-concession';
import { contrastDecides } from './position-contrast';
import { sharesOf } from './position-share';
import { inTurns } from './position-alternation';
import { passedThrough } from './position-transit';
import { changedFromTo } from './position-change';
import { undecidedSides } from './position-undecided';
import { doubtedHearsay } from './position-hearsay';
import { ownedBothLast } from './position-owned-both';
import { SUMMARY, saidLastAlone, sumsUp } from './position-summary';
import { lessonClauses } from './position-lesson';
import { summedUpNegations } from './position-list-summary';
import { harmedSides } from './position-harm';
import { dreadedSubjects } from './position-dreaded-subject';
import { watchedSide } from './position-watched';
import { ownedMe } from './position-dialect';
import { listSharesMarks } from './position-list-marks';
import { negatedRuns } from './position-runs';
import { triedAndLeft } from './position-tried';
import { pairAfterEven } from './position-pair-split';
import { sweptFromSaidTop, sweptOffTop } from './position-swept';
import { tokenise, type Token } from './text';
import { SIDE_WORDS, type PositionSignal } from './position-words';
import {
  COMPARED_AGAINST,
  CONSEQUENCE_CUES,
  GROUP_NOUNS,
  ONE_OF,
  BEING_ONE,
  OWNING_UP_CUES,
  OWNING_UP_REACH,
  POSITION_EMPHASIS,
  SUBMISSIONS,
  WISHED,
  type Emphasis,
} from './position-emphasis-words';
import type { MainPosition } from './types';

const positionLexicon = compileLexicon(SIDE_WORDS);
const emphasisLexicon = compileLexicon(POSITION_EMPHASIS);
const discomfortLexicon = compileLexicon(DISCOMFORT_CUES);
const oneOfLexicon = compileLexicon(ONE_OF);
const beingOneLexicon = compileLexicon(BEING_ONE);
const consequenceLexicon = compileLexicon(CONSEQUENCE_CUES);
const owningUpLexicon = compileLexicon(OWNING_UP_CUES);
const wishedLexicon = compileLexicon(WISHED);

type Side = 'guard' | 'top';

interface Vote {
  readonly side: Side | 'balanced';
  /** The token the side was named at. */
  readonly at: number;
  /** 2 = stated as the preference, 1 = plain, 0 = what they are working on or like less. */
  readonly weight: number;
}

export function parseMainPosition(text: string): MainPosition | null {
  // "can't stand being on me back": "me" for "my"
  const tokens = ownedMe(tokenise(text));
  const named = findMentions(positionLexicon, tokens);
  // "i'd rather sit": a side named by the verb of a preference alone
  // "raz góra raz dół": both sides said in turns are both
  // "i'm always the one pulling": a side named by the role's verb alone
  const verbs = preferredVerbs(tokens, named);
  const roles = roleVerbs(tokens, [...named, ...verbs]);
  // "now it's even": the rolls split alike, said of the play, not with a side's word
  const even = saidEven(tokens, [...named, ...verbs, ...roles]);
  const mentions = inTurns(
    tokens,
    [...named.filter((m) => m.value !== 'neutral'), ...verbs, ...roles, ...even].sort((a, b) => a.start - b.start),
  );
  // "stay away from top pressure games": touching mentions of one side are negated as one
  const negated = negatedRuns(tokens, mentions, (runs) => [
    ...negatedSpans(tokens, runs),
    ...negatedSpans(tokens, runs, discomfortLexicon),
  ]);
  // "On top I just get rolled": a top the user is swept from
  const swept = sweptOffTop(tokens, mentions);
  for (const i of swept.lost) negated.add(i);
  for (const i of swept.kept) negated.delete(i);
  // "tried playing top but my cardio says no": a side tried and given up
  for (const i of triedAndLeft(tokens, mentions)) negated.add(i);
  // "two knee surgeries and guard kills them": a side that hurts a body part named before
  for (const i of harmedSides(tokens, mentions)) negated.add(i);
  // "getting flattened under a 100kg guy is my nightmare": the whole subject is dreaded
  for (const i of dreadedSubjects(tokens, mentions)) negated.add(i);
  // "hate closed guard bottom, basically anything where im under someone": the list summed up
  for (const i of summedUpNegations(tokens, mentions, negated)) negated.add(i);
  // "I like to play guard and pass": the list after a mark shares it
  const emphasis = listSharesMarks(tokens, mentions, markSpans(tokens, mentions, emphasisLexicon), STRESSING);
  const forward = [
    ...markSpans(tokens, mentions, consequenceLexicon, 'forward'),
    ...markSpans(tokens, mentions, owningUpLexicon, 'forward', OWNING_UP_REACH),
  ];
  for (const [i, marks] of forward) emphasis.set(i, new Set([...(emphasis.get(i) ?? []), ...marks]));
  const others = othersClauses(tokens);
  // "we drilled mount escapes tonight": the class's lesson
  const lessons = lessonClauses(tokens);
  // "in wrestling I was always on top": what the user did in another art (named bare, "wrestling"
  // is a way of playing top: "i like wrestling up")
  const otherArts = otherArtRanges(tokens)
    .filter(([start]) => tokens[start - 1]?.text === 'in')
    .map(([start, end]): [number, number] => [start, carriedOver(tokens, start, end)]);

  const oneOf = new Set(findMentions(oneOfLexicon, tokens).map((m) => m.end));
  const beingOne = findMentions(beingOneLexicon, tokens).map((m) => m.start);
  const shares = sharesOf(tokens, mentions);
  // "trying to figure out if I'm a guard or top guy": both sides only asked about
  const asked = undecidedSides(tokens, mentions);
  // "my partner says I'm a top player but honestly I don't know": hearsay the user doubts
  const doubted = doubtedHearsay(tokens, mentions);
  // "being on top makes me nervous, I'm scared of getting swept": the swept is that top's
  const sweptFrom = sweptFromSaidTop(tokens, mentions);
  // "pretty even top and bottom now": the pair split evenly
  const pair = pairAfterEven(tokens, mentions);
  const said: Vote[] = [];
  mentions.forEach((mention, i) => {
    const value: PositionSignal = mention.value;
    if (value === 'neutral' || asked.has(i) || doubted.has(i) || sweptFrom.has(i) || pair.has(i)) return;
    if (isAboutOthers(mention, others, otherArts) || lessons.has(tokens[mention.start]?.clause ?? -1)) return;
    if (watchedSide(tokens, mention)) return; // "watching lots of guard passing videos"
    // "guard players annoy me and I refuse to become one": a group the user will not join is avoided
    const joins = negated.has(i) && beingOne.some((at) => at >= mention.end);
    if (GROUP_NOUNS.has(tokens[mention.end - 1]?.text ?? '') && !oneOf.has(mention.start) && !joins) return;
    if (negated.has(i)) {
      if (SUBMISSIONS.has(tokens[mention.end - 1]?.text ?? '')) return;
      // Only two sides: "Guard isn't my thing" is a vote for top, "I don't like top" for guard;
      // a weaker one than what they say they play ("hate being mounted, so I stay on top").
      if (value !== 'balanced')
        said.push({
          side: value === 'guard' ? 'top' : 'guard',
          at: mention.start,
          weight: AVOIDED,
        });
      return;
    }
    const against = COMPARED_AGAINST.has(tokens[mention.start - 1]?.text ?? '');
    const share = shares[i] ?? null;
    const weight =
      share === null
        ? sumsUp(tokens, mention.start) || saidLastAlone(tokens, mention.start, mention.end, value === 'balanced')
          ? SUMMARY
          : weightOf(emphasis.get(i))
        : share > 50
          ? 2
          : 0;
    said.push({ side: value, at: mention.start, weight: against ? 0 : weight });
  });
  // "bottom is just a transit stop": a guard only passed through on the way to top
  // "went from pressure passer to leg lock guard player": the side changed from is left behind
  const votes: Vote[] = changedFromTo(tokens, passedThrough(tokens, said));
  // "used to love guard when I was younger": a game left behind, and none said of now
  if (onlyPast(tokens, votes)) return null;
  // a side preferred in one setting only or played less than weekly, then by sessions, by time, as a
  // reason, as a concession
  const counted = bySessions(tokens, seldomExceptions(tokens, sizeExceptions(tokens, perSetting(tokens, votes))));
  // "…, honestly im fine with both and i train both on purpose": both, owned last, sums it up
  const weighed = ownedBothLast(
    tokens,
    concessionsYield(tokens, reasonsExplain(tokens, lastNowWins(tokens, nowOverPast(tokens, counted)))),
  );
  return decide(
    contrastDecides(tokens, weighed),
    tokens.some(aspiring) || findMentions(wishedLexicon, tokens).length > 0,
  );
}

/** "don't want to be predictable, so i split it half and half": a want denied is no aspiration. */
const aspiring = (t: Token, k: number, tokens: readonly Token[]): boolean =>
  ASPIRING.has(t.text) && !(WANTS.has(t.text) && DENIED.has(tokens[k - 1]?.text ?? ''));
const WANTS: ReadonlySet<string> = new Set(['want', 'wanna']);
const DENIED: ReadonlySet<string> = new Set(["don't", 'dont', 'never', "didn't", 'didnt', 'not']);

const AVOIDED = 0.5;
const STRESSING: ReadonlySet<Emphasis> = new Set(['primary', 'summary']);

/** "in judo i was on top but in jiu jitsu i play guard": the other art's part ends where BJJ or the user takes over. */
function carriedOver(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const [word, next] = [tokens[k]?.text ?? '', tokens[k + 1]?.text ?? ''];
    if (BJJ.has(word) || ((word === 'and' || word === 'but') && TAKES_OVER.has(next))) return k;
  }
  return end;
}
const BJJ: ReadonlySet<string> = new Set(['bjj', 'jiu', 'jitsu', 'jiujitsu', 'jj']);
const TAKES_OVER: ReadonlySet<string> = new Set(['i', 'im', 'its', 'now', 'here']);

function weightOf(marks: ReadonlySet<Emphasis> | undefined): number {
  if (marks?.has('summary')) return SUMMARY;
  // What they want or are working on is not what they play now, however keen: "I want to be on top more".
  if (marks?.has('secondary')) return 0;
  if (marks?.has('primary')) return 2;
  return 1;
}

const ASPIRING: ReadonlySet<string> = new Set([
  'trying',
  'try',
  'want',
  'wanna',
  'become',
  'hope',
  'hoping',
  'goal',
  'learn',
  'learning',
  'someday',
  'eventually',
  // "quiero aprender a pasar la guardia algun dia"
  'aprender',
  'quiero',
  'quero',
  // "planning to become a guard player once my back heals"
  'planning',
  'aiming',
  // "i'd like to get better on top": what is to be improved is no side played
  'better',
  'improve',
  'improving',
]);

function decide(votes: readonly Vote[], aspires: boolean): MainPosition | null {
  // only what they are working towards ("trying to become more of a top player") says nothing of now
  if (votes.length === 0 || (aspires && votes.every((v) => v.weight === 0))) return null;
  const strongest = (side: Vote['side']) => Math.max(-1, ...votes.filter((v) => v.side === side).map((v) => v.weight));
  const guard = strongest('guard');
  const top = strongest('top');
  const balanced = strongest('balanced');
  // "…, so kinda half and half": both, summed up, outweighs a side preferred in one setting
  if (balanced >= SUMMARY && balanced > Math.max(guard, top)) return 'balanced';
  // A stated preference wins over "both": "both but I prefer guard" → guard.
  if (guard >= 2 && top < guard) return 'guard';
  if (top >= 2 && guard < top) return 'top';
  if (balanced >= 0) return 'balanced';
  if (guard > top) return 'guard';
  if (top > guard) return 'top';
  // Named both sides equally with no preference: that is balanced.
  return 'balanced';
}

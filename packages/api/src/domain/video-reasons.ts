import { baseTopicOf, displayName, isAttire, isPosition, type TopicId } from '../data/canonical-topics';
import { GUARD_POSITIONS } from '../data/topic-aliases';
import { sentenceName } from '../data/topic-names';
import type { Belt, LibraryVideo } from '../data/videos';
import type { RankedVideo } from './ranking';
import { joinList } from './sentence';
import { techniqueTerm } from './technique-terms';
import type { Constraint } from './understand';
import { extractTopics } from './topics';
import { facetsOf } from './video-facets';

/**
 * One line on why this video is in the reply: how it fits this question (which side of the
 * technique it teaches, from where), what this video in particular brings (its description), and
 * how it fits the user. It claims only what the video's title or description says it teaches.
 */
export function videoReason(ranked: RankedVideo, belt: Belt | null, ruledOut: readonly TopicId[] = []): string {
  const { video, beltFit, helpfulInstructor } = ranked;
  const angle = lowerFirst(withoutRuledOut(angleOf(video.description), video, ruledOut));
  const extras: string[] = [];
  if (video.attire !== 'both' && ranked.covered.some(isAttire)) extras.push(`${video.attire} specific`);
  for (const c of ranked.suits) extras.push(SUITS[c]);
  if (beltFit && belt) extras.push(`pitched right for a ${belt} belt`);
  if (helpfulInstructor) extras.push(`you found ${video.instructor} helpful before`);
  const what = angle ? `${fitOf(ranked)} — ${angle}` : fitOf(ranked);
  return extras.length ? `${what} (${extras.join(', ')}).` : what.endsWith('…') ? what : `${what}.`;
}

const SUITS: Readonly<Record<Constraint, string>> = {
  smaller: 'made to work against bigger opponents',
  bigger: 'a pressure game that suits a bigger body',
  older: 'built for older or less athletic grapplers',
  less_flexible: 'does not ask for athleticism',
  strikes: 'holds up when strikes are allowed',
  self_defence: 'built for self-defence',
  escape_to_offence: 'ends the escape on offence',
};

const MAX_NAMED = 3;
// A reason stays one line: the description's first sentence, cut at a clause when it runs long.
const MAX_ANGLE = 110;

/** How the video answers this question, in words its description supports. */
function fitOf(ranked: RankedVideo): string {
  if (ranked.general) return 'A general pick, not tied to one technique';
  const facets = facetsOf(ranked.video);
  const supported = (t: TopicId) => facets.named.has(t) || (t !== baseTopicOf(t) && facets.strength.has(t));
  const topics = ranked.covered.filter((t) => !isAttire(t));
  const claimed = topics.filter(supported);
  const terms = ranked.terms.map((id) => techniqueTerm(id)?.label ?? displayName(id));
  const intents = claimed.filter(isIntent);
  if (ranked.side === 'attack') {
    // A defence question answered with an attacking course: say so, and why it still helps.
    const bases = topics.filter(isIntent).map(defendedName);
    return `Teaches the attacking side of ${joinList(bases)}, which shows you what to defend`;
  }
  const attacks = claimed.filter((t) => !isIntent(t) && !isPosition(t) && !intents.some((i) => baseTopicOf(i) === t));
  // A named technique says more than the topic it belongs to ("the berimbolo", not "back takes"),
  // and names its own place ("breaking down the turtle", not "… from the turtle").
  const ofTerms = new Set<string>(ranked.terms.flatMap((id) => techniqueTerm(id)?.topics ?? []));
  const places = claimed.filter(
    (t) => isPosition(t) && !intents.some((i) => baseTopicOf(i) === t) && !(terms.length && ofTerms.has(t)),
  );
  const subjects = [
    ...intents.map(intentPhrase),
    ...attacks.filter((t) => !ofTerms.has(t)).map(sentenceName),
    ...terms,
  ];
  if (!subjects.length && places.length) return `Teaches ${listed(places.map(positionName))}`;
  if (!subjects.length && ranked.family) return `Teaches ${ranked.family}`;
  if (!subjects.length) return 'Close to what you asked';
  const from = places.length ? ` from ${listed(places.map(positionName))}` : '';
  return `Teaches ${listed(subjects)}${from}`;
}

const isIntent = (t: TopicId): boolean => t !== baseTopicOf(t) || t === 'guard_retention';

const listed = (names: string[]): string =>
  joinList(names.length > MAX_NAMED ? [...names.slice(0, MAX_NAMED), 'more'] : names);

const positionName = (p: TopicId): string => (p === 'mount' ? 'mount' : sentenceName(p));

/** "armbar_defense" → "the armbar", "guard_retention" → "guard passing": what is defended. */
const defendedName = (t: TopicId): string => sentenceName(t === 'guard_retention' ? 'guard_passing' : baseTopicOf(t));

/** What the video itself is about, from the first sentence of its description. */
function angleOf(description: string): string {
  let text = (/^[^.!?]*/.exec(description)?.[0] ?? description).trim();
  let cutMidList = false;
  for (const stop of [':', ';', ' (', ',']) {
    if (text.length <= MAX_ANGLE) break;
    // A clause ends at its first colon; a list is kept as long as it fits.
    const at = stop === ',' ? text.lastIndexOf(stop, MAX_ANGLE) : text.indexOf(stop, 20);
    if (at > 0) {
      text = text.slice(0, at);
      // A clause ends at a colon or semicolon; a comma may sit inside a list, which must not read as complete.
      cutMidList = stop === ',';
    }
  }
  if (text.length > MAX_ANGLE) return `${text.slice(0, text.lastIndexOf(' ', MAX_ANGLE))}…`;
  return cutMidList ? `${text}…` : text;
}

/**
 * The angle up to the clause that names what the user ruled out ("front headlock control and its
 * attacks: guillotines, darces, anacondas" → "front headlock control and its attacks" when the darce
 * is out), or nothing when its first clause names it: a reason never offers what was ruled out.
 */
function withoutRuledOut(angle: string, video: LibraryVideo, ruledOut: readonly TopicId[]): string {
  const out = new Set(ruledOut.map(baseTopicOf));
  const names = (text: string) => extractTopics(text).some((t) => out.has(baseTopicOf(t)));
  // the description's topics are known already: most reasons need no reading at all
  if (!out.size || ![...facetsOf(video).mentioned].some((t) => out.has(t as TopicId)) || !names(angle)) return angle;
  // cut inside a list, the list must not read as complete: "its attacks: guillotines…"
  const ends = [...angle.matchAll(/[:;,(—]/g)].reverse();
  const kept = ends
    .map((m) => `${angle.slice(0, m.index).trim()}${m[0] === ',' ? '…' : ''}`)
    .find((part) => part.length > 1 && !names(part));
  return kept ?? '';
}

/** Lower-cases a sentence start for use mid-sentence, but never a name ("Danaher's", "Saulo Ribeiro", "DLR"). */
function lowerFirst(text: string): string {
  const [first = '', second = ''] = text.split(' ');
  // "The Gracie University curriculum": an article starts a sentence, never a name.
  const article = /^(the|a|an)$/i.test(first);
  const isName =
    !article && (/'s$/.test(first) || /^[A-Z]/.test(second) || (first.length > 1 && first === first.toUpperCase()));
  return isName ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** "armbar_defense" → "armbar defense", "mount_escape" → "escaping mount", "spider_guard_escape" → "getting past spider guard". */
export function describeTopic(topic: TopicId): string {
  if (topic.endsWith('_escape')) {
    const position = baseTopicOf(topic);
    return `${GUARD_POSITIONS.includes(position as TopicId) ? 'getting past' : 'escaping'} ${displayName(position)}`;
  }
  return displayName(topic);
}

/** An intent as what the video teaches: "defending the armbar", "keeping your guard", "escaping mount". */
function intentPhrase(topic: TopicId): string {
  if (topic === 'guard_retention') return 'keeping your guard';
  if (topic.endsWith('_defense')) return `defending ${sentenceName(baseTopicOf(topic))}`;
  return describeTopic(topic);
}

import { displayName, isAttire, baseTopicOf, type TopicId } from '../data/canonical-topics';
import { GUARD_POSITIONS } from '../data/topic-aliases';
import type { Belt } from '../data/videos';
import type { RankedVideo } from './ranking';
import { joinList } from './sentence';

/**
 * One line on why this video is in the reply: what it covers of the question, what this video in
 * particular brings (so three replies never read the same), and how it fits the user.
 */
export function videoReason(ranked: RankedVideo, belt: Belt | null): string {
  const { video, covered, helpfulInstructor, beltFit } = ranked;
  const subject = covered.filter((t) => !isAttire(t));
  const angle = angleOf(video.description);
  // A family question ("chokes") can match many topics: name a few, the description says the rest.
  const named =
    subject.length > MAX_NAMED
      ? [...subject.slice(0, MAX_NAMED).map(describeTopic), 'more']
      : subject.map(describeTopic);
  const what = subject.length
    ? `Covers ${joinList(named)} — ${lowerFirst(angle)}`
    : ranked.titleMatch
      ? `Named for what you asked — ${lowerFirst(angle)}`
      : `A fundamentals pick — ${lowerFirst(angle)}`;
  const extras: string[] = [];
  if (video.attire !== 'both' && covered.some(isAttire)) extras.push(`${video.attire} specific`);
  if (beltFit && belt) extras.push(`pitched right for a ${belt} belt`);
  if (helpfulInstructor) extras.push(`you found ${video.instructor} helpful before`);
  return extras.length ? `${what} (${extras.join(', ')}).` : what.endsWith('…') ? what : `${what}.`;
}

const MAX_NAMED = 3;
// A reason stays one line: the description's first sentence, cut at a clause when it runs long.
const MAX_ANGLE = 110;

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

import { displayName, isAttire, baseTopicOf, type TopicId } from '../data/canonical-topics';
import type { Belt } from '../data/videos';
import type { RankedVideo } from './ranking';

/** One line on why this video is in the reply, in terms of what the user asked and who they are. */
export function videoReason(ranked: RankedVideo, belt: Belt | null): string {
  const { video, covered, helpfulInstructor, beltFit } = ranked;
  const subject = covered.filter((t) => !isAttire(t));
  const what = subject.length ? `Covers ${joinList(subject.map(describeTopic))}` : `A fundamentals pick: ${firstSentence(video.description)}`;
  const extras: string[] = [];
  if (video.attire !== 'both' && covered.some(isAttire)) extras.push(`${video.attire} specific`);
  if (beltFit && belt) extras.push(`pitched right for a ${belt} belt`);
  if (helpfulInstructor) extras.push(`you found ${video.instructor} helpful before`);
  return extras.length ? `${what} — ${extras.join(', ')}.` : `${what}.`;
}

/** "armbar_defense" → "armbar defense", "mount_escape" → "escaping mount". */
export function describeTopic(topic: TopicId): string {
  if (topic.endsWith('_escape')) return `escaping ${displayName(baseTopicOf(topic))}`;
  return displayName(topic);
}

export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function firstSentence(text: string): string {
  const sentence = /^[^.!?]*[.!?]?/.exec(text)?.[0] ?? text;
  const trimmed = sentence.trim().replace(/[.!?]$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

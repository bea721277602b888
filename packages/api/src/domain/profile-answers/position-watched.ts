// main_position: a side the user watches or studies on screen is an interest, not the side they play:
// "I've been watching lots of guard passing videos lately", "bought a guard instructional", "binging
// leg lock breakdowns". A side they play, said beside it, still counts ("watching guard videos because
// I'm a top player").

import type { Mention } from './lexicon';
import type { Token } from './text';
import { WATCHING } from './goal-watched';

/** The side at `mention` is something watched: a watching verb before it, or a video of it. */
export function watchedSide(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  if (MEDIA.has(tokens[mention.end]?.text ?? '')) return true;
  let k = mention.start - 1;
  while (mention.start - k <= WATCH_REACH && FILLERS.has(tokens[k]?.text ?? '')) k--;
  return WATCHING.has(tokens[k]?.text ?? '') || STUDYING.has(tokens[k]?.text ?? '');
}
const WATCH_REACH = 4;
const MEDIA: ReadonlySet<string> = new Set([
  ...['video', 'videos', 'vid', 'vids', 'instructional', 'instructionals', 'tutorial', 'tutorials'],
  ...['breakdown', 'breakdowns', 'footage', 'dvd', 'dvds', 'clips', 'reels', 'youtube', 'content'],
]);
// "binging guard content": screens only, not "studying" a side in class
const STUDYING: ReadonlySet<string> = new Set(['binging', 'bingeing', 'binge', 'binged', 'scrolling']);
const FILLERS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'some', 'lots', 'lot', 'of', 'loads', 'tons', 'ton', 'bunch', 'all', 'these', 'those'],
  ...['more', 'old', 'many', 'few', 'online', 'youtube'],
]);

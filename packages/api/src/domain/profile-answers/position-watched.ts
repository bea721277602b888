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
  if (admiredPlayer(tokens, mention) || watchedOnScreen(tokens, mention)) return true;
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

/**
 * "gordon ryan is my fav top player to watch", "my favourite guard guy is marcelo": a favourite player
 * of a side is someone else; so is a player of it "to watch".
 */
function admiredPlayer(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const noun = PLAYERS.has(tokens[mention.end]?.text ?? '')
    ? mention.end
    : PLAYERS.has(tokens[mention.end - 1]?.text ?? '')
      ? mention.end - 1
      : -1;
  if (noun < 0) return false;
  const favourite =
    FAVOURITE.has(tokens[mention.start - 1]?.text ?? '') || FAVOURITE.has(tokens[mention.start - 2]?.text ?? '');
  const toWatch = tokens[noun + 1]?.text === 'to' && WATCHING.has(tokens[noun + 2]?.text ?? '');
  return favourite || toWatch;
}
const PLAYERS: ReadonlySet<string> = new Set([
  ...['player', 'players', 'guy', 'guys', 'athlete', 'athletes', 'grappler', 'grapplers', 'fighter', 'fighters'],
  ...['competitor', 'competitors'],
]);
const FAVOURITE: ReadonlySet<string> = new Set([
  'fav',
  'fave',
  'favs',
  'faves',
  'favorite',
  'favourite',
  'favorites',
  'favourites',
]);

/**
 * "i watch a lot of gordon ryan top stuff on youtube", "been studying danaher's guard system on
 * instagram": a watching verb and a screen in the clause put the side on the screen, however many
 * names come between.
 */
function watchedOnScreen(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const clause = tokens[mention.start]?.clause;
  const inClause = (k: number): boolean => tokens[k]?.clause === clause;
  let watched = false;
  for (let k = mention.start - 1; k >= 0 && inClause(k) && !watched; k--)
    watched = WATCHING.has(tokens[k]?.text ?? '') || STUDYING.has(tokens[k]?.text ?? '') || tokens[k]?.text === 'study';
  if (!watched) return false;
  for (let k = mention.end; k < tokens.length && inClause(k); k++) if (SCREENS.has(tokens[k]?.text ?? '')) return true;
  return false;
}
const SCREENS: ReadonlySet<string> = new Set([
  ...MEDIA,
  ...['instagram', 'insta', 'ig', 'tiktok', 'yt', 'online', 'flo', 'flograppling', 'bjjfanatics', 'fanatics'],
  ...['twitch', 'netflix', 'tv', 'stream', 'streams', 'phone', 'screen', 'internet', 'reddit'],
]);

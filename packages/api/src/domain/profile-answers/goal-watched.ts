// training_goals: "watched the ADCC final last night", "been watching the worlds on flo": a competition
// watched is the user as a spectator, no goal of theirs ("after watching ADCC I want to compete" still
// names one in "compete"). Only competitions: "watching my weight" is a fitness goal.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The competition at `mention` is what the user watched: a watching verb before it, past a few fillers. */
export function watchedCompetition(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  if (mention.value !== 'competition') return false;
  let k = mention.start - 1;
  while (mention.start - k <= WATCH_REACH && FILLERS.has(tokens[k]?.text ?? '')) k--;
  return WATCHING.has(tokens[k]?.text ?? '');
}
const WATCH_REACH = 4;
export const WATCHING: ReadonlySet<string> = new Set([
  ...['watched', 'watching', 'watch', 'saw', 'seen', 'streamed', 'streaming', 'rewatched', 'rewatching'],
  // Portuguese and Spanish: "assisti o mundial", "viendo el ADCC"
  ...['assisti', 'assistindo', 'assistir', 'viendo', 'mire', 'mirando'],
]);
const FILLERS: ReadonlySet<string> = new Set([
  ...['the', 'a', 'an', 'some', 'this', 'that', 'last', 'year', 'years', 's', 'all', 'of', 'live'],
  ...['highlights', 'footage', 'replays', 'replay', 'matches', 'o', 'el', 'la', 'los'],
]);

// training_frequency: a resting word that says a part trains nothing ("weekends off", "sunday is rest"),
// not the "off" of "school drop off" nor the "rest" of "the rest of the weekdays".

import type { Token } from './text';

/** The word at `i` is one of `resting` and says its part trains nothing. */
export function restsAt(tokens: readonly Token[], i: number, resting: ReadonlySet<string>): boolean {
  const [word, before, after] = [tokens[i]?.text ?? '', tokens[i - 1]?.text ?? '', tokens[i + 1]?.text ?? ''];
  return resting.has(word) && !(word === 'off' && DROPPING_OFF.has(before)) && !(word === 'rest' && after === 'of');
}
const DROPPING_OFF: ReadonlySet<string> = new Set(['drop', 'drops', 'dropping', 'kick', 'kicks']);

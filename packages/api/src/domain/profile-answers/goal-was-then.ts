// training_goals: a goal the answer says it was ("was just a hobby", "was doing it for fun", "used to be
// a hobby", "originally it was self defense") is where the user has been. When a later clause names
// another goal, that one is the goal now; when it says the user no longer knows ("…but honestly I
// don't know what it is anymore"), there is no goal now.

import { compileLexicon, findMentions, type Mention, type PhraseTable } from './lexicon';
import type { Token } from './text';

/** "was just a hobby but after my first comp I'm hooked on competing": the earlier goal is past. */
export function wasThenLater(tokens: readonly Token[], mentions: readonly Mention<unknown>[], i: number): boolean {
  const mention = mentions[i];
  if (!mention || !saidAsWas(tokens, mention.start)) return false;
  const clause = tokens[mention.start]?.clause ?? 0;
  return mentions.some((m, j) => j > i && m.value !== mention.value && (tokens[m.start]?.clause ?? 0) > clause);
}

/**
 * "originally it was self defense after I got mugged, but I don't know what it is anymore": the goal
 * it was, and what its clause says of it, is past, and the user says there is none now.
 */
export function wasThenUnsure(tokens: readonly Token[], mentions: readonly Mention<unknown>[], i: number): boolean {
  const clause = tokens[mentions[i]?.start ?? -1]?.clause ?? 0;
  const was = mentions.some((m, j) => j <= i && tokens[m.start]?.clause === clause && saidAsWas(tokens, m.start));
  return (
    was &&
    findMentions(unsure, tokens).some((m) => {
      const said = tokens[m.start]?.clause ?? 0;
      return said > clause && tokens.some((t) => t.clause === said && NOW_WORDS.has(t.text));
    })
  );
}

/** The goal at `start` follows "was", "originally" or "used to (be, do)", past a few filler words. */
function saidAsWas(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (start - k <= WAS_REACH && WAS_FILLERS.has(tokens[k]?.text ?? '')) k--;
  const word = tokens[k]?.text ?? '';
  if (WAS.has(word)) return true;
  // "used to be a hobby", "used to do it for fun": the verb after "used to" is one filler more
  const verb = USED_TO_VERBS.has(word) ? k - 1 : k;
  return tokens[verb]?.text === 'to' && tokens[verb - 1]?.text === 'used';
}
const WAS_REACH = 5;
// "originally self defense": said of where it began, as "was" is
const WAS: ReadonlySet<string> = new Set(['was', 'were', 'originally', 'initially']);
const USED_TO_VERBS: ReadonlySet<string> = new Set(['be', 'do', 'train', 'roll']);
const WAS_FILLERS: ReadonlySet<string> = new Set([
  ...['just', 'only', 'a', 'an', 'my', 'all', 'about', 'for', 'mostly'],
  // "was purely recreational until last year"
  ...['purely', 'solely', 'totally', 'strictly'],
  // "was doing it for fun", "was only training for fitness", "was in it for the fun"
  ...['doing', 'it', 'this', 'in', 'training', 'rolling'],
]);

// the user does not know what the goal is, said of now: "don't know … anymore", "now I'm not sure"
const UNSURE: PhraseTable<true> = [
  ["don't|dont know", true],
  ['do not know', true],
  ['idk', true],
  ['not sure|certain', true],
  ['no idea|clue', true],
];
const unsure = compileLexicon(UNSURE);
const NOW_WORDS: ReadonlySet<string> = new Set(['anymore', 'now', 'nowadays', 'lately']);

// main_position: mentions of one side that run on with no word between, or only "and" / "or" / "on", are one
// thing named: "from top pressure games" is one game, "mount and side control" one kind of spot, so "I stay away from top pressure games" avoids all of it, not only
// "top" ("pressure" read alone would vote for top). Only the negation reads them joined: each keeps
// its own marks ("so I pull guard": the consequence marks "guard" after "I pull").

import type { Mention } from './lexicon';
import type { Token } from './text';

// "i avoid mount and side control": a list of one side is avoided whole; "hate getting flattened out on
// bottom": a spot and the side it is on are one
const JOINERS: ReadonlySet<string> = new Set(['and', '&', 'or', '/', 'n', 'nor', 'on']);

/** `mentions` (in order) with each run of touching or listed mentions of the same value joined into one. */
function joinRuns<V>(tokens: readonly Token[], mentions: readonly Mention<V>[]): Mention<V>[] {
  const joined: Mention<V>[] = [];
  for (const mention of mentions) {
    const last = joined[joined.length - 1];
    const listed =
      last !== undefined &&
      mention.start === last.end + 1 &&
      JOINERS.has(tokens[last.end]?.text ?? '') &&
      tokens[last.end - 1]?.clause === tokens[mention.start]?.clause;
    if (last && last.value === mention.value && (last.end === mention.start || listed))
      joined[joined.length - 1] = { ...last, end: mention.end };
    else joined.push(mention);
  }
  return joined;
}

/** Which of `mentions` are negated, when `negate` reads the runs of them (indices into its argument). */
export function negatedRuns<V>(
  tokens: readonly Token[],
  mentions: readonly Mention<V>[],
  negate: (runs: readonly Mention<V>[]) => Iterable<number>,
): Set<number> {
  const runs = joinRuns(tokens, mentions);
  const negated = new Set(negate(runs));
  const runOf = (m: Mention<V>): number => runs.findIndex((run) => run.start <= m.start && m.end <= run.end);
  return new Set(mentions.flatMap((m, i) => (negated.has(runOf(m)) ? [i] : [])));
}

// training_goals: a goal named, then disowned as the reason: "My doctor told me exercise would help,
// but that's not really why I'm here", "weight loss is nice but that isn't the point", "fitness, pero no
// es por eso". What the clauses before the disclaimer name is not the goal; a goal said after it is
// ("…, that's not why I'm here, I want to compete"). "Not the main reason" still leaves it a reason.

import { compileLexicon, findMentions, type PhraseTable } from './lexicon';
import type { Token } from './text';

/** The last clause that disowns what was said before it as the reason for training, or -1. */
export function disownedBefore(tokens: readonly Token[]): number {
  let last = -1;
  tokens.forEach((t, k) => {
    if (disowns(tokens, k)) last = Math.max(last, t.clause);
  });
  for (const m of findMentions(iberian, tokens)) last = Math.max(last, tokens[m.start]?.clause ?? -1);
  return last;
}

/** "that's not (really) why", "it isn't the reason", "thats not the point": a denial at `k`. */
function disowns(tokens: readonly Token[], k: number): boolean {
  const clause = tokens[k]?.clause;
  if (!DENIED.has(tokens[k]?.text ?? '')) return false;
  const j = COPULA.has(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
  if (!POINTING.has(tokens[j]?.text ?? '') || tokens[j]?.clause !== clause) return false;
  let n = k + 1;
  while (n - k <= SOFTENER_REACH && SOFTENERS.has(tokens[n]?.text ?? '')) n++;
  return REASONS.has(tokens[n]?.text ?? '') && tokens[n]?.clause === clause;
}
const DENIED: ReadonlySet<string> = new Set(['not', 'isnt', "isn't", 'wasnt', "wasn't", 'aint', "ain't"]);
const COPULA: ReadonlySet<string> = new Set(['s', 'is', 'was']);
const POINTING: ReadonlySet<string> = new Set(['that', 'thats', 'it', 'its', 'this', 'which']);
// "not the main reason" keeps it a reason: no "main", "only" here
const SOFTENERS: ReadonlySet<string> = new Set(['really', 'actually', 'exactly', 'quite', 'the', 'my']);
const SOFTENER_REACH = 3;
const REASONS: ReadonlySet<string> = new Set(['why', 'reason', 'point', 'goal', 'motivation', 'purpose']);

// Spanish and Portuguese: "pero no es por eso", "mas não é por isso", "no es la razón"
const IBERIAN: PhraseTable<true> = [
  ['no|nao es|e por|pra|pelo eso|isso', true],
  ['no|nao es|e la|a razon|razao|motivo', true],
];
const iberian = compileLexicon(IBERIAN);

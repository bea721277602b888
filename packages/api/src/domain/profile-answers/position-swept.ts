// main_position: being swept is being put off the top, so it says the top is lost: "On top I just get
// rolled", "i get swept off top constantly so guard". A top named in the clause where the user gets
// swept (rolled, reversed) is a top they avoid, as "I avoid top, I always get swept" says outright;
// "i never get swept on top" keeps it, whatever the "never" would deny. And a fear of getting swept said after the top it is swept
// from is that top's fear, no side of its own: "being on top makes me nervous, I'm scared of getting
// swept" ("i dread getting swept because then im stuck on my back" dreads the bottom: top).

import type { Mention } from './lexicon';
import type { PositionSignal } from './position-words';
import type { Token } from './text';
import { GET_FORMS } from '../get-forms';

const GET: ReadonlySet<string> = new Set([...GET_FORMS, 'gettin']);
const SWEPT: ReadonlySet<string> = new Set(['swept', 'rolled', 'reversed', 'flipped']);
const DENIED: ReadonlySet<string> = new Set([
  'never',
  'rarely',
  'seldom',
  'hardly',
  'dont',
  "don't",
  'not',
  'cant',
  "can't",
]);

const sweptAt = (tokens: readonly Token[], k: number): boolean =>
  SWEPT.has(tokens[k]?.text ?? '') && GET.has(tokens[k - 1]?.text ?? '');
const denied = (tokens: readonly Token[], k: number): boolean =>
  DENIED.has(tokens[k - 2]?.text ?? '') || DENIED.has(tokens[k - 3]?.text ?? '');

/**
 * The top mentions in a clause where the user gets swept (`lost`), and those in a clause where they
 * never do (`kept`): "i never get swept on top" denies the sweeping, not the top.
 */
export function sweptOffTop(
  tokens: readonly Token[],
  mentions: readonly Mention<PositionSignal>[],
): { lost: Set<number>; kept: Set<number> } {
  const swept = tokens.flatMap((_, k) => (sweptAt(tokens, k) ? [k] : []));
  const [lost, kept] = [new Set<number>(), new Set<number>()];
  mentions.forEach((m, i) => {
    if (m.value !== 'top') return;
    // near it in its clause, with no consequence between: "i get swept a lot so ive been working on
    // top pressure" works on the top
    const k = swept.find(
      (at) =>
        tokens[at]?.clause === tokens[m.start]?.clause &&
        Math.abs(at - m.start) <= SWEPT_REACH &&
        !tokens.slice(Math.min(at, m.start), Math.max(at, m.start)).some((t) => CONSEQUENCES.has(t.text)),
    );
    if (k === undefined) return;
    (denied(tokens, k) ? kept : lost).add(i);
  });
  return { lost, kept };
}
const SWEPT_REACH = 6;
const CONSEQUENCES: ReadonlySet<string> = new Set(['so', 'therefore', 'thats', 'why', 'hence']);

/** Indexes of the mentions of being swept said after a top mention: that top's loss, no side. */
export function sweptFromSaidTop(tokens: readonly Token[], mentions: readonly Mention<PositionSignal>[]): Set<number> {
  const firstTop = mentions.findIndex((m) => m.value === 'top');
  const said = new Set<number>();
  if (firstTop < 0) return said;
  mentions.forEach((m, i) => {
    if (i > firstTop && m.value === 'guard' && tokens[m.end - 1]?.text === 'swept') said.add(i);
  });
  return said;
}

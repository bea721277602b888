// belt_level: a word that is "I" in one tongue and someone else in another (Kriolu and Bengali "ami",
// French "ami", friend) is the user when bare: "Ami é sintu roxu, dja N tene dos grau" (I'm a purple
// belt, two stripes already) is the user's belt; "mon ami est ceinture violette" a friend's, as
// others.ts reads it for the other fields.

import type { Token } from './text';
import { WORLD_I, WORLD_OTHERS, WORLD_POSSESSIVES } from './world-words';

const I_OR_SOMEONE: ReadonlySet<string> = new Set([...WORLD_I].filter((w) => WORLD_OTHERS.includes(w)));
const OWNING: ReadonlySet<string> = new Set([
  ...['my', 'our', 'his', 'her', 'their', 'a', 'an', 'the'],
  ...['un', 'une', 'l', 'le', 'la', 'des', ...WORLD_POSSESSIVES],
]);

/** The token at `k` is such a word, said bare: the user as the subject. */
export const bareI = (tokens: readonly Token[], k: number): boolean =>
  I_OR_SOMEONE.has(tokens[k]?.text ?? '') && !OWNING.has(tokens[k - 1]?.text ?? '');

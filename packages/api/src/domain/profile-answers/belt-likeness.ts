// belt_level: a belt someone is likened to is no rank held: "coach said im rolling like a purple but
// im only blue", "he plays like a black belt", "rola como uma faixa preta", "pelea como un cinturón
// negro". Only after a verb of playing or seeming: a bare "im like a blue belt" hedges a rank held.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The belt at `mention` follows "like (a)" or "como (um/uma/un/una)" after a verb of playing or seeming. */
export function likenedTo(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  let k = mention.start - 1;
  if (ARTICLES.has(tokens[k]?.text ?? '')) k--;
  if (!LIKE.has(tokens[k]?.text ?? '')) return false;
  return PLAYING.has(tokens[k - 1]?.text ?? '');
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'um', 'uma', 'un', 'una', 'o', 'el', 'la']);
const LIKE: ReadonlySet<string> = new Set(['like', 'como']);
const PLAYING: ReadonlySet<string> = new Set([
  ...['roll', 'rolls', 'rolling', 'rolled', 'play', 'plays', 'playing', 'fight', 'fights', 'fighting', 'move'],
  ...['moves', 'moving', 'look', 'looks', 'looking', 'act', 'acts', 'acting', 'spar', 'spars', 'sparring'],
  ...['treat', 'treats', 'treated', 'grapple', 'grapples', 'grappling', 'train', 'trains', 'training'],
  // Portuguese and Spanish: "rola como", "luto como", "juega como", "pelea como", "parece"
  ...['rola', 'rolo', 'rolando', 'luta', 'luto', 'lutando', 'joga', 'jogo', 'jogando', 'parece', 'pareco'],
  ...['juega', 'juego', 'jugando', 'pelea', 'peleo', 'peleando', 'lucha', 'lucho', 'luchando', 'entreno'],
]);

// belt_level: which martial art a colour belongs to ("black belt in judo", "bjj purple"), so belts of
// other arts are set aside, and when an answer places its belts by art ("brown in judo, white in bjj")
// a colour it places nowhere is no sure BJJ belt.

import type { Mention } from './lexicon';
import type { Token } from './text';
import type { Art, BeltSignal } from './belt-words';
import { BELT_LEVELS } from './types';

/** A message naming another art and not BJJ: "no belts" there is that art's. */
export const aboutAnotherArt = (tokens: readonly Token[], arts: readonly Mention<Art>[]): boolean =>
  arts.some((a) => a.value === 'other') && !arts.some((a) => a.value === 'bjj');

/**
 * The martial art a colour belongs to: one named right after it ("black belt in judo", "black belt...
 * in karate") or right before it ("judo black belt", "bjj purple"); null (BJJ, the app's art) when
 * none is attached to it, however near another art is ("black belt in hapkido and a blue belt here").
 */
export function artOf(
  tokens: readonly Token[],
  arts: readonly Mention<Art>[],
  mention: Mention<BeltSignal>,
): Art | null {
  let k = mention.end;
  while (['belt', 'belts', '.', '…', 'lol'].includes(tokens[k]?.text ?? '')) k++;
  // "got to brown there" (in the other art just named), "a blue belt here"
  if (tokens[k]?.text === 'here') return 'bjj';
  if (tokens[k]?.text === 'there' && arts.some((a) => a.value === 'other')) return 'other';
  // "noire en judo", "nera di judo", "czarny pas w judo", "schwarz im Judo"
  if (['in', 'at', 'for', 'from', 'en', 'di', 'w', 'im'].includes(tokens[k]?.text ?? '')) {
    const after = arts.find((a) => a.start === k + 1);
    if (after) return after.value;
  }
  const toldOf = artBeltIs(tokens, mention.start);
  const before = arts.find(
    (a) =>
      a.end === mention.start || (a.end === mention.start - 1 && tokens[a.end]?.text === 'belt') || a.end === toldOf,
  );
  return before?.value ?? nearestArt(tokens, arts, mention);
}

/**
 * "my judo belt is black", "bjj belt's white": where an art's "belt is" told before the colour
 * ends (the art's own end), else -1.
 */
function artBeltIs(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  if (!IS.has(tokens[k]?.text ?? '')) return -1;
  k--;
  return BELT_WORDS.has(tokens[k]?.text ?? '') ? k : -1;
}
const IS: ReadonlySet<string> = new Set(['is', 'was', 's', '=', ':']);
const BELT_WORDS: ReadonlySet<string> = new Set(['belt', 'belts', 'rank', 'grade']);

/**
 * Otherwise the art named nearest in the colour's clause ("did judo for years, brown"), or just
 * before it when no other art is named ("got promoted in judo, brown now").
 */
function nearestArt(tokens: readonly Token[], arts: readonly Mention<Art>[], mention: Mention<BeltSignal>): Art | null {
  const clause = tokens[mention.start]?.clause ?? 0;
  const onlyOther = arts.length > 0 && arts.every((a) => a.value === 'other');
  let best: Art | null = null;
  let bestDistance = 6;
  for (const art of arts) {
    const artClause = tokens[art.start]?.clause;
    if (artClause !== clause && !(onlyOther && artClause === clause - 1)) continue;
    const distance = art.start >= mention.end ? art.start - mention.end : mention.start - art.end;
    if (distance >= 0 && distance < bestDistance) {
      best = art.value;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * "ahh brown. well brown belt in judo, white in bjj", "black, but that's taekwondo. white in jiu
 * jitsu": a colour is told as BJJ's beside another art, so the colours tied to no art are set aside.
 */
export function beltsPlacedByArt(
  tokens: readonly Token[],
  arts: readonly Mention<Art>[],
  mentions: readonly Mention<BeltSignal>[],
): boolean {
  const colours = mentions.filter((m) => (BELT_LEVELS as readonly string[]).includes(m.value));
  return arts.some((a) => a.value === 'other') && colours.some((m) => artOf(tokens, arts, m) === 'bjj');
}

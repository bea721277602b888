// "i hate the berimbolo honestly. something else to attack from de la riva?": a technique the user
// says they dislike, then asks for something else, is what the "else" leaves out.
import { family } from './unit-words';
import { endsSentence, isTopic, rawOf, type TopicUnit, type Unit } from './match';

const DISLIKING: ReadonlySet<string> = new Set(['hate', 'hates', 'hated', 'loathe', 'despise', 'detest']);
const ELSE: ReadonlySet<string> = new Set(['else', 'other', 'another', 'alternative', 'alternatives', 'instead']);
// the dislike reaches over an article or a possessive to the name: "i hate the berimbolo"
const BEFORE_NAME: ReadonlySet<string> = new Set(['the', 'a', 'an', 'that', 'doing', 'playing', 'hitting']);

/** The technique units disliked in a sentence before a later one that asks for something else. */
export function dislikedThenElse(units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  const elseAt = units.findLastIndex((u) => ELSE.has(rawOf(u) ?? ''));
  if (elseAt < 0) return out;
  units.forEach((u, i) => {
    if (i >= elseAt || !isTopic(u) || family(u as TopicUnit) !== 'technique') return;
    let j = i - 1;
    while (BEFORE_NAME.has(rawOf(units[j]) ?? '')) j--;
    if (!DISLIKING.has(rawOf(units[j]) ?? '')) return;
    // the ask for something else comes after the sentence of the dislike ends
    const ends = units.slice(i + 1, elseAt).some((v) => endsSentence(v) || rawOf(v) === ',' || rawOf(v) === 'so');
    if (ends) out.add(i);
  });
  return out;
}

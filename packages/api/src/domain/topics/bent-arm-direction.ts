// "ude garami" (judo's bent-arm lock) is the kimura or the americana by the way the arm is bent. When
// the message says which — the hand up by the head, from on top; behind the back, from underneath —
// only that one is asked.
import type { TopicId } from '../../data/canonical-topics';
import { EITHER_WAY_ARM_LOCKS } from '../../data/topic-aliases';
import { plainLetters } from './tokenize';

// the name that is either lock, not the reverse one (gyaku) and not said beside either lock's own name
const EITHER_WAY = new RegExp(String.raw`\b(?<!gyaku\s|reverse\s)(?:${EITHER_WAY_ARM_LOCKS.join('|')})\b`);
const NAMED = /\b(?:kimura|kimm?y|kimu|americana|keylock|key lock|paintbrush|gyaku ude garami|reverse ude garami)\b/;

const HAND = String.raw`(?:hand|palm|wrist|arm|elbow|forearm|mao|brazo|mano)`;
const THE = String.raw`(?:the|their|his|her|my|a|da|de|la|su)`;
// the arm bent upward: the hand by the head or up like a paintbrush
const BENT_UP = new RegExp(
  [
    String.raw`\b${HAND}\b[^.?!]{0,40}?\b(?:up|upward|upwards|pra cima|para arriba|arriba)\b(?!\s+behind)`,
    String.raw`\b(?:by|next to|near|beside|toward|towards|over)\s+${THE}\s+(?:head|ear|face)\b`,
    String.raw`\bpalm up\b`,
    String.raw`\bpincel\b`,
    String.raw`\b(?:from|on) (?:the )?top\b`,
    String.raw`\bde cima\b`,
  ].join('|'),
);
// the arm bent behind the back, or the lock from underneath
const BENT_DOWN = new RegExp(
  [
    String.raw`(?<!\bnot\s(?:the\s)?(?:one\s)?)\bbehind\s+${THE}\s+back\b`,
    // ("the bottom of ude garami" is the end it is done to)
    String.raw`\bbottom\b(?!\s+of\b)`,
    String.raw`\b(?:de baixo|por baixo|de abajo|desde abajo)\b`,
    // from a guard, the lock is the kimura: "ude garami desde guardia cerrada"
    String.raw`\b(?:from|in|desde|da|de|na)\s+(?:the\s+|la\s+|a\s+)?(?:closed\s+guard|half\s+guard|guard|guardia(?:\s+cerrada)?|guarda(?:\s+fechada)?|media\s+guardia|meia\s+guarda|meia)\b`,
  ].join('|'),
);

export function withBentArmDirection(query: string, found: Set<TopicId>): void {
  if (!found.has('kimura') || !found.has('americana')) return;
  const text = plainLetters(query);
  if (!EITHER_WAY.test(text) || NAMED.test(text)) return;
  // only the words tell it: from a pin alone, coaches hand over kimura courses for it as well
  const up = BENT_UP.test(text);
  if (up === BENT_DOWN.test(text)) return;
  const dropped: TopicId = up ? 'kimura' : 'americana';
  found.delete(dropped);
  found.delete(`${dropped}_defense` as TopicId);
}

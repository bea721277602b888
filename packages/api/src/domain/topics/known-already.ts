// What the user already knows, told before what they want next (topics/background.ts): "i only know the
// mata leão, wanna learn the ezequiel next", "got the tripod sweep down, now i want the toreando",
// "already got a decent tri, whats next", "been doing armbars for months, ready for the bow and arrow".

import { type Span, spansOf } from './told-spans';

// the known part ends where the message moves on to what is next
const KNOWN_END = String.raw`(?=[.,;!?]|\s+(?:and|but|so|now|wanna|want|i\s+want|is|whats?|what'?s|think|ready)\b|$)`;
const KNOWN: readonly RegExp[] = [
  // "i only know the mata leão", "already got a decent tri", "i already have the cross collar"
  new RegExp(
    String.raw`\b(?:only|already)\s+(?:know|knew|got|have|learned|learnt|do)\s+([^.,;!?]+?)${KNOWN_END}`,
    'dg',
  ),
  // "i know some stuff from closed gaurd", "i know the basics of half guard"
  new RegExp(
    String.raw`\bi\s+(?:already\s+|only\s+)?know\s+(?:some|a\s+bit|a\s+little|the\s+basics)\s+(?:stuff\s+|things\s+)?(?:from|of|in|about)\s+([^.,;!?]+?)${KNOWN_END}`,
    'dg',
  ),
  // "got the tripod sweep down", "have the kimura down"
  /\b(?:got|have)\s+((?:the|a|my)\s+[^.,;!?]+?)\s+down\b/dg,
  // "been doing armbars for months"
  /\bbeen\s+(?:doing|drilling|hitting|working)\s+([^.,;!?]+?)\s+for\s+(?:months|years|ages|a\s+while|a\s+year)\b/dg,
];
// ("… what's next": a question of what follows, so the known is not what is asked)
const NEXT = /\b(?:next|now\s+i\s+(?:want|wanna)|ready\s+(?:to|for)|after\s+that)\b/;

/** The spans of `plain` (plain lower-case letters) that tell what the user knows, when they ask what is next. */
export function knownSpans(plain: string): Span[] {
  if (!NEXT.test(plain)) return [];
  return KNOWN.flatMap((known) => spansOf(plain.matchAll(known)));
}

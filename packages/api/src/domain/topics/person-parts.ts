// One message asking for several people: "my son needs armbar escapes, my wife wants the triangle
// from closed guard, and i want kimura from side control", "for the kiddo: sankaku jime. for me:
// kami shiho gatame escapes". Each person's part is read on its own, with its own side: "people keep
// triangling my son" asks the defence, "my wife keeps getting her triangle shut down" the finish.
import { ADDRESSED, RELAY_KIN_EITHER, RELAY_KIN_FEMALE, RELAY_KIN_MALE } from '../../data/relayed-people';
import { plainLetters } from './tokenize';

// (not the words that also address the reader, "bro", "mate", but a buddy or a friend asked for)
const ASKED_FOR: ReadonlySet<string> = new Set(['buddy', 'friend']);
const KIN = [...RELAY_KIN_MALE, ...RELAY_KIN_FEMALE, ...RELAY_KIN_EITHER, 'partner', 'oldest', 'youngest']
  .filter((w) => !ADDRESSED.includes(w) || ASKED_FOR.has(w))
  .join('|');
// where a part may start: the message's start, a clause mark, or a joining word
const OPENING = String.raw`(?:^|[,.;!?:]\s*|\s(?:and|n|also|plus|oh\s+and)\s+)`;
// someone else: "my wife wants", "for my son", "my 2 kids both", "the kids need", "kid wants", "for the kiddo:"
const SOMEONE = new RegExp(
  String.raw`${OPENING}(?:and\s+)?(?:for\s+)?(?:(?:my|our|the)\s+(?:(?!(?:my|our|the)\b)[\w']+\s+){0,2}?)?(?:${KIN})(?:'s)?\b(?=\s*[:,]|\s+(?:wants?|needs?|keeps?|gets?|asked|is|has|both|the|a|an)\b)`,
  'gi',
);
const KIN_EQUALS = new RegExp(String.raw`\b(${KIN})\s*=\s*`, 'gi');
// the user: "and i want …", "for me: …", "me i want …", "oh and me? i want …"
const THE_USER = new RegExp(
  String.raw`${OPENING}(?:and\s+)?(?:for\s+me\s*:|me\s*[:?]|me\s+i\b|i(?:'?d\s+like|\s+(?:want|wanna|need|would\s+like|keep|can'?t))\b)`,
  'gi',
);

/** The message split where each person's part starts, when it asks for someone else and one more; else null. */
export function personParts(said: string): string[] | null {
  // ("wife=reverse dlr": said as "wife: reverse dlr"; "irmão" found as "irmao", "can’t" as "can't")
  const said2 = said.replace(KIN_EQUALS, '$1: ');
  const plain = plainLetters(said2).replace(/’/g, "'");
  // (where folding a letter changes the length, the message as said)
  const message = plain.length === said2.length ? plain : said2;
  const starts = new Set<number>();
  let others = 0;
  for (const m of message.matchAll(SOMEONE)) {
    starts.add(partStart(m));
    others++;
  }
  if (!others) return null;
  for (const m of message.matchAll(THE_USER)) starts.add(partStart(m));
  const cuts = [...starts].filter((i) => i > 0).sort((a, b) => a - b);
  if (!cuts.length) return null;
  return [0, ...cuts].map((start, k) => message.slice(start, cuts[k] ?? message.length));
}

/** Where a matched part starts: past its clause mark, at its joining word. */
const partStart = (m: RegExpMatchArray): number => (m.index ?? 0) + (/^[,.;!?:]\s*/.exec(m[0])?.[0].length ?? 0);

// What hurt the user, told as the story's background (topics/background.ts): "my knee got wrecked from a
// heel hook last year so im finally back and want to work on butterfly sweeps", "shoulder still banged up
// after some dude cranked a kimura on me", "butterfly guard hurts, deep half instead".
import { BODY_PARTS } from '../../data/body-and-pain';
import { type Span, spansOf } from './told-spans';

const BODY = `(?:${[...BODY_PARTS, 'meniscus', 'labrum', 'rotator cuff'].join('|')})`;
const HURT =
  '(?:wrecked|hurt|injured|tweaked|popped|banged up|messed up|jacked up|busted|torn|sprained|strained|sore|cooked|fried|blown out|toast|shot|trashed|ruined|destroyed)';
// "my knee got wrecked from …", "shoulder still banged up after …", "ribs are sore from …"
const HURT_BY = new RegExp(
  `\\b${BODY}\\s+(?:(?:is|was|got|still|been|are|were|feels?|has\\s+been|have\\s+been|kinda|pretty|so|all)\\s+){0,3}${HURT}\\s+(?:from|by|after)\\s+([^.,;!?]+)`,
  'dg',
);
// "a heel hook wrecked my knee", "that kimura popped my elbow"
const HURT_MY = new RegExp(
  `\\b(?:a|an|the|that|this|his|her|some|their)\\s+([^.,;!?]{1,40}?)\\s+(?:wrecked|hurt|injured|popped|tore|tweaked|messed up|busted|blew out|jacked up)\\s+my\\s+${BODY}\\b`,
  'dg',
);
// "bad knee so butterfly guard hurts, show me deep half instead": a move that hurts to play, opening its clause
const HURTS_TO_PLAY =
  /(?:^|[.,;!?]\s*|\bso\s+)((?:[a-z']+\s+){0,3}?[a-z']+)\s+(?:hurts|(?:is\s+)?(?:kills|killing|wrecks|wrecking|wreckin|destroying|messing\s+up)\s+my)\b/dg;
// French, Portuguese, Spanish and Italian: "je me suis blessé l'épaule sur un kimura", "me machuquei
// numa chave de pé", "me lesioné la rodilla con un heel hook", "il gomito dolorante per una leva"
const HURT_IN_ROMANCE =
  /\b(?:blessee?|machuquei|machucou|machucado|lesione|lesiono|lastime|dolorante)\b(?:\s+\S+){0,3}?\s+(?:sur|avec|par|pendant|com|numa?|con|en|per)\s+([^.,;!?]+)/dg;
// the story of the cause ends where the message moves on: "… last year so im finally back and want …"
const CAUSE_END = /\s+(?:so|and|but|now|then|which|because|bc|cos|cuz)\s+/;

/** The spans of `plain` (plain lower-case letters) that tell what hurt the user. */
export const causeSpans = (plain: string): Span[] =>
  [HURT_BY, HURT_MY, HURTS_TO_PLAY, HURT_IN_ROMANCE].flatMap((hurt) => spansOf(plain.matchAll(hurt), CAUSE_END));

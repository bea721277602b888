// Words that change what a nearby mention means, shared by every field. Data only.

import type { PhraseTable } from './lexicon';

/**
 * `pre` negates the next mention ("not a white belt"); `both` may also follow it ("Guard isn't my
 * thing"); `idiom` looks negative but negates nothing ("not sure", "no idea") and is matched first.
 */
export type NegationCue = 'pre' | 'both' | 'idiom';

export const NEGATION_CUES: PhraseTable<NegationCue> = [
  ['not|no|never|neither|nor|nah|nope|without', 'pre'],
  ["don't|dont|didn't|didnt|won't|wont|can't|cant|cannot", 'pre'],
  ['do|did not', 'pre'],
  // Copular negations can also follow what they negate: "Guard isn't my thing", "comps aren't for me".
  ["doesn't|doesnt|isn't|isnt|aren't|arent|ain't|aint|wasn't|wasnt|weren't", 'both'],
  ['is|are|s|re|was|does not|never', 'both'],
  ['hate|hates|dislike|dislikes|avoid|avoids|despise|loathe', 'pre'],
  ['not into|for', 'pre'],
  ['not interested|keen in|on', 'pre'],
  ['no|zero|little interest in', 'pre'],
  ['not a fan of', 'pre'],
  ['not big on', 'pre'],
  ['no longer', 'pre'],
  ['too old|slow|weak for|to', 'pre'],
  ["don't|dont care about|for", 'pre'],
  ['do not care about|for', 'pre'],
  ['instead of', 'pre'],
  // Being bad at something is not preferring it: "bottom, I suck at takedowns".
  ['suck|bad|terrible|awful|horrible|weak|worse|worst|trash|garbage at', 'pre'],
  ['struggle|struggling|struggles with', 'pre'],
  ['rather than', 'pre'],
  ['not sure|certain', 'idiom'],
  ['no idea', 'idiom'],
  ['not just|only', 'idiom'],
  ['no doubt|matter|problem|joke|lie|cap', 'idiom'],
  ["don't|dont|didn't|didnt know|mind", 'idiom'],
  ['do not know|mind', 'idiom'],
  ['not bad', 'idiom'],
  ['never mind', 'idiom'],
  ["can't|cant wait", 'idiom'],
  ['not gonna lie', 'idiom'],
  ['not to mention', 'idiom'],
  ['no more than', 'idiom'],
];

/** Negation reaches the next mention only across these few words; these words end its reach. */
export const NEGATION_WINDOW = 5;
export const NEGATION_STOPS: ReadonlySet<string> = new Set([
  'and',
  'so',
  'because',
  'cause',
  'cuz',
  'coz',
  'since',
  'then',
  'just',
  'only',
  'now',
  'plus',
  '+',
  '&',
  'instead',
  'mostly',
  'mainly',
  'more',
]);

/** Replies that decline the question rather than answer it. Matched against the whole message. */
export const SKIP_REPLIES: ReadonlySet<string> = new Set([
  'skip',
  'pass',
  'next',
  'no',
  'nope',
  'nah',
  'none',
  'idk',
  'dunno',
  'whatever',
  'lol',
  'lmao',
  'ok',
  'okay',
  'k',
  'sure',
  'yes',
  'yeah',
  'yep',
  'maybe',
  'why',
  'what',
  'huh',
  '?',
  'n/a',
  'na',
  'no comment',
  'skip it',
  'no thanks',
  'not telling',
  'rather not say',
  'prefer not to say',
  'all of the above',
  'none of the above',
]);

// The user answers for another art, then sees the question is about BJJ: "I'd say black, oh you mean
// bjj? then white", "brown in judo... ah for jiu jitsu, blue". What follows takes back everything
// before it, as "jk" does (correction.ts); with nothing after it the answer is read whole. Data only.

import type { PhraseTable } from './lexicon';

const BJJ = 'bjj|jiu|jiujitsu|jujitsu|jj|brazilian';

export const ART_SWITCH_MARKERS: PhraseTable<'joke'> = [
  [`you mean|meant ${BJJ}`, 'joke'],
  [`you mean|meant in|for ${BJJ}`, 'joke'],
  [`oh|ah|ahh|ohh|oooh in|for ${BJJ}`, 'joke'],
];

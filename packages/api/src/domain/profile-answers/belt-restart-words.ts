// belt_level: a belt started over at, told after an old one: "used to be blue at my old gym but they
// made me start back at white here", "had a blue belt years back, coach started me again at white",
// "restarted at white after ten years off", "got put back to white". The belt started over at is the
// one held now, whatever the old one was. Data only; belt-words.ts spreads it into its time cues.

import type { PhraseTable } from './lexicon';
import type { BeltTime } from './belt-words';

const START = 'start|started|starting|restart|restarted|restarting';
const AGAIN = 'back|again|over|afresh';
const AT = 'at|on|as|from|with|in';
// who or what put the user there: "coach started me again at", "they put me back at"
const PUT = 'start|started|restarted|put|had|made|got|sent|set|bumped|dropped|moved|knocked';

export const BELT_RESTART: PhraseTable<BeltTime> = [
  [`${START} ${AGAIN} ${AT}`, 'now'],
  [`${START} ${AGAIN} ${AT} a|the`, 'now'],
  [`${START} from scratch at|on|as`, 'now'],
  // "started at white in 2019, blue now" is where a history began; a restart is said as one
  [`restart|restarted|restarting ${AT}`, 'now'],
  [`${PUT} me ${AGAIN} ${AT}|to`, 'now'],
  [`${PUT} me ${AGAIN} ${AT}|to a|the`, 'now'],
  ['reset|restarted|demoted me to|at', 'now'],
  ['reset|demoted to|at', 'now'],
  ['sent|dropped|knocked|put|set|bumped back to|at', 'now'],
];

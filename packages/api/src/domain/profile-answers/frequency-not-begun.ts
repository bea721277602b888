// training_frequency: an answer from someone who does not train BJJ yet ("havent started yet, first
// class is next tuesday", "havent found a bjj place near the new flat", "ainda não comecei") states no
// sessions a week, whatever else it counts (the gym, running, the day of the first class).

import type { Token } from './text';
import { STARTS_SOON } from './not-begun-soon';

export function notBegunYet(tokens: readonly Token[]): boolean {
  const words = ` ${tokens.map((t) => t.text).join(' ')} `;
  return NOT_BEGUN.some((pattern) => pattern.test(words)) && !NOW.test(words);
}

// "haven't even started", "not actually begun yet"
const NOT_YET = String.raw`(?:haven't|havent|have not|hasn't|hasnt|not|yet to|didn't|didnt|never)(?: (?:even|actually|really|officially|properly))?`;
const PLACE = String.raw`(?:a |an |the |any |my )?(?:bjj |jiu jitsu |jiujitsu |new |good )?(?:place|gym|club|academy|school|team|dojo)`;
const NOT_BEGUN: readonly RegExp[] = [
  // "havent started yet", "not started bjj"; not "haven't started competing"
  new RegExp(
    String.raw` ${NOT_YET} (?:started|start|begun|begin)(?: (?:yet|bjj|jiu|jiujitsu|training|classes)\b| [.,!;]|\s*$)`,
  ),
  new RegExp(String.raw` ${NOT_YET} (?:found|joined|signed up (?:at|with|to|for))? ?${PLACE}\b`),
  new RegExp(String.raw` still (?:looking|searching) for ${PLACE}\b`),
  // "first class is next tuesday", "my first session's on monday"
  / first (?:ever )?(?:class|session|lesson|day) (?:is|s|will be) /,
  // Portuguese and Spanish: "ainda não comecei", "todavía no empecé", "mi primera clase es el lunes"
  / (?:ainda nao|ainda não|todavia no|aun no) (?:comecei|comece|empece|empezado|he empezado|comence|encontrei|achei|encontre)\b/,
  / (?:primeira aula|primer dia|primera clase) (?:e|es|sera|vai ser) /,
  // Tagalog and Hinglish: "hindi pa ako nagsisimula", "di pa nag start", "abhi tak shuru nahi kiya"
  / (?:hindi|di) pa (?:ako )?(?:nagsisimula|nagsimula|nag start|nagstart|nakakapag training)\b/,
  / (?:abhi tak |abhi )?(?:shuru|start|join) (?:nahi|nahin|nhi) (?:kiya|ki)\b/,
  // "starting bjj next week", "empiezo el lunes": begins soon, so not yet
  ...STARTS_SOON,
];
// "…, but for now i drill at home twice a week": a habit now all the same
const NOW = / (?:right now|for now|currently|at the moment|atm|meanwhile|in the meantime) /;

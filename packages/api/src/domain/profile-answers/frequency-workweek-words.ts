// training_frequency: every weekday said in other words than "every weekday" (frequency-words.ts):
// not missing one ("I don't miss a weekday", "never skip a weekday"), and Spanish "entre semana" (on
// weekdays): "no falto ningún día entre semana", "todos los días entre semana". Not missing "a day" is
// left out: it sits beside counts of classes ("2 a week and I never miss a day"). Data only.

import type { PhraseTable } from './lexicon';

const NOT = "never|dont|don't|rarely|seldom";
const WEEKDAY = 'weekday|weeknight';

export const WORKWEEK_PHRASES: PhraseTable<number> = [
  [`${NOT} miss|skip|misses|skips a|any|one|single ${WEEKDAY}`, 5],
  [`${NOT} miss|skip|misses|skips a single ${WEEKDAY}`, 5],
  ['no|nunca falto|pierdo ningun|un dia entre semana', 5],
  ['no|nunca falto|pierdo ni un dia entre semana', 5],
  ['todos los|cada dias|dia entre semana', 5],
];

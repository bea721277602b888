// training_frequency: a plan paid for is the habit, not a plan made: "16 classes a month on the
// unlimited plan", "on the 2x a week plan", "plano mensal, uns 12 treinos". A bare "plan" stays a
// hope ("my plan is to go 4x a week", frequency-words.ts). Data only; frequency-words.ts spreads it.

import type { PhraseTable } from './lexicon';
import type { RateTime } from './frequency-words';

const PAID =
  'unlimited|membership|monthly|basic|premium|student|family|gym|payment|annual|yearly|ilimitado|mensal|mensual|anual|libre|livre';

export const PLANS_PAID_FOR: PhraseTable<RateTime> = [
  [`${PAID} plan|plans|membership|package`, 'now'],
  [`plan|plano ${PAID}`, 'now'],
  ['week|wk|weekly plan|membership|package', 'now'],
];

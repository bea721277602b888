// training_goals: ready for a danger that may come: "be ready if something happens to my family", "if
// shit ever hits the fan", "when anything goes down", "por si algo pasa", "se algo acontecer", "kung
// may mangyari", "agar kuch ho jaye". Self-defense. Matched as typed (spelling.ts corrects no slip
// into these words). Data only; goal-words.ts spreads it.

import type { PhraseTable } from './lexicon';
import type { GoalSignal } from './goal-words';

const IF = 'if|when|incase|whenever';
const SOMETHING = 'something|anything|shit|stuff|trouble';
const HAPPENS = 'happens|happened|happen|goes|kicks|pops|starts';
const MINE = 'family|kids|wife|husband|loved|daughter|son|girlfriend|boyfriend|partner|mom|mum|dad|children|baby';

export const DANGER_AHEAD: PhraseTable<GoalSignal> = [
  [`${IF} ${SOMETHING} ${HAPPENS}`, 'self_defense'],
  [`${IF} ${SOMETHING} ever ${HAPPENS}`, 'self_defense'],
  [`${IF} ${SOMETHING} bad ${HAPPENS}`, 'self_defense'],
  [`happens|happened|happen to my|our ${MINE}`, 'self_defense'],
  ['shit hits|hit the fan', 'self_defense'],
  ['shit ever hits|hit the fan', 'self_defense'],
  ['worst case scenario', 'self_defense'],
  // grabbed by a stranger: "if someone grabs me", "a guy tried to grab my sister"
  ['someone|somebody|anyone|guy|man|he|they grabs|grabbed|grab', 'self_defense'],
  ['tried|tries|trying to grab', 'self_defense'],
  // someone turning on the user: "what to do if someone gets physical", "when a patient turns violent"
  ['gets|turns|becomes physical|violent|aggressive|handsy', 'self_defense'],
  ['get|got|getting|turned|became violent|handsy', 'self_defense'],
  ['things|it get|got|turn|turned physical|violent|ugly', 'self_defense'],
  ['be|being ready|prepared for anything|whatever|trouble|the worst|the street|real life', 'self_defense'],
  // Spanish and Portuguese: "por si algo pasa", "si alguien me ataca", "se algo acontecer"
  ['por si algo|alguien pasa|pasara|sucede|me|nos', 'self_defense'],
  ['si algo pasa|pasara|sucede', 'self_defense'],
  ['se|caso algo|alguem acontecer|aconteca|vier|tentar', 'self_defense'],
  ['se|caso acontecer|aconteca algo|alguma', 'self_defense'],
  // Tagalog "kung may mangyari" (if something happens); Hinglish "agar kuch ho jaye"
  ['kung|pag may mangyari|mangyayari|gumawa', 'self_defense'],
  ['agar|kabhi kuch ho jaye|gaya|jata|jaaye', 'self_defense'],
];

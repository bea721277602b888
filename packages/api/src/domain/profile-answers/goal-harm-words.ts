// training_goals: not getting hurt by someone, said with its negation: "so i don't get my ass kicked",
// "to not get pushed around", "so nobody messes with me", "dont want to be a victim", "pra não
// apanhar na rua", "para que nadie me pegue". Whole phrases, so the "not" is the goal (self-defense)
// rather than a negation of it; matched as typed (spelling.ts corrects no slip into these words).
// Data only; goal-words.ts spreads it.

import type { PhraseTable } from './lexicon';
import type { GoalSignal } from './goal-words';

const NOT = "don't|dont|won't|wont|never|not|stop|avoid|without";
const GET = 'get|be|getting|being';
/** Done to the user: "beat up", "pushed around", "my ass kicked" are read whole below. */
const HARMED =
  'bullied|attacked|jumped|mugged|robbed|beat|beaten|picked|stabbed|punched|assaulted|harassed|victimized|victimised|targeted|messed|pushed|bossed';
/** "my ass kicked", "my butt whooped", "my ass handed to me". */
const BEATING = `my ass|arse|butt kicked|whooped|whupped|handed|beat|beaten|wrecked|smacked`;
/** Nobody, as the one who would do it: "so nobody messes with me", "no one can push me around". */
const NOBODY = 'nobody|noone|nobodys';
const DOES = 'mess|messes|push|pushes|pushing|pick|picks|bully|bullies|hurt|hurts|touch|touches|fuck|fucks';
const VICTIM = 'victim|target|punching|pushover|doormat';

export const HARM_AVOIDED: PhraseTable<GoalSignal> = [
  ['not get|be|getting beat|beaten up', 'self_defense'],
  ['get|getting beat|beaten up', 'self_defense'],
  // hurt by someone, not injured training: only with "not" ("stop getting hurt" may be injuries)
  ['not get|be|getting hurt', 'self_defense'],
  // "so i don't get bullied anymore", "so i dont get stabbed": the "don't" is the goal
  [`${NOT} ${GET} ${HARMED}`, 'self_defense'],
  [`${NOT} wanna ${GET} ${HARMED}`, 'self_defense'],
  [`${NOT} want to ${GET} ${HARMED}`, 'self_defense'],
  [`${NOT} ${GET} ${BEATING}`, 'self_defense'],
  [`${NOT} wanna ${GET} ${BEATING}`, 'self_defense'],
  [`${NOT} want to ${GET} ${BEATING}`, 'self_defense'],
  [`${NOBODY} ${DOES}`, 'self_defense'],
  [`${NOBODY} can|will|could|would|gonna ${DOES}`, 'self_defense'],
  [`no one ${DOES}`, 'self_defense'],
  [`no one can|will|could|would|gonna ${DOES}`, 'self_defense'],
  // "dont want to be a victim", "not be an easy target", "not be a punching bag"
  [`${NOT} ${GET} a|an|the ${VICTIM}`, 'self_defense'],
  [`${NOT} ${GET} a|an easy|soft ${VICTIM}`, 'self_defense'],
  [`${NOT} want to ${GET} a|an|the ${VICTIM}`, 'self_defense'],
  [`${NOT} wanna ${GET} a|an|the ${VICTIM}`, 'self_defense'],
  // "in case i get into a fight", "survive a confrontation"
  ['into a|any fight|scrap|brawl|scuffle|altercation|confrontation', 'self_defense'],
  ['altercation|altercations|confrontation|confrontations|brawl|brawls', 'self_defense'],
  // Portuguese: "pra não apanhar", "não levar porrada", "não ser vítima", "ninguém mexer comigo"
  ['nao apanhar|apanho', 'self_defense'],
  ['apanhar na rua', 'self_defense'],
  ['nao levar porrada|surra|pancada|tapa', 'self_defense'],
  ['nao ser vitima|assaltado|assaltada|agredido|agredida', 'self_defense'],
  ['ninguem mexer|mexa|mexe comigo', 'self_defense'],
  // Spanish: "que no me peguen", "que nadie me pegue", "no ser víctima"
  ['no me peguen|pegan|golpeen|partan|rompan|madreen|lastimen', 'self_defense'],
  ['nadie me pegue|toque|moleste|joda|lastime', 'self_defense'],
  ['no ser victima', 'self_defense'],
  ['no dejarme pegar|golpear|pisar', 'self_defense'],
  // Tagalog: "para hindi ako mabugbog", "di ako maaapi"
  ['hindi|di ako mabugbog|maapi|maaapi|mabully|masaktan', 'self_defense'],
  ['hindi|di mabugbog|maapi|maaapi', 'self_defense'],
];

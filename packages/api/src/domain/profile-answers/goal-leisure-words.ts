// Everyday Portuguese and Spanish for unwinding, laughing and for a belly to lose, for training_goals:
// "pra desestressar depois do trampo", "só pra zoar com a galera", "descargar el estrés y reírme un
// rato", "pa bajar la panza". Data only.

import type { PhraseTable } from './lexicon';
import type { GoalSignal } from './goal-words';

export const LEISURE_GOALS: PhraseTable<GoalSignal> = [
  // unwinding: "pra desestressar", "para desconectar", "pa despejarme"
  ['desestressar|desestresar|desestresarme|espairecer|desopilar|desligar|desconectar|desconectarme', 'recreational'],
  ['despejar|despejarme|relajar|distraerme|distrairme', 'recreational'],
  // stress let out, as English "stress": "vengo para descargar el estrés", "aliviar o estresse"; "es mi terapia"
  ['estres|estresse|terapia', 'recreational'],
  // a laugh, as English "laugh": "reírme un rato con las chicas", "dar risada com a galera"
  ['reir|reirme|reirse|reirnos|risas|rir|risada|risadas', 'recreational'],
  // for a laugh: "só pra zoar com a galera", "pa cotorrear con los compas"
  ['zoar|zoeira|resenha|curtir|cotorrear|cotorreo|vacilar|chacotear', 'recreational'],
  // a belly to lose: "pa bajar la panza", "perder a pança", "secar a barriga"
  ['bajar|perder|quitar la|mi panza|pancita|lonja|lonjas|barriga', 'fitness'],
  ['panza|pancita|lonjas|panca|pneuzinho', 'fitness'],
  ['secar|perder a barriga|panca', 'fitness'],
  ['adelgazar|rebajar|emagrecer', 'fitness'],
  ['bajar|perder unos kilos|kilitos', 'fitness'],
];

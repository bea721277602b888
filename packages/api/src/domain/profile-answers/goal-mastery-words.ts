// training_goals: getting good at the art, as far as teaching it: "git gud", "get really good",
// "become a coach", "open my own academy back home one day", "run my own gym", "abrir minha própria
// academia", "ser profesor", "ouvrir mon club". That is skill development. Data only; goal-words.ts
// spreads it.

import type { PhraseTable } from './lexicon';
import type { GoalSignal } from './goal-words';

const REALLY = 'really|very|super|properly|actually|seriously|genuinely|truly|pretty|damn|crazy';
const OPEN = 'open|opening|start|starting|run|running|build|building';
const PLACE = 'gym|academy|school|affiliate|dojo|club|program|team';

export const MASTERY_GOALS: PhraseTable<GoalSignal> = [
  ['get|getting|be good|gud', 'skill_development'],
  ['git gud', 'skill_development'],
  ['good at', 'skill_development'],
  // "I need to get really good", "be properly good at this"
  [`get|getting|be|become ${REALLY} good|gud`, 'skill_development'],
  ['teach|teaching|instructor|coach|coaching', 'skill_development'],
  // "become a teacher", "be a professor one day" ("my teacher says" is a person, not a goal)
  ['be|become|becoming a|an teacher|professor|prof|sensei|instructor|coach', 'skill_development'],
  ['open|opening|start|starting a|my|our gym|academy|school|affiliate|dojo|club', 'skill_development'],
  // "open my own academy back in Kerala", "run my own gym someday", "have my own school"
  [`${OPEN} my|our own ${PLACE}`, 'skill_development'],
  // "have my own gym" may be weights at home: only a place that teaches
  ['have my|our own academy|school|affiliate|dojo|club', 'skill_development'],
  ['own|owning a|an gym|academy|school|affiliate|dojo', 'skill_development'],
  ['my own academy|affiliate|dojo', 'skill_development'],
];

const ABRIR = 'abrir|montar|ter|tener|tenir';
const MY = 'minha|mi|meu|mio|uma|una|um|un|a|la';
const OWN = 'propria|propia|proprio|propio';
const ACADEMIA = 'academia|academias|escuela|escola|gimnasio|equipe|equipo|dojo';
const TEACHER = 'professor|professora|profesor|profesora|profe|instrutor|instructor|mestre|maestro';

/** The same, said in other tongues, matched as typed (spelling.ts corrects no slip into these). */
export const MASTERY_GOALS_ABROAD: PhraseTable<GoalSignal> = [
  // "quiero abrir mi propia academia", "abrir minha própria academia", "montar uma academia"
  [`${ABRIR} ${MY} ${OWN} ${ACADEMIA}`, 'skill_development'],
  [`${ABRIR} ${MY} ${ACADEMIA}`, 'skill_development'],
  [`${ABRIR} ${ACADEMIA} ${OWN}`, 'skill_development'],
  // "ser professor", "virar professor", "ser profe", "dar aulas", "dar clases"
  [`ser|virar|volverme ${TEACHER}`, 'skill_development'],
  ['dar aula|aulas|clase|clases', 'skill_development'],
  // French, German, Italian: "ouvrir mon club", "devenir prof", "Trainer werden", "aprire una palestra"
  ['ouvrir mon|ma|un|une propre club|academie|salle|dojo', 'skill_development'],
  ['ouvrir mon|ma|un|une club|academie|salle|dojo', 'skill_development'],
  ['devenir prof|professeur|instructeur|coach|entraineur', 'skill_development'],
  ['trainer|lehrer|coach werden', 'skill_development'],
  ['eigenes|eigene gym|studio|akademie|schule', 'skill_development'],
  ['aprire una|la|mia palestra|accademia', 'skill_development'],
  ['aprire la mia palestra|accademia', 'skill_development'],
  ['diventare istruttore|maestro|allenatore', 'skill_development'],
];

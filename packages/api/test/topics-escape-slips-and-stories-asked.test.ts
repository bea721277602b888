// A slip inside the words that ask for an escape or a defence ("ecsape", "defnese") still asks it,
// while Spanish and Portuguese "escapa" (someone else getting away) is not corrected into one; what
// the user says they know how to do, or a student knows already, is not asked beside something else.
import { readsAs } from './topic-cases';

readsAs('a slip in an escape or defence word', [
  ['how 2 ecsape mount', ['mount', 'mount_escape']],
  ['side control ecsapes', ['side_control', 'side_control_escape']],
  ['guillotine defesne', ['guillotine', 'guillotine_defense']],
  // controls: the opponent getting away, in Spanish and Portuguese
  ['mi compañero siempre se escapa de mi montada', ['mount']],
  ['minha guilhotina sempre escapa quando o cara levanta a postura', ['guillotine']],
]);

readsAs('known how to do, or known already by the one asked for', [
  ['i know how to sprawl, i want a takedown', ['takedown']],
  ['he knows the heel hook already, wants the kneebar', ['kneebar']],
  // controls: not known, or wanting to know
  ['i dont know how to sprawl, i want a takedown', ['takedown', 'takedown_defense']],
  ['i want to know how to sprawl', ['takedown', 'takedown_defense']],
]);

// "something safer like kneebars" gives examples of the name said before it; a name said first and
// then known ("leg locks i already know") is not asked beside something else; "my guard past" is
// "passed" spelled as it sounds.
import { readsAs } from './topic-cases';

readsAs('examples, names known already, a guard got past', [
  ['i want leg lock stuff but not heel hooks, something safer like kneebars or toe holds', ['kneebar', 'toe_hold']],
  ['judo guy here, leg locks i already know, so show me chokes from side control', ['side_control']],
  ['how do i stop getting my guard past', ['guard_retention']],
  // controls: examples right after the name, and a dislike then another lock
  ['leg locks, like kneebars or toe holds', ['kneebar', 'toe_hold']],
  ['i dont like heel hooks, something like kneebars instead', ['kneebar']],
]);

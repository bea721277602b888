// "something safer like kneebars" gives examples of the name said before it; a name said first and
// then known ("leg locks i already know") is not asked beside something else; "my guard past" is
// "passed" spelled as it sounds; a worry for the body ("sweeps that wont wreck me") is nothing done.
import { readsAs } from './topic-cases';

readsAs('examples, names known already, a guard got past', [
  ['i want leg lock stuff but not heel hooks, something safer like kneebars or toe holds', ['kneebar', 'toe_hold']],
  ['judo guy here, leg locks i already know, so show me chokes from side control', ['side_control']],
  ['how do i stop getting my guard past', ['guard_retention']],
  ['which half guard sweeps wont wreck me at 50', ['half_guard', 'sweep']],
  ['a passing system that doesnt destroy me, im 48', ['guard_passing']],
  // controls: examples right after the name, a dislike then another lock, what does wreck the user,
  // and "something else like" (other things, no examples)
  ['big guys in half guard wreck me, sweeps?', ['half_guard', 'sweep', 'sweep_defense']],
  ['leg locks, like kneebars or toe holds', ['kneebar', 'toe_hold']],
  ['i dont like heel hooks, something like kneebars instead', ['kneebar']],
  [
    'leg locks from single leg x, or something else like armbars or kimuras',
    ['heel_hook', 'straight_ankle_lock', 'single_leg_x', 'armbar', 'kimura'],
  ],
]);

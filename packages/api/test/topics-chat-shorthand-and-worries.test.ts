// A lone "w" in chat is "with" ("hit me w a heel hook"), except in a win ("took the w") and in Polish,
// where "w" is "in". A worry off the mat ("deal with the adrenaline dump") is dealt with, not a
// technique said before it.
import { readsAs } from './topic-cases';

readsAs('chat shorthand and worries off the mat', [
  ['a kid hit me w a heel hook from ashi, what do i do', ['heel_hook', 'heel_hook_defense']],
  ['work on takedowns and closed guard. also how do i deal with the adrenaline dump', ['takedown', 'closed_guard']],
  ['drilling takedowns all week, how do you handle comp nerves', ['takedown']],
  ['ciągle mnie łapią na gilotynę jak wchodzę w obalenie', ['guillotine', 'takedown', 'guillotine_defense']],
  // controls: Polish told by its words, a win, "w/" spelled out, and a pronoun that points back
  ['jak wchodze w obalenie to zawsze lapia mnie na gilotyne', ['takedown', 'guillotine', 'guillotine_defense']],
  ['took the w with a bow and arrow today, how do i get it tighter', ['bow_and_arrow']],
  ['got my first w today with a triangle', ['triangle']],
  [
    'my training partner catches me w/ an arm triangle every time, what do i do',
    ['arm_triangle', 'arm_triangle_defense'],
  ],
  ['work on takedowns. how do i deal with it', ['takedown', 'takedown_defense']],
]);

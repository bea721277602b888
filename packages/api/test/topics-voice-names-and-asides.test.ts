// Names said into a phone or letter by letter ("oma plotter", "north self choke", "d l r", "s l x",
// "are and see", "the zeek", "a miracana"), leg pummeling, bodies told (someone face down under the
// user, kneeling on the user's chest, legs locked around a head lock no leg), a determiner's own
// thing ("none of that sport stuff"), "X nah", what someone else wants now, a kind of closed guard
// past an idiom, and someone else's leg pummeling.
import { readsAs } from './topic-cases';

readsAs('voice names, bodies told and asides', [
  ['oma plotter from spider', ['omoplata', 'spider_guard']],
  ['north self choke', ['north_south_choke']],
  ['d l r to the back', ['de_la_riva', 'back_take']],
  ['s l x entries', ['single_leg_x']],
  ['are and see from back mount', ['rear_naked_choke', 'back_control']],
  ['the zeek from mount', ['ezekiel', 'mount']],
  ['arm locks from mount like the a miracana', ['armbar', 'mount', 'americana']],
  ['leg pummeling drills for nogi', ['guard_retention', 'no-gi']],
  ['when ive got someone face down under me what chokes work', ['back_control']],
  ['how do i get out when they kneel on my chest', ['knee_on_belly', 'knee_on_belly_escape']],
  ['their legs locked around my head and one arm, how do i get out', []],
  ['leg locks for nogi, none of that sport stuff', ['heel_hook', 'straight_ankle_lock', 'no-gi']],
  ['mount escapes nah, im fine on bottom', ['mount']],
  [
    'she lost to a kimura last week but what she wants now is to fix her butterfly sweeps',
    ['butterfly_guard', 'sweep'],
  ],
  ['old school closed guard sweeps', ['closed_guard', 'sweep']],
  ['dudes just leg pummel and reguard on me when i pass', ['guard_passing']],
  // controls: a defence said before a rule-out, and a gym closed
  ['guillotine defense. i dont care about hitting the guillotine myself', ['guillotine', 'guillotine_defense']],
  ['gym closed saturday, any drills at home', []],
]);

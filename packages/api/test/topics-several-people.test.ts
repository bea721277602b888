// A message asking for several people reads each person's part on its own, with its own side ("my
// partner keeps passing my guard so i need retention, and my son wants to pass guard better"); "hit the
// tri" is the triangle.
import { readsAs } from './topic-cases';

readsAs('several people in one message', [
  [
    'training partner keeps passing my guard so i need retention, and my son wants to pass guard better',
    ['guard_retention', 'guard_passing'],
  ],
  [
    'my kid n me: butterfy sweeps. my training buddy: north south choke . my wife: how to not get her gaurd passed all the time',
    ['butterfly_guard', 'sweep', 'north_south_choke', 'guard_retention'],
  ],
  [
    "our gym did a spider guard seminar, what i'd like for them now is more spider guard. for my son, side control escapes",
    ['spider_guard', 'side_control', 'side_control_escape'],
  ],
  ['i want to hit the tri', ['triangle']],
  // controls: the same words where they read as before
  [
    'hey coach how do I get out of the knee on the belly and also the mount my son keeps doing both',
    ['knee_on_belly', 'knee_on_belly_escape', 'mount', 'mount_escape'],
  ],
  ['my son wants the mata leão and i want the kata gatame', ['rear_naked_choke', 'arm_triangle']],
]);

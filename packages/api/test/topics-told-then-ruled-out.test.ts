import { readsAs } from './topic-cases';

readsAs('a name told in an earlier sentence, then ruled out, is out', [
  [
    'everyone keeps sending me darce videos but my arms are too short for it. so not the darce, maybe an anaconda?',
    ['anaconda'],
  ],
  ['my coach loves the kimura and shows it every single class. no kimura this time, armbars from guard', ['armbar']],
  // controls: a fragment that asks, a defence told, and a defence ruled out
  ['kimura from side control. no kimura from guard', ['kimura', 'side_control']],
  [
    'the brown belt at my gym heel hooks me every roll. i am not trying to learn heel hooks yet',
    ['heel_hook', 'heel_hook_defense'],
  ],
  ["i'm the one doing the triangle!! how to angle off and squeeze, please stop sending triangle escapes", ['triangle']],
]);

readsAs('"what i really want is" turns a story to its question', [
  [
    'won two matches off takedowns but the guy got my back in the semi. what i really want to add is an arm triangle from mount',
    ['arm_triangle', 'mount'],
  ],
  ['he kept shooting doubles and i kept sprawling. what i really want is a single leg of my own', ['takedown']],
]);

readsAs('"enough X videos" and "my question isnt about X" rule X out', [
  ['enough x guard videos for now lol', []],
  ['ive seen enough triangle videos, armbars pls', ['armbar']],
  ['my question isnt about the armbar, its the mount escape', ['mount', 'mount_escape']],
  // control: enough of the practice itself
  ['is that enough armbar practice for a week', ['armbar']],
]);

readsAs("the opponent's defence is what the user breaks, no defence asked", [
  ['how do i break their defense and get the choke from back control', ['back_control']],
  [
    'nogi passes that arent the body lock, everyone at my gym knows how to shut it down now',
    ['no-gi', 'guard_passing'],
  ],
  // controls: the user's own escape, and the user learning a defence
  ['how do i escape their mount', ['mount', 'mount_escape']],
  ['i need to know how to shut down the triangle', ['triangle', 'triangle_defense']],
]);

readsAs("the user's own act said to be hard is asked, not done to them", [
  ['passing spider in the gi is killing me', ['guard_passing', 'spider_guard', 'gi']],
  ['passing half guard is killing me lately', ['guard_passing', 'half_guard']],
  // controls: the opponent's pass, and an escape
  ['the knee cut is killing me', ['guard_retention']],
  ['escaping mount is killing me', ['mount', 'mount_escape']],
]);

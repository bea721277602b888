import { readsAs } from './topic-cases';

readsAs('a limb kept safe defends the lock or choke on it, not the guard it is in', [
  ['a wristlock from spider guard, how do i protect my wrists', ['wristlock', 'wristlock_defense', 'spider_guard']],
  ['heel hooks in nogi. how do i keep my heels safe', ['heel_hook', 'heel_hook_defense', 'no-gi']],
  ['how do i keep my arm safe in closed guard', ['closed_guard']],
  // control: a pin the limb is kept safe in is still escaped
  ['how do i keep my neck safe in back control', ['back_control', 'back_control_escape']],
]);

readsAs('a limb pulled free ("get my elbow out", "pull my heels out") escapes the lock or choke on it', [
  ['the 411 guys at nogi keep catching me. how do i get my heel out', ['no-gi', 'heel_hook', 'heel_hook_defense']],
  ['how do i pull my heels out in time', ['heel_hook', 'heel_hook_defense']],
  ['armbar from mount, i never get my elbow out in time', ['armbar', 'armbar_defense', 'mount']],
  ['triangle from guard, how do i get my head out', ['triangle', 'triangle_defense']],
  // control: the opponent's heel pulled free is the user's hook failing
  ['my heel hook keeps failing, they always slip the heel out', ['heel_hook']],
]);

readsAs('a question pointing back at the attack a story told keeps it beside the place it names', [
  [
    'a brown belt kept catching me in a kimura. how do i keep my arms safe in half guard?',
    ['kimura', 'kimura_defense', 'half_guard'],
  ],
  [
    'an older blue belt kept hitting me with the ezekiel tonight. how do i defend that from inside his closed guard?',
    ['ezekiel', 'ezekiel_defense', 'closed_guard'],
  ],
  // controls: the user's own position kept, a technique the question names
  [
    "When I hit mount the guy always bridges me off. I'm on top and can't keep it. Send mount stuff for the top guy?",
    ['mount'],
  ],
  [
    'a brown belt kept catching me in a kimura. how do i hit a sweep from half guard when he tries it?',
    ['sweep', 'half_guard'],
  ],
]);

readsAs('a question going on with the story’s own submission ("turn it into …", "finish it") keeps it', [
  ['we drilled the kimura tonight. how do i chain it into a sweep when they pull the arm out?', ['kimura', 'sweep']],
  [
    'my guillotine always slips at open mat, guys pop their head out. id love a video on finishing it from half guard',
    ['guillotine', 'half_guard'],
  ],
  // control: the question's own submission is what "it" is
  [
    'hit two armbars at open mat. the one i want is the arm triangle, i get the grip but never finish it. what should i watch?',
    ['arm_triangle'],
  ],
]);

readsAs('getting passed, told after a question about the user’s guard, is that guard kept', [
  ['need help with half guard. everyone just smashes through it and passes me', ['half_guard', 'guard_retention']],
  ['any tips for spider guard? i got passed every single round tonight.', ['spider_guard', 'guard_retention']],
  // controls: a technique asked from the guard, a guard passed that the story rules out
  ['any sweeps from spider guard? i got passed every single round tonight.', ['sweep', 'spider_guard']],
  [
    'i never end up in closed guard because everybody passes it. skip the closed guard stuff. teach me de la riva instead.',
    ['de_la_riva'],
  ],
]);

readsAs('submissions asked as a kind after a story that names one keep it', [
  [
    'my gym allows kneebars for blue belts now. what finishes can i go for from single leg x?',
    ['kneebar', 'single_leg_x'],
  ],
  // control: the other submissions are asked
  ['i hit a triangle tonight, felt great. what other subs from closed guard?', ['closed_guard']],
]);

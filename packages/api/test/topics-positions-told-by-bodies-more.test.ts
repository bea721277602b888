// Positions and submissions told by what the bodies do (data/described-positions.ts), in the ways
// parents, partners and beginners tell them: whoever's stomach is sat on, legs locked round anyone's
// waist, a knee digging into the belly, a wrist bent back, a foot trapped under an armpit.
import { readsAs } from './topic-cases';

readsAs('positions told by the bodies', [
  [
    'my son keeps ending up with the other kid sitting on his stomach. how does he get the kid off him?',
    ['mount', 'mount_escape'],
  ],
  ["lying on your back with your legs locked around the other kid's waist, is there a video", ['closed_guard']],
  ["my daughter plays with her legs wrapped round people's waist, what attacks can she do", ['closed_guard']],
  ["im on the bottom with one of his legs trapped between mine and he's lying on me", ['half_guard']],
  ['when im sitting up with my feet hooked under his thighs what can i do', ['butterfly_guard']],
  ['how do i get someone off me with their knee digging into my belly', ['knee_on_belly', 'knee_on_belly_escape']],
  ['coach showed us putting your knee on their stomach and balancing on it, anything on that', ['knee_on_belly']],
  ['he always ends up curled up like a ball on his knees, how does he get out', ['turtle', 'turtle_escape']],
  ['the one where you lie across them sideways, any videos on keeping that position', ['side_control']],
  ["how do you get past someone's legs when they're on their back kicking at you", ['guard_passing']],
  [
    "the choke where you're lying upside down on top of them, head to their belly",
    ['north_south', 'north_south_choke'],
  ],
]);

readsAs('submissions told by the bodies', [
  ['i want to learn the one where you wrap your legs around their head and one arm', ['triangle']],
  ['you sit on their chest, swing your leg over their face and pull their arm straight', ['mount', 'armbar']],
  [
    'whenever i dive in for the legs the other guy wraps my neck from above, how do i not get caught',
    ['guillotine', 'guillotine_defense'],
  ],
  ['other kids keep bending his wrist back, how can he protect his wrists', ['wristlock', 'wristlock_defense']],
  [
    'a guy traps my foot under his armpit and leans back, what do i do',
    ['straight_ankle_lock', 'straight_ankle_lock_defense'],
  ],
  ['he bends my knee the wrong way and i tap, how do i get my leg out', ['kneebar', 'kneebar_defense']],
  ['the other kids keep rolling him over onto his back from underneath', ['sweep', 'sweep_defense']],
  // control: someone straightening their own arm out of an americana is no armbar
  ['my americana from mount keeps failing, he just straightens his arm', ['americana', 'mount']],
]);

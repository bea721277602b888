// Families from everyday-language and newcomers' rounds: romance that sweeps no one ("swept her off
// her feet"), the opponents' own reguarding (the user's passing problem), "into the back", "the
// choke from behind", "knee on the tummy", an open guard and a sweep told ("feet on their hips",
// "knock someone over"), and rolling in a rashguard as no-gi.
import { readsAs } from './topic-cases';

readsAs('everyday words and newcomers telling', [
  ['my wife says i swept her off her feet 10 yrs ago and now she wants to try bjj too', []],
  ['smash pass vs skinny dudes w crazy hips, they just keep reguarding', ['guard_passing']],
  ['k guard into the back, saw it at adcc and now im obsessed', ['back_take']],
  ['i can never finish the choke from behind, people just grab my wrist and pull it off', ['rear_naked_choke']],
  ['is there a simple video on the knee on the tummy position from on top?', ['knee_on_belly']],
  [
    'looking for a simple way to knock someone over when im on my back with my feet on their hips. its a gi class',
    ['sweep', 'open_guard', 'gi'],
  ],
  [
    'rashguard rolling tmrw, how do i finish the arm triangle from side control',
    ['no-gi', 'arm_triangle', 'side_control'],
  ],
  // controls: the user's own reguarding, chokes from behind as a kind, and buying a rashguard
  ['how do i reguard when they pass', ['guard_retention']],
  ['chokes from behind someone in the gi, but not the rear naked one', ['gi']],
  ['what rash guard should i buy', []],
]);

// Moves told by what the bodies do (an arm under the chin, feet inside their thighs, legs round the
// neck and arm, a hook behind the knee from the outside, a gator roll, all the way underneath, a leg
// over the face); everyday sweeping out, stairs, couches and blankets; Hindi in Latin letters ("leg
// locks nahi", "gi wala mat bhejna", "kaise bachu", "nikalna kaise hai").
import { readsAs } from './topic-cases';

readsAs('bodies told, everyday curls, Hinglish', [
  [
    "what do you call the choke where you're on their back and your arm goes under the chin and you grab your own bicep",
    ['rear_naked_choke'],
  ],
  ['whats the guard called where you sit up and hook your feet inside their thighs', ['butterfly_guard']],
  ['yo how do i hit that legs round the neck and arm thing', ['triangle']],
  [
    'i wanna drill the one where i hook my foot behind their knee from the outside and hold their sleeve and ankle, in the gi',
    ['de_la_riva', 'gi'],
  ],
  [
    'your arm goes under their neck and out through their armpit, you grab your bicep and roll them like a gator. name?',
    ['anaconda'],
  ],
  ['whats the move when im all the way underneath him hugging his leg with my whole body', ['deep_half_guard']],
  ['legs around the waist then i pull the arm straight but they yank it out', ['closed_guard', 'armbar']],
  ['I have been sweeping out the garage all afternoon and my back aches terribly', []],
  ['Is it normal for a man of my age to feel as though he has been thrown down the stairs?', []],
  ['spent the whole weekend curled up in a ball on the couch, how do i get motivated', []],
  ['my kid turtled under his blanket all morning refusing to get up for class', []],
  ['bhai passing ke videos chahiye but leg locks nahi, woh mujhe pasand nahi', ['guard_passing']],
  ['nogi mein back take kaise karu yaar, gi wala mat bhejna', ['no-gi', 'back_take']],
  ['log mujhe bar bar armbar kar dete hai yaar, kaise bachu', ['armbar', 'armbar_defense']],
  ['bade log mujhe side control mein daba dete hai, nikalna kaise hai', ['side_control', 'side_control_escape']],
  // controls: the same words where they read as before
  ['how to sweep out of half guard', ['sweep', 'half_guard']],
]);

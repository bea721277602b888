// A name said ("here ppl say kimura", "they call it …") is nothing done to the user. Bodies told: legs
// around someone's waist (said with "are", or without a verb of wrapping) is the user's closed guard;
// someone lying across "you" is side control escaped, the user lying across someone side control held.
// A closed guard opened from inside is passed, unless someone else opens the user's.
import { readsAs } from './topic-cases';

readsAs('names said, bodies told, a closed guard opened', [
  ['here ppl say kimura, how do i finish it from half guard', ['kimura', 'half_guard']],
  ["from when i'm on my back with my legs around the other guy's waist, what arm attacks are there", ['closed_guard']],
  ['your legs are wrapped around their waist and you want to sweep, what now', ['closed_guard', 'sweep']],
  ['how do i get out from under someone lying across you', ['side_control', 'side_control_escape']],
  ['when im on top lying across someone how do i keep them flat', ['side_control']],
  [
    'he pulled me into his closed guard. how do i open his legs when im kneeling inside',
    ['closed_guard', 'guard_passing'],
  ],
  // controls: a name done to the user, a name said by who calls it, the user's own guard opened (by
  // someone else, or by the user's choice)
  ['people kimura me from half guard', ['kimura', 'kimura_defense', 'half_guard']],
  ['they call it the arm triangle here, i want it from mount', ['arm_triangle', 'mount']],
  ['everyone just stands up and opens it, my A game is closed guard', ['closed_guard']],
  ['i play closed guard but open it to go to k guard', ['closed_guard']],
  ["we're going turtle spotting up north so i'll miss saturday", []],
]);

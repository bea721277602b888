// A name taken back mid-message ("no wait", "no wait i mean", "scratch that") is replaced by what the
// correction names of the same kind, or by all of it after "just"; "no wait, also …" adds. What comes
// before "not really a bjj question" is said in fun.
import { readsAs } from './topic-cases';

readsAs('names taken back, and a question not about bjj', [
  ['triangle from the mount, no wait, arm triangle from mount', ['mount', 'arm_triangle']],
  ['what chokes from back control? no wait i mean from mount', ['mount']],
  ['i keep getting mounted. and backtakes. no wait just mount', ['mount', 'mount_escape']],
  [
    'my couch has me stuck in half guard all weekend lol. not really a bjj question, just lazy. how do i get motivated to train',
    [],
  ],
  // controls: a correction that adds, one named again later, one of another kind, chat's filler "i
  // mean", and nothing after
  ['armbar from mount no wait i mean also the triangle', ['armbar', 'mount', 'triangle']],
  [
    'i want the kimura from closed guard. no wait, the kimura from half guard. also closed guard sweeps',
    ['kimura', 'closed_guard', 'half_guard', 'sweep'],
  ],
  ['kimura from half guard, no wait from bottom half', ['kimura', 'half_guard']],
  ['i mean, mount escapes are fine', ['mount', 'mount_escape']],
  ['stuck in half guard with my laundry lol, not a bjj question', ['half_guard', 'half_guard_escape']],
]);

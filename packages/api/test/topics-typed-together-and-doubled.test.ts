// Slips of the keyboard read back: words typed together around "from" ("fromclosed guard",
// "trianglefromguard"), a letter typed twice in a short name ("mounnt", "daarce") and a
// word typed without its vowels ("cntrl").
import { readsAs } from './topic-cases';

readsAs('typed together, doubled, without vowels', [
  ['guilotine fromclosed guard', ['guillotine', 'closed_guard']],
  ['trianglefromguard wont lock my legs are too short', ['triangle']],
  ['armbarfrom mount pls', ['armbar', 'mount']],
  ['triangl from mounnt when they push on my chest', ['triangle', 'mount']],
  ['mounnt escapes pls', ['mount', 'mount_escape']],
  ['daarce from front headlock', ['darce']],
  ['how 2 ecsape back cntrl', ['back_control', 'back_control_escape']],
  // controls: a verb's own doubled letter, and a word holding "from" that is no glue
  ['trapped in a body triangle', ['back_control', 'back_control_escape']],
  ['kimura from side control', ['kimura', 'side_control']],
]);

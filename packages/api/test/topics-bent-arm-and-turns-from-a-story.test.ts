// "ude garami" told by the way the arm bends: up by the head is the americana, behind the back or from
// underneath the kimura, neither said both. A story turns to its ask at the time now ("but today i want
// to …"), to working on something ("but i wanna work my …"), moving on ("i want to move on to …"),
// what cost the match, and ", so show me …".
import { readsAs } from './topic-cases';

readsAs('the bent-arm lock told by its direction', [
  ['ude garami from the top, his palm is up next to his ear', ['americana']],
  ['ude garami de baixo, da meia guarda', ['kimura', 'half_guard']],
  ['ude garami with the hand up by his ear, not the one behind the back', ['americana']],
  ['bent arm stuff from the top, palm by his head', ['americana']],
  ['the ude garami where the arm goes up behind their back', ['kimura']],
  ['ude garami desde guardia cerrada cuando el se inclina', ['kimura', 'closed_guard']],
  ['ood a garami from side control the one where you bend the arm up behind their back', ['kimura', 'side_control']],
  // controls: the direction unsaid, the reverse lock named, and an arm hidden behind a back
  ['everyone escapes my kimura, they just hide the arm behind their back', ['kimura']],
  ['ude garami from side control', ['kimura', 'americana', 'side_control']],
  ['gyaku ude garami from the top', ['kimura']],
]);

readsAs('a story that turns to its ask', [
  ['got heel hooked in my last roll but today i want to work on my half guard sweeps', ['half_guard', 'sweep']],
  ['we drilled armbars all week, i want to move on to chokes from the back', ['back_control']],
  ['got choked by a darce in my match but what cost me was my passing. knee slice help', ['guard_passing']],
  [
    'my buddy got his neck cranked with a guillotine, so show me how to escape side control',
    ['side_control', 'side_control_escape'],
  ],
  ['we drilled takedowns all week but i wanna work my butterfly guard', ['butterfly_guard']],
  ['got smashed under mount all class but whatever, today i want to work my armbar from guard', ['armbar']],
  // controls: turns that point back at the story ("it"), which keeps its techniques, and a plain "but"
  ['i can pass closed guard but i want to work on half guard passing', ['half_guard', 'guard_passing']],
  ['people keep taking my back but today i want to work on it', ['back_take', 'back_take_defense']],
  ['i keep getting triangled, so show me how to defend it', ['triangle', 'triangle_defense']],
]);

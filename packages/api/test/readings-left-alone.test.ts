// Readings the rules on dislikes, stories, shares and timetables must leave alone, and everyday senses
// beside them: a topic asked again in the same breath, a percentage that is no share, a gym gone to
// for weights, a place named Kimura.
import { describe } from 'vitest';
import { readsAs } from './topic-cases';
import { reads } from './profile-reads';

readsAs('"other" asks for something else only before a choice or a name', [
  ['my armbar sucks, what other details am i missing?', ['armbar']],
  ['i hate the kimura, how do i defend it from the other side?', ['kimura', 'kimura_defense']],
  ['the triangle never works for me, any other tips to lock it tighter?', ['triangle']],
  // controls
  ['i hate the kimura. what other attacks from side control', ['side_control']],
  ['i hate the kimura. show me another armbar', ['armbar']],
]);

readsAs('a question after a story that names a move asks the story', [
  [
    'got stuck in side control all night. anyway how do I get out from under bigger guys',
    ['side_control', 'side_control_escape'],
  ],
  ['got mounted all night. Anyway how do I survive bigger guys', ['mount', 'mount_escape']],
]);

readsAs('a name ruled out and said again in a sentence that asks it is asked', [
  ['Hi. No leg locks. The heel hook from saddle I like though', ['heel_hook']],
  ['Hey. not the knee cut, the smash pass', ['guard_passing']],
]);

describe('profile readings kept', () => {
  reads([
    ['main_position', 'i get swept a lot so ive been working on top pressure', 'top'],
    ['main_position', 'guard is fun but passing blows my mind', 'balanced'],
    ['training_goals', 'im 100% sure i want to compete one day but mostly for fitness', 'fitness'],
    ['training_goals', '70% for fitness, 30% just hanging with the boys', 'fitness'],
    ['training_frequency', 'my usual week is mon wed fri but im skipping tonight', 3],
    ['training_frequency', 'mon wed fri, then back at it saturday', 4],
    ['training_frequency', 'i train at the club mon and wed, hit the gym tue thu', 2],
    ['training_frequency', 'uni club twice a week, the gym twice a week', 4],
  ]);
});

readsAs('a place named for a technique, a sprawl as the way in, stuck learning one', [
  ['that ramen place kimura across from the gym is actually so good', []],
  ['brabo off a sprawl', ['darce']],
  ["show me chokes from the back but not the rear naked, I've been stuck on that one for months", ['back_control']],
  // controls: a sprawl asked, and stuck in a place
  ['how do i sprawl', ['takedown', 'takedown_defense']],
  ['stuck in mount, how do i get out', ['mount', 'mount_escape']],
]);

readsAs('"anywhere but" rules out a place', [
  ['kimura from anywhere but side control', ['kimura']],
  ['armbars from everywhere except mount', ['armbar']],
]);

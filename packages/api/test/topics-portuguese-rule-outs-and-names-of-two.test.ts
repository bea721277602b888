// "nada daquelas coisas de …" and "já cansei de …" rule out; "get old schooled" is a sweep done to the
// user; a name ruled out only as part of a name of two ("not the kimura sweep") is asked when it is
// wanted again by itself, a few words after the want.
import { readsAs } from './topic-cases';

readsAs('none of those things, in Portuguese', [
  ['guard retention pra nogi, nada daquelas coisas de aranha de kimono', ['guard_retention', 'no-gi']],
  ['quero finalização da guarda fechada mas sem ser triângulo, já cansei de triângulo', ['closed_guard']],
  // control: tired of being caught in it
  ['cansei de tomar triângulo, como defendo', ['triangle', 'triangle_defense']],
]);

readsAs('a named sweep as a verb', [
  [
    'how do i not get old schooled when im passing half guard',
    ['sweep', 'sweep_defense', 'guard_passing', 'half_guard'],
  ],
]);

readsAs('a name ruled out as part of a name of two, then wanted', [
  ['not the kimura sweep, i want to finish the kimura', ['kimura']],
  [
    'im not asking about the omoplata sweep, i know that, i want to actually finish the omoplata before they roll',
    ['omoplata'],
  ],
  // control: the name itself ruled out
  ['no kimura, i want to finish the kimura', []],
]);

// A young person relayed by their age ("my 15yo"); told as the user, their verbs are the user's ("he
// gets to the back" → "i get to the back"); the back reached is back control when a finish is asked
// anywhere in the message; "wanted me to ask" relays without putting the user in the story, and "she's
// a white belt" says what she is, not who else is there.
import { readsAs } from './topic-cases';

readsAs('a young person relayed by their age', [
  ['my 12yo keeps getting his back taken', ['back_take', 'back_take_defense']],
  // control: a kin word
  ['my 12 yo keeps getting mounted, she hates it', ['mount', 'mount_escape']],
]);

readsAs('the back reached with the finish asked before it', [
  [
    "question from my 15yo: 'how do i finish the rear naked choke when they tuck their chin' - he gets to the back all the time in nogi but cant get his arm under the chin",
    ['rear_naked_choke', 'back_control', 'no-gi'],
  ],
  [
    'my wife is busy mounting the tv so im asking for her lol. she wants mata leão details, she gets the back but cant finish. shes nogi only',
    ['rear_naked_choke', 'no-gi', 'back_control'],
  ],
  // control: the finish asked after
  ['i get the back fine but never finish', ['back_control']],
]);

readsAs("relayed by one who 'wanted me to ask', and what she is", [
  [
    "my wife wanted me to ask: she's a white belt and every time she locks a triangle from guard the guy just postures up and stacks her and she loses it. how does she keep the triangle on and finish?",
    ['triangle'],
  ],
  // control: the user stacked
  ['every time i lock a triangle the guy stacks me. how do i keep it on and finish?', ['triangle']],
]);

import { describe } from 'vitest';
import { reads } from './profile-reads';

// main_position told in passing: a side the user escapes, loses, leaves to others, likes alongside
// another, or names in dialect. Sides avoided outright: profile-position-avoided.test.ts.

describe('a way off the bottom is top', () => {
  reads([
    // the escape as the outcome wanted, not "whichever one wins"
    ['main_position', 'whatever keeps me off my back', 'top'],
    ['main_position', 'whichever gets me out from under people', 'top'],
    ['main_position', 'honestly whatever keeps me off bottom', 'top'],
    // scrambling or climbing up
    [
      'main_position',
      'I really dislike being stuck under side control or mount, so I scramble up every single time',
      'top',
    ],
    ['main_position', 'getting pinned under mount is the worst, so i scramble up right away', 'top'],
    ['main_position', 'i always scramble up asap', 'top'],
    ['main_position', 'i scramble up the second i hit my back', 'top'],
    // what the user tries to keep up is what they do
    ['main_position', 'i try to stay off my back as much as possible', 'top'],
    ['main_position', 'i try to stay on top', 'top'],
    ['main_position', 'i try to keep it on top', 'top'],
  ]);
});

describe('the discomfort words are read as typed', () => {
  reads([
    // "chore" is no "choke", "scare" no "share", and "though" still no "tough"
    ['main_position', 'not a fan of top tbh, passing feels like a chore', 'guard'],
    ['main_position', 'passing is a chore so i sit', 'guard'],
    ['main_position', 'i never shoot, takedowns scare me, i just pull guard', 'guard'],
    ['main_position', 'takedowns scare me, so i sit to guard', 'guard'],
    ['main_position', "I'd say top even though my guard is ok, mount is where I feel at home", 'top'],
    // clumsy where the side is
    ['main_position', "i'm so clumsy on top", 'guard'],
    ['main_position', 'i feel wobbly on top, so bottom', 'guard'],
    ['main_position', 'i feel clumsy passing, i just sit', 'guard'],
    ['main_position', 'i feel clumsy in top positions', 'guard'],
  ]);
});

describe('a side left to other people is not the user’s', () => {
  reads([
    ['main_position', 'top top top. bottom is for ppl with good hips lol', 'top'],
    ['main_position', 'top is for the big guys, im tiny', 'guard'],
    ['main_position', 'guard is for flexible people, i just smash', 'top'],
    ['main_position', 'bottom is for younger guys, my knees cant', 'top'],
  ]);
});

describe('a side liked, and the list it is liked in', () => {
  reads([
    ['main_position', 'i stay out of scrambles and takedowns, i like to work from bottom', 'guard'],
    ['main_position', 'i like being on top of half gaurd, smash passing', 'top'],
    ['main_position', 'i like being on top but i can play guard', 'top'],
    ['main_position', 'idk im kinda both?? like i wrestle up a lot but i also like playing spider lol', 'balanced'],
    // the liking reaches the list; a want does not take the list's side away
    ['main_position', 'I like to play guard and pass', 'balanced'],
    ['main_position', 'i like being on top and playing guard', 'balanced'],
    ['main_position', 'i love to play half guard and pass', 'balanced'],
    ['main_position', 'i just want to smash and pass', 'top'],
    // getting better at a side is no side played
    ['main_position', "i'd like to get better on top", null],
    ['main_position', "i'd like to get better at guard", null],
    ['main_position', 'need to improve my guard', null],
  ]);
});

describe('"me" for "my"', () => {
  reads([
    ['main_position', "can't stand being on me back", 'top'],
    ['main_position', 'hate being flat on me back', 'top'],
    ['main_position', "me training partner's a guard player and it drives me nuts", null],
    ['main_position', 'me coach plays guard, i dont, i pass', 'top'],
  ]);
});

describe('a list of one side is avoided whole', () => {
  reads([
    ['main_position', "I stay away from top pressure games, I'm too light for that.", 'guard'],
    ['main_position', 'i avoid mount and side control, i feel clumsy up there', 'guard'],
    ['main_position', 'i avoid side control and knee on belly, too clumsy', 'guard'],
  ]);
});

describe('someone’s weight on the user is the bottom', () => {
  reads([
    [
      'main_position',
      "i really don't like having people's weight on me, 12 hr shifts crush me enough already lol",
      'top',
    ],
    ['main_position', "hate feeling someone's weight on top of me", 'top'],
    ['main_position', "can't stand people's weight on me", 'top'],
  ]);
});

describe('getting swept is losing the top', () => {
  reads([
    ['main_position', 'On top I just get rolled. Stay on bottom.', 'guard'],
    ['main_position', 'i get swept off top constantly so guard i guess lmao', 'guard'],
    ['main_position', 'on top i always get reversed, so i play guard', 'guard'],
    ['main_position', 'i never get swept on top, thats my home', 'top'],
    // the fear of the sweep is the top's fear
    [
      'main_position',
      "being on top makes me nervous, I'm scared of getting swept and looking silly in front of the other parents",
      'guard',
    ],
    ['main_position', 'top stresses me out, i hate getting swept', 'guard'],
    // with no top named, getting swept is landing on the back
    ['main_position', 'i dread getting swept because then im stuck on my back', 'top'],
  ]);
});

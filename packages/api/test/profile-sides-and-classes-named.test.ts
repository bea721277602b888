import { describe } from 'vitest';
import { reads } from './profile-reads';

// Sides turned down after an arrow or equals sign, looked down on or called full of holes, pins named
// from both their ends, hearsay the user doubts and "both" owned last; classes named with "the", a
// second place trained at, days counted as rest; a belt after the user's own label.

describe('a side turned down after an equals sign or arrow is avoided', () => {
  reads([
    ['main_position', 'playing from my back = no thanks', 'top'],
    ['main_position', 'guard - no thanks', 'top'],
    ['main_position', 'bottom -> nope', 'top'],
    ['main_position', 'top = hard pass, i live in half guard', 'guard'],
    ['main_position', 'guard = home', 'guard'],
  ]);
});

describe('a side looked down on or full of holes is avoided', () => {
  reads([
    ['main_position', "guard pulling is lame, I don't do it", 'top'],
    ['main_position', 'pulling guard is boring, i never do it', 'top'],
    ['main_position', 'guard pulling is cringe', 'top'],
    ['main_position', 'bottom is so boring, i pass all day', 'top'],
    ['main_position', "ngl i'm a top person, my guard is swiss cheese", 'top'],
    ['main_position', 'my guard is like a sieve, so i stay on top', 'top'],
    ['main_position', 'top is overrated, bottom is where the fun is', 'guard'],
    ['main_position', 'top is paper thin for me, i pull', 'guard'],
    ['main_position', 'guard is boring to watch but its what i play', 'guard'],
  ]);
});

describe('a pin named from both its ends is no side', () => {
  reads([
    [
      'main_position',
      "I hate mount and side control from either side, I'm happiest with someone in my closed guard",
      'guard',
    ],
    ['main_position', 'hate being in side control from either end, give me half guard', 'guard'],
    ['main_position', 'mount from either the top or bottom is awful for me, i play open guard', 'guard'],
    ['main_position', 'I like side control', 'top'],
    ['main_position', 'I play from both sides', 'balanced'],
  ]);
});

describe('a side put on the user by someone else, then doubted, is no side stated', () => {
  reads([
    ['main_position', "my training partner says I'm a top player but honestly I don't know", null],
    ['main_position', 'coach reckons im a guard guy, idk tho', null],
    ['main_position', "my coach says I'm a top player", 'top'],
    ['main_position', "my coach says I'm a top player but i don't know, i love guard", 'guard'],
    ['main_position', 'coach says im a top player and i agree', 'top'],
  ]);
});

describe('both sides owned as a choice, said last, sum the answer up', () => {
  reads([
    [
      'main_position',
      'ok so long story, at the womens academy everyones tiny so i end up playing top and passing a lot, and at the mixed gym the guys are huge so im on bottom all the time, honestly im fine with both and i train both on purpose',
      'balanced',
    ],
    ['main_position', 'I pass a lot at my gym and end up on bottom at open mat, happy with both really', 'balanced'],
    ['main_position', "i love passing, i'm fine with both but top is home", 'top'],
    ['main_position', 'mostly top but i train both deliberately', 'top'],
  ]);
});

describe('"the <kind> class" in a list of classes is one more session', () => {
  reads([
    ['training_frequency', 'One gi class, one no-gi class and the competition class.', 3],
    ['training_frequency', 'one gi class and the competition class', 2],
    ['training_frequency', 'two gi classes and the comp class', 3],
    ['training_frequency', '2 fundamentals and the open mat', 3],
    ['training_frequency', 'fundamentals twice and the all levels class twice', 4],
    ['training_frequency', 'tuesday and thursday, the evening class', 2],
  ]);
});

describe('"the other academy" is a second place trained at, no hedge', () => {
  reads([
    ['training_frequency', '3 classes at my main gym and I drop in at the other academy on saturdays', 4],
    ['training_frequency', 'twice at my club, plus the other gym on sundays', 3],
    ['training_frequency', '2 classes at my academy and the other gym on tuesdays and thursdays', 4],
  ]);
});

describe('a count of days said to be rest is no count trained', () => {
  reads([
    [
      'training_frequency',
      'Wednesday and Saturday. When I was younger I went every day, but now the other five days are recovery days.',
      2,
    ],
    ['training_frequency', 'wed and sat, 5 days off', 2],
    ['training_frequency', 'tue thu, the other 5 days i rest', 2],
    ['training_frequency', 'I train on my 3 days off', 3],
    ['training_frequency', 'tue thu and saturday nothing fancy just open mat', 3],
  ]);
});

describe("a belt right after the user's own age label is the user's", () => {
  reads([
    ['belt_level', 'old man brown belt 👴🥋', 'brown'],
    ['belt_level', 'just an old guy purple belt', 'purple'],
    ['belt_level', 'im the old dude blue belt lol', 'blue'],
    ['belt_level', 'old timer black belt here', 'black'],
    ['belt_level', 'my old man is a brown belt', null],
    ['belt_level', 'my old man brown belt, im white', 'white'],
  ]);
});

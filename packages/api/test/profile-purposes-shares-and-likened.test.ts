// A purpose denied "just" for ("i don't roll just to hang out"), what all the training builds toward,
// a side said again a word or two on keeping its share, someone else's list closed by "everything",
// and a belt given as someone else's.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('"don\'t … just to X" denies X as the reason', () => {
  reads([
    ['training_goals', "i don't train just to hang out, every class is prep for my next comp", 'competition'],
    // control: "not just" after the denial alone still says the goal is more than that
    ['training_goals', 'not just here for fun, i want medals', 'competition'],
  ]);
});

describe('what all the training is building toward is the goal', () => {
  reads([
    [
      'training_goals',
      'tuesdays i drill details, fridays i spar hard, all of it is building toward nationals',
      'competition',
    ],
    ['training_goals', 'lots of technique work, all geared towards competing at pans', 'competition'],
  ]);
});

describe('a side said again a word or two on keeps its share', () => {
  reads([
    ['main_position', 'half the time i pass, the other half im on my back playing spider', 'balanced'],
    // control: shares that are not halves
    ['main_position', 'mostly passing, sometimes on my back', 'top'],
  ]);
});

describe('someone else’s list closed by "everything" is theirs', () => {
  reads([
    ['main_position', 'my main training partner is all guard, lasso and spider everything', null],
    // control: the user’s own list
    ['main_position', "i'm all guard, lasso and spider everything", 'guard'],
  ]);
});

describe('a belt given as someone else’s, with a start told beside theirs, names none', () => {
  reads([
    ['belt_level', 'same as my wife, we started together', null],
    // control: a start told by its time still hints at a beginner
    ['belt_level', 'i started last month, same as my brother', 'white'],
  ]);
});

describe('a goal the user wishes for someone else is not their own', () => {
  reads([
    ['training_goals', 'my son wants to compete, i just want him to enjoy it and have fun', null],
    ['training_goals', 'i want my daughter to learn self defense', null],
    // control: the user's own wish beside one for someone else
    ['training_goals', 'i want them to have fun but i want medals', 'competition'],
  ]);
});

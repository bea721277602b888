// Timetables: a count on "weekday" said singular is that many sessions ("1x weekday"), not one on
// each; a "+" before a day with a kind of class of its own adds a part ("2 gi classes saturday + tue
// nogi"), where between bare days it lists them.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('a count on one weekday', () => {
  reads([
    ['training_frequency', '1x weekday + both weekend OMs', 3],
    // controls: every weekday
    ['training_frequency', 'one class every weekday', 5],
    ['training_frequency', 'once every weekday and sat open mat', 6],
  ]);
});

describe('a "+" before a day of another kind of class', () => {
  reads([
    ['training_frequency', '2 gi classes saturday + tue nogi', 3],
    // control: days listed with a "+"
    ['training_frequency', 'mon+wed gi, fri nogi', 3],
  ]);
});

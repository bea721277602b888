// Readings of single words: the user's own size and a class for everyone are no setting or mix of sides;
// short slips of once and every day; a guard named run together.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('the user growing is no size setting', () => {
  reads([
    ['main_position', 'used to be all guard but now i mostly play top since i got stronger 💪', 'top'],
    ['main_position', 'used to be all guard but now i mostly play top since i got heavier', 'top'],
    // control: a side played against bigger opponents only
    ['main_position', 'against bigger guys guard, against smaller ones I always pass', 'balanced'],
  ]);
});

describe('a mixed class is no mix of sides', () => {
  reads([
    ['main_position', 'i avoid bottom because the big dudes in the mixed class just stack me', 'top'],
    ['main_position', 'top mostly, even in the coed class', 'top'],
    // control: a mix of both
    ['main_position', 'a mixed bag, i play both', 'balanced'],
  ]);
});

describe('short slips of once and every day', () => {
  reads([
    ['training_frequency', 'onse a week rn, work is killng me', 1],
    ['training_frequency', 'every dam day 💪', 6.5],
    ['training_frequency', 'onc a week for now, trying to get more', 1],
    // control: "ones" is a word of its own
    ['training_frequency', 'the early ones a week before comp', null],
  ]);
});

describe('a guard named run together', () => {
  reads([
    ['main_position', 'halfguard everything 🙃', 'guard'],
    ['main_position', 'dlr mostly', 'guard'],
  ]);
});

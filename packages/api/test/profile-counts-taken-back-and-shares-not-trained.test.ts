// A count taken back with a bare "no" and the new count ("like 5 a week... actually no its 4"): the
// "no" only says again that the count before it is taken back. A count less the share of it that is
// coaching or conditioning ("3 but one of those is me coaching the kids").
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('a count taken back with "no" and the new count', () => {
  reads([
    ['training_frequency', 'like 5 a week... actually no its 4, friday i lift', 4],
    ['training_frequency', '5 a week... actually no 4', 4],
    // controls: "no" set off by a comma, and a "no" that is no count
    ['training_frequency', '5 a week... actually no, 4', 4],
    ['training_frequency', '3x a week actually no idea why i said that', 3],
  ]);
});

describe('a count less the share of it that is no training of the users own', () => {
  reads([
    ['training_frequency', '4 sessions a week but 2 of them r just strength n conditioning', 2],
    ['training_frequency', '3 but one of those is me coaching the kids', 2],
    // controls: a share that is training, and a share of the kind of class
    ['training_frequency', '4x a week but one of them is drilling only', 4],
    ['training_frequency', '5 a week but 2 of them are open mats', 5],
  ]);
});

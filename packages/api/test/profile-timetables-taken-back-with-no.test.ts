// A count taken back with a bare "no" and the new count ("like 5 a week... actually no its 4"): the
// "no" only says again that the count before it is taken back.
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

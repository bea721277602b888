// A count told of one day ("did 2 classes today", "rolled six times tonight") is a log of that day,
// not how often the user trains; a day named beside a weekly habit leaves the habit read.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('one day logged states no habit', () => {
  reads([
    ['training_frequency', 'did 2 classes today back to back, dead', null],
    ['training_frequency', 'rolled six times tonight', null],
    ['training_frequency', 'trained twice yesterday, legs are gone', null],
    // controls: a habit told beside the day
    ['training_frequency', 'just got my blue belt last night!!! anyway 3x a week', 3],
    ['training_frequency', 'prof gave me my 2nd stripe today haha. mon wed and sat', 3],
    ['training_frequency', 'did 2 today, usually 4 a week', 4],
  ]);
});

// Readings of timetables and gradings: the gym's own name for itself, weeks that alternate with a
// verb before their count, times of day counted, classes by who may come; a belt handed over as a
// surprise and a grading still to come; a part kept unless someone gets in the way.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('the gym called an academia is not the user', () => {
  reads([
    ['training_frequency', 'our academia runs classes 6 days a week', null],
    ['training_frequency', 'the academia has open mat every day but sunday', null],
    // control: the user's own count at the academia
    ['training_frequency', 'i go to the academia 3 times a week', 3],
  ]);
});

describe('a kind of week with its subject and verb before the count', () => {
  reads([
    ['training_frequency', 'every other week i get 5 in, otherwise 3', 4],
    ['training_frequency', 'every other week we usually do 6, other weeks 2', 4],
    ['training_frequency', 'every other week i train 2, the other weeks 4', 3],
    // control: the kind of week with no count of its own is that day every other week
    ['training_frequency', 'every other week i do the saturday class', 0.5],
  ]);
});

describe('times of day counted as sessions', () => {
  reads([
    ['training_frequency', 'two afternoons and a sunday', 3],
    ['training_frequency', '3 lunchtimes and a saturday open mat', 4],
    // control: mornings were already counted
    ['training_frequency', 'two mornings and saturday', 3],
  ]);
});

describe('classes by who may come add up', () => {
  reads([
    ['training_frequency', '2 ladies classes and 1 coed class', 3],
    ['training_frequency', 'one mixed class and 2 nogi classes', 3],
    // control: kinds known before
    ['training_frequency', 'one gi class, one nogi class and the sunday open mat', 3],
  ]);
});

describe('a belt handed over as a surprise', () => {
  reads([
    ['belt_level', 'coach surprised me with a blue belt last night', 'blue'],
    ['belt_level', 'the prof presented me with a brown belt at the seminar', 'brown'],
    // control: someone else surprised with a belt
    ['belt_level', 'coach surprised my friend with a blue belt, im still white', 'white'],
  ]);
});

describe('a grading still to come says nothing of the belt now', () => {
  reads([
    ['belt_level', 'grading for purple on the 21st of june', null],
    ['belt_level', 'my test for brown is on the 3rd', null],
    // controls: a grading passed is a belt got; a stripe count still tells the belt held
    ['belt_level', 'passed my test for blue last month', 'blue'],
    ['belt_level', 'white with 4 stripes, grading for blue on saturday', 'white'],
  ]);
});

describe('a part kept unless someone gets in the way', () => {
  reads([
    ['training_frequency', 'gi tue and thu, nogi mon, sunday open mat if nobody needs me at home', 4],
    ['training_frequency', 'tue thu gi, sat open mat if nobody has a party on', 3],
    // control: a part said "if i can" reads as before
    ['training_frequency', 'mon wed fri, and saturday if i can', 4],
  ]);
});

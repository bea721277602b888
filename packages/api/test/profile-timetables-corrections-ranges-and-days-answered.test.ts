// Timetables: a weekend narrowed to one day, days gone through with yes and no, a correction said
// with a count, the length of a session said beside its count, a class dropped from a count, and a
// range with sessions added to it; a day every other week beside others, letters of days before
// their class, and days listed with hyphens; a day opening a clause of its own after a list; "every
// day" with days named; a day taken out for another sport; a part counted by the month beside
// parts that say their own week.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('days narrowed or answered one by one', () => {
  reads([
    [
      'training_frequency',
      'monday gi, tuesday nogi, wednesday gi, thursday nogi, friday rest, weekends just sat open mat',
      5,
    ],
    ['training_frequency', 'uhh lemme think... mon yes, tue no, wed yes, thu yes (nogi), fri no, sat open mat yes', 4],
    // control: the whole weekend
    ['training_frequency', 'mon wed fri and both weekend days', 5],
  ]);
});

describe('a count said again rightly, or less a class dropped', () => {
  reads([
    ['training_frequency', '3 classes. well 2 classes and a 1 hour open mat', 3],
    ['training_frequency', '4 classes but i dropped the thursday one since the new job', 3],
    // control: a correction that adds
    ['training_frequency', '3 a week. actually 4 since january', 4],
  ]);
});

describe('the length of a session counts none', () => {
  reads([
    ['training_frequency', 'two 90 min classes at the uni + one private lesson a week', 3],
    // control: the length of sessions already counted
    ['training_frequency', '6 days a week, 2 hour sessions', 6],
  ]);
});

describe('a range with sessions added', () => {
  reads([
    ['training_frequency', 'between 2 and 4 in the week depending on shifts, plus open mat sunday always', 4],
    ['training_frequency', '3-4 classes + OM sunday', 4.5],
    // control: a range alone
    ['training_frequency', '2-4 a week depending on shifts', 3],
  ]);
});

describe('a day every other week beside days every week', () => {
  reads([
    ['training_frequency', 'tue/thu + every other sat', 2.5],
    ['training_frequency', 'every sunday and every second wednesday', 1.5],
    // control: every week
    ['training_frequency', 'tue/thu + sat', 3],
  ]);
});

describe('letters of days after their class, and days listed with hyphens', () => {
  reads([
    ['training_frequency', 'nogi m w, gi t th, comp class sat', 5],
    ['training_frequency', 'noon m-w-f and one night class tue', 4],
    ['training_frequency', 'm-w-f', 3],
    // control: two ends of a range
    ['training_frequency', 'm-f noon', 5],
  ]);
});

describe('a day of its own after a list, every day of the days named, a day taken out for another sport', () => {
  reads([
    ['training_frequency', 'one a day mon-thu, fri off, sat i do 2', 6],
    ['training_frequency', 'one class every day mon to fri plus 2 on sat', 7],
    ['training_frequency', 'mon-sat minus thursday (kids soccer practice)', 5],
    // controls: a list in Polish; every day with a day taken out
    ['training_frequency', 'trenuję pon, śr i pt, plus sobota open mat', 4],
    ['training_frequency', 'every day except sunday', 6],
  ]);
});

describe('a part counted by the month', () => {
  reads([
    ['training_frequency', '2x gi, 2x nogi, and privates 2x a month', 4.46],
    ['training_frequency', 'twice a month privates, otherwise wed + fri', 2.46],
    // controls: the month shared by a bare count after it; the same sessions said by the month and by day
    ['training_frequency', '4 gi classes a month and 4 nogi', 1.85],
    ['training_frequency', 'about 4 sessions a month, basically every saturday', 0.92],
  ]);
});

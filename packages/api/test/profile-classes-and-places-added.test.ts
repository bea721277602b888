// Readings of counts told by place, days barred, plural times of day, waits for a belt ahead and
// time spent waiting: each adds or drops what a timetable or belt story says beside the habit now.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('a bare count told by its place adds to a count at another place', () => {
  reads([
    ['training_frequency', '4 at my gym and 1 nogi at the affiliate', 5],
    ['training_frequency', '3 at my main club and 2 gi classes at the other club', 5],
    ['training_frequency', '2 at my home academy and i visit a friends gym on fridays', 3],
    ['training_frequency', '2 at my home academy and i drop in at a buddys garage on saturdays', 3],
    ['training_frequency', '3 in the gi and 2 nogi', 5],
    // control: a count said with its period, then another place
    ['training_frequency', 'twice at my club, and i drop in at the affiliate by my office on sundays', 3],
  ]);
});

describe('days named only to say they cannot be trained', () => {
  reads([
    ['training_frequency', 'two sessions on saturday and one on sunday, weekdays are out with my commute', 3],
    ['training_frequency', 'saturday open mat plus sunday morning, weeknights i cant with the kids', 2],
    ['training_frequency', 'just the saturday and sunday classes, weeknights im slammed at work', 2],
    ['training_frequency', 'mon and wed, fridays never work for me', 2],
    // control: days listed with no bar are trained
    ['training_frequency', 'mon wed fri and weekends', 5],
  ]);
});

describe('plural times of day joined are each day’s classes', () => {
  reads([
    ['training_frequency', 'mornings and evenings on tuesday, thursday and saturday', 6],
    ['training_frequency', 'mornings and nights on mon and wed', 4],
    ['training_frequency', 'mornings and evenings on mon and fri', 4],
    // control: each time of day with its own day
    ['training_frequency', 'sunday mornings and thursday evenings', 2],
  ]);
});

describe('a wait still to run before the next belt', () => {
  reads([
    ['belt_level', '4 stripes on my blue, another 2 years til purple', 'blue'],
    ['belt_level', 'purple, another 2 years till brown', 'purple'],
    ['belt_level', 'white, 3 stripes, a few months til blue', 'white'],
    // control: a time it took to get a belt got
    ['belt_level', '5 years to black and i got it last month', 'black'],
    ['belt_level', 'took me 6 years until black', 'black'],
  ]);
});

describe('time spent hearing of or waiting for a belt is no time on the mats', () => {
  reads([
    ['belt_level', 'coach has been promising me purple for 2 years', null],
    ['belt_level', 'my coach says black is close, ive been told that for three years', null],
    ['belt_level', 'prof says blue is coming, been hearing that for a year lol', null],
    // control: a year trained
    ['belt_level', 'been training for a year', 'white'],
  ]);
});

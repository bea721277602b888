import { describe } from 'vitest';
import { reads } from './profile-reads';

// Timetables split over places, days and sessions per day (a gym listed beside a club, sessions a day
// on weekdays, a double session the gym runs, a day the body complains about), a belt test days or
// weeks away, and a side turned down after a lead-in word ("…, so no thanks").

describe('a gym listed beside a club is one more place trained at', () => {
  reads([
    ['training_frequency', 'uni club twice a week, the gym twice a week', 4],
    ['training_frequency', 'club practice tue thu, gym on mon wed fri, open mat sunday', 6],
    ['training_frequency', 'uni club once a week and the gym 3 times a week', 4],
    ['training_frequency', 'the academy on monday and wednesday, the gym on friday', 3],
    // BJJ named for one place only, or weights named, set the gym apart
    ['training_frequency', 'bjj at the club tue thu, gym mon wed fri', 2],
    ['training_frequency', 'club twice a week, gym for weights twice', 2],
  ]);
});

describe('sessions a day on weekdays are one part of a timetable', () => {
  reads([
    ['training_frequency', 'twice a day on weekdays, once on saturday', 11],
    ['training_frequency', 'two sessions a day on weekdays, one on sunday', 11],
    ['training_frequency', 'twice a day on weekdays', 10],
  ]);
});

describe('a class the gym runs is no running', () => {
  reads([
    ['training_frequency', 'one class on tuesday, two on thursday (they run a double session)', 3],
    ['training_frequency', 'one on monday, two on wednesday (they run a double)', 3],
    ['training_frequency', 'one class monday, two on thursday (the club run a double session)', 3],
    ['training_frequency', 'one class tuesday, two on friday (they run back to back sessions)', 3],
    ['training_frequency', 'tue thu, and i run on saturdays', 2],
  ]);
});

describe('a day the body complains about is no session', () => {
  reads([
    [
      'training_frequency',
      'two gi classes and one no-gi, plus open mat on saturday. the knees file a complaint every sunday',
      4,
    ],
    ['training_frequency', 'tue and thu nogi, saturday open mat, and my body is wrecked every sunday', 3],
    ['training_frequency', 'mon wed fri, my back hates me on saturdays', 3],
  ]);
});

describe('a belt test days or weeks away says nothing of the belt now', () => {
  reads([
    ['belt_level', 'I have my purple belt test in two weeks', null],
    ['belt_level', 'brown belt grading in 10 days', null],
    ['belt_level', 'my brown belt exam is in a few weeks', null],
    ['belt_level', 'got my purple belt grading in a couple of weeks', null],
    ['belt_level', 'black belt promotion in 5 days', null],
    ['belt_level', 'blue belt, purple belt test in 3 weeks', 'blue'],
    ['belt_level', 'got my blue belt 2 weeks ago', 'blue'],
  ]);
});

describe('a side turned down after a lead-in word is avoided', () => {
  reads([
    ['main_position', 'being on top feels like balancing on a waterbed, so no thanks', 'guard'],
    ['main_position', 'playing guard feels like drowning, so no thanks', 'top'],
    ['main_position', 'being stuck under someone feels like drowning, so nope', 'top'],
    ['main_position', 'top? no thanks', 'guard'],
  ]);
});

// Timetables with a part that hedges nothing counted or tells what the user no longer does, a day
// given to something else, the weekdays left after a skip, and counts said as "fourish" or
// "uno o dos".
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('an unsure part that names no days and no count leaves the timetable read', () => {
  reads([
    ['training_frequency', 'gi mon/wed, nogi tue/thu/sat, i try not to skip any', 5],
    // control: the hedge sits on a counted part
    ['training_frequency', 'mon wed fri, maybe saturday too', 3],
  ]);
});

describe('a part that tells what the user no longer does is no part of the week', () => {
  reads([
    ['training_frequency', 'no more two-a-days after my surgery, just once a day mon wed fri', 3],
    ['training_frequency', 'used to do two a day, now once a day tue and thu', 2],
    // control: "no more than" caps, it gives nothing up
    ['training_frequency', 'no more than 3 a week', 3],
  ]);
});

describe('a day given to something else is not trained', () => {
  reads([
    ['training_frequency', 'mon tue thu fri. wednesday is date night', 4],
    ['training_frequency', 'tuesday to saturday, sundays are church', 5],
  ]);
});

describe('the weekdays left after the days skipped', () => {
  reads([
    ['training_frequency', 'i skip mondays, rest of the weekdays im on the mat', 4],
    ['training_frequency', 'i dont go tuesdays or thursdays, the rest of the weekdays yes', 3],
    // control: the rest of the week is all seven days less the skipped
    ['training_frequency', 'i skip sundays, rest of the week im there', 6],
  ]);
});

describe('counts said with "-ish" glued on or as a Spanish or Portuguese range with "or"', () => {
  reads([
    ['training_frequency', 'threeish', 3],
    ['training_frequency', 'dos o tres por semana', 2.5],
    ['training_frequency', 'uma ou duas vezes por semana', 1.5],
    ['training_frequency', 'dos por semana', 2],
  ]);
});

describe('a gym called by its name, or work named as where it is, is where the user trains', () => {
  reads([
    ['training_frequency', 'one class a day tue-thu at the iron tiger gym near work, and saturday open mat', 4],
    // control: the gym alone is another activity
    ['training_frequency', 'bjj mon and wed, the gym tue and thu', 2],
  ]);
});

describe('"drop off" and "kick off" rest nothing', () => {
  reads([['training_frequency', 'every weekday except mondays bc of daycare drop off, plus sunday', 5]]);
});

describe('Portuguese "no" is "on the", not a denial', () => {
  reads([
    ['training_frequency', 'ter e qui no tatame, e sábado tem open mat', 3],
    ['training_frequency', 'segunda e sexta no treino da manhã, e no sábado open mat', 3],
  ]);
});

describe('what follows "so" after a share sums up, and a count said outright outweighs the doubles', () => {
  reads([
    ['training_frequency', '5 a week but 1 of those is pilates so bjj wise 4', 4],
    ['training_frequency', 'loads, like 8 sessions, i double most days', 8],
    // control: doubles over counted days with no count of sessions
    ['training_frequency', 'doubles 3 days a week', 6],
  ]);
});

describe('"dont … anymore" gives a part up, and one class on several named days is one each', () => {
  reads([
    ['training_frequency', 'i dont do two-a-days anymore, just one class on mon wed and fri', 3],
    ['training_frequency', 'one class on tue thu and sat', 3],
    // control: once over the weekend is once
    ['training_frequency', 'twice a week at my gym, plus once on weekends at a friends garage', 3],
  ]);
});

describe('a count a day over the days left after a skip', () => {
  reads([['training_frequency', 'no saturdays or sundays, rest of the week yes, once a day', 5]]);
});

describe('the two sessions of a double told after it are the double', () => {
  reads([
    ['training_frequency', '2x gi + nogi on thursday and a double on sunday (class then open mat)', 5],
    [
      'training_frequency',
      'tue and thu, then fridays i do a double, fundamentals and then the advanced class right after',
      4,
    ],
  ]);
});

describe('staying for both classes doubles the days of the part before', () => {
  reads([
    ['training_frequency', 'mon and wed, i stay for both classes', 4],
    [
      'training_frequency',
      'club on tuesdays and the main academy on saturdays, i do both the gi and the nogi class there',
      3,
    ],
  ]);
});

describe('a total summed up at the end is the answer', () => {
  reads([
    ['training_frequency', 'gi tuesday thursday, nogi monday, open mat sunday maybe, so 4ish', 4],
    ['training_frequency', 'two gi, one nogi, the odd open mat if the baby sleeps, 3 total', 3],
    // control: days named by a word after "so" are no count
    ['training_frequency', 'i skip mondays and fridays, so the other weekdays', 3],
  ]);
});

describe('a rate said of right now outranks the usual one', () => {
  reads([
    ['training_frequency', 'usually 5 but at the moment just 3 bc of my shoulder', 3],
    // control: the usual habit with nothing said of now
    ['training_frequency', 'usually 5, sometimes 6', 5],
  ]);
});

describe('the day of a promotion is when, not a day trained', () => {
  reads([
    ['training_frequency', 'graded to blue on friday 🎉 anyway, 4 times a week', 4],
    ['training_frequency', 'promoted to purple last saturday so now i go 5x a week', 5],
  ]);
});

describe('a session named after a rate of one says which it is', () => {
  reads([
    ['training_frequency', 'once a week, noon class, its all i can do with the twins', 1],
    // control: a session with a count of its own adds
    ['training_frequency', 'once a week at my gym, once at the uni club', 2],
  ]);
});

describe('"every other weekday" after days ruled out is all the other weekdays', () => {
  reads([['training_frequency', 'i dont go tuesdays or thursdays, every other weekday tho', 3]]);
});

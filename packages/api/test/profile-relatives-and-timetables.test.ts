import { describe } from 'vitest';
import { reads } from './profile-reads';

// Relatives further out (grandchildren, step-family) and the nicknames tacked on after them; belts got
// alongside someone else and promotions put off; chat-spelled dislikes of a side; timetables with
// "sat+sun", clocks like "6:30", company named with "other" and classes back to back.

describe('grandchildren and step-family are someone else', () => {
  reads([
    ['training_frequency', 'My grandson goes 3 times a week, I drive him', null],
    ['training_frequency', 'my granddaughter trains 4x a week', null],
    ['training_frequency', 'my stepson goes twice a week', null],
    ['main_position', 'my granddaughter plays guard', null],
    ['training_goals', 'my grandson wants to compete at pans someday', null],
    ['training_goals', 'my grandkids want to compete', null],
  ]);
});

describe('a nickname after someone else stays theirs', () => {
  reads([
    ['main_position', "my grandson's a guard player, little spider monkey", null],
    ['main_position', 'my daughter is a guard player, lil spider monkey', null],
    ['main_position', 'my wife plays top, a real pressure monster', null],
    ['main_position', 'i play guard, little spider monkey', 'guard'],
  ]);
});

describe('a belt got at the same time as someone else is the user’s too', () => {
  reads([
    ['belt_level', 'my husband got his purple the same day I did!', 'purple'],
    ['belt_level', 'my husband got his purple the same day as me', 'purple'],
    ['belt_level', 'my buddy got his blue same night i did', 'blue'],
    ['belt_level', 'my wife got her blue when I did', 'blue'],
    ['belt_level', 'my brother got his brown at the same grading as me', 'brown'],
    ['belt_level', 'my husband and I got purple the same day', 'purple'],
    ['belt_level', 'my wife got her blue belt and so did i', 'blue'],
    // the user's own belt said beside it wins
    ['belt_level', 'my husband got his purple the same day i got my blue', 'blue'],
    ['belt_level', 'my wife is purple, she trains with me', null],
  ]);
});

describe('a promotion put off is still to come', () => {
  reads([
    ['belt_level', "ugh my brown promotion keeps getting pushed back lol, i'll get there eventually 🙃", null],
    ['belt_level', 'my purple promotion got delayed again', null],
    ['belt_level', 'they postponed my blue belt grading', null],
    ['belt_level', 'my blue got put off till next year', null],
    ['belt_level', 'im blue, the purple grading got postponed', 'blue'],
  ]);
});

describe('a side that "sux" or "stinks" is the side avoided', () => {
  reads([
    ['main_position', 'top top top. bottom sux', 'top'],
    ['main_position', 'top, guard sux', 'top'],
    ['main_position', 'top all day, bottom stinks', 'top'],
    ['main_position', 'guard stinks, i just wanna smash', 'top'],
    ['main_position', 'top sux, i pull guard', 'guard'],
  ]);
});

describe('timetables', () => {
  reads([
    // "+" between two days lists them, it adds no part
    ['training_frequency', 'I train gi on weekends (sat+sun) and one nogi class midweek', 3],
    ['training_frequency', 'weekends (sat+sun)', 2],
    ['training_frequency', 'weekends sat+sun', 2],
    ['training_frequency', 'weekend (sat + sun) and wednesdays', 3],
    // the minutes of a clock count no classes
    ['training_frequency', 'the 6:30 class on monday and wednesday, and nogi on friday at lunch', 3],
    ['training_frequency', 'I go to the 6:30 class on mondays and wednesdays', 2],
    ['training_frequency', 'the 12:15 class tue thu and the 10:30 on saturday', 3],
    ['training_frequency', 'Mon Wed Fri at the 5:30 class, every week without fail', 3],
    // "with the other …" names company, not every other week
    ['training_frequency', 'mon wed fri noon class with the other old farts, and open mat saturday', 4],
    ['training_frequency', 'mon wed fri class with the other dads, and open mat saturday', 4],
    ['training_frequency', 'mon wed fri class with all the other mums, plus open mat saturday', 4],
    // back to back is on each day named
    ['training_frequency', 'Two classes back to back on Tuesdays and Thursdays', 4],
    ['training_frequency', '2 classes back-to-back on mon and wed', 4],
    ['training_frequency', 'i do 2 sessions back to back tuesday and thursday', 4],
    ['training_frequency', 'two back to back on saturday', 2],
  ]);
});

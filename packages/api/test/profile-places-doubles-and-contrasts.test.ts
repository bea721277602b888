// Timetables spread over places called by their names, doubles counted over the days, sessions
// gone back for on the same days, a part about someone else; and a side said after "but" that
// outweighs the one before, or a side given its share after a colon.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('a count at a place called by its name is a part of the timetable', () => {
  reads([
    ['training_frequency', 'twice at gracie barra downtown and once at the affiliate near work', 3],
    ['training_frequency', '3 at ribeiro jj and 1 at the garage', 4],
    ['training_frequency', 'mon wed fri at the main academy, thursday at the club on the other side of town', 4],
    // controls: times, not places; a hedge in a range still hedges
    ['training_frequency', 'twice at night and once at lunch', 3],
    ['training_frequency', '2-3 at the gym and once at the other', 3.5],
  ]);
});

describe('doubles over the days counted, and a class gone back for on the same days', () => {
  reads([
    ['training_frequency', '5 days, doubles on 2 of them', 7],
    ['training_frequency', 'mon and wed mornings, then i go back for the evening class on those same days', 4],
  ]);
});

describe('a part about someone else counts none of the user’s sessions', () => {
  reads([['training_frequency', 'tue thu at my gym and saturdays at my friends place, she has 6 mats', 3]]);
});

describe('a side said after "but" as keenly as the one before is the answer', () => {
  reads([
    ['main_position', "i pull guard a lot but i'd rather be on top", 'top'],
    ['main_position', 'i like passing but i spend most of my time in closed guard', 'guard'],
    // controls: added, not set against; each in its own setting
    ['main_position', 'i wrestle up a lot but i also like playing spider', 'balanced'],
    ['main_position', 'closed guard in gi, but in nogi i wrestle up and pass', 'balanced'],
  ]);
});

describe('a share given after a colon is that side’s', () => {
  reads([
    ['main_position', 'guard: 80%, top: 20%', 'guard'],
    ['main_position', 'bottom game: 65%, top: 35%', 'guard'],
  ]);
});

describe('a side said alone as the last sentence sums the answer up', () => {
  reads([
    ['main_position', 'some closed guard, some half. but where i win is passing. top', 'top'],
    ['main_position', 'i play a lot of spider and lasso, pass when i have to. guard.', 'guard'],
    // control: a side said first, then another with a word of its own
    ['main_position', 'top. guard sometimes', 'top'],
  ]);
});

describe('doubles over a count of days, and counts of a class "of the" kind', () => {
  reads([
    ['training_frequency', 'i do doubles 3 days a week', 6],
    ['training_frequency', 'double sessions 2 days a week', 4],
    ['training_frequency', '2 of the gi classes and 1 of the nogi ones', 3],
    // control: doubles worked are shifts, not sessions
    ['training_frequency', 'i work doubles 4 days a week, train twice', 2],
  ]);
});

describe('a side that "has always been" the weak spot leans to the other', () => {
  reads([
    ['main_position', 'passing has always been my weak spot', 'guard'],
    ['main_position', 'guard has been my weakness for years', 'top'],
  ]);
});

describe('days named after a rate, over several parts, restate it', () => {
  reads([
    ['training_frequency', 'four times a week, monday, tuesday, thursday and saturday', 4],
    ['training_frequency', 'umas quatro vezes por semana, segunda, terça, quinta e sábado', 4],
    // more days than the rate counts add up
    ['training_frequency', 'twice a week, monday, wednesday, friday', 3],
  ]);
});

describe('Portuguese short day names in a run, and "mais" a session', () => {
  reads([
    ['training_frequency', 'seg, qua e sex na academia + sabado open mat', 4],
    ['training_frequency', 'treino 3x por semana e mais o open mat de sabado', 4],
  ]);
});

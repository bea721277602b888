// A side tried and given up is avoided; a belt held "as of" or "since" a time is no goal; a count of
// open mats after a count of a kind adds; the kids of a clause of when are no kids class; the day a
// belt was got is no session; "but i havent decided" doubts hearsay; "pretty even" after a comma sums
// both sides up; a class counted in the week is below a goal said; of two belts held now the later
// one; "wouldn't say" denies; a rate of no class restated by its day; where before the sessions.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('a side tried and given up is avoided', () => {
  reads([
    ['main_position', 'de abajo, me gusta la guardia. tried playing top but my cardio says no', 'guard'],
    ['main_position', 'guard player. tried top but my knees said no', 'guard'],
    // control: tried and kept
    ['main_position', 'tried top and loved it, i stay on top now', 'top'],
  ]);
});

describe('a belt held since a time is no goal', () => {
  reads([
    [
      'training_goals',
      "black belt as of sunday. the goal was always self defense and that hasn't changed",
      'self_defense',
    ],
    // controls: "now" decides a held belt too; the black belt aimed at
    ['training_goals', 'black belt since march, now i just roll for fun', 'recreational'],
    ['training_goals', 'black belt one day', 'skill_development'],
  ]);
});

describe('counts of kinds and open mats add; kids of a clause of when are people', () => {
  reads([
    ['training_frequency', '2 gi 2 nogi 1 om', 5],
    ['training_frequency', '1 gi 1 nogi 1 OM', 3],
    ['training_frequency', '3 times a week, mon wed fri at 6am before the kids wake up', 3],
    // control: no clause of when
    ['training_frequency', '3x a week, mon wed fri at 7pm', 3],
  ]);
});

describe('the day a belt was got is no session', () => {
  reads([
    ['training_frequency', 'got my purple sunday!! training like 4 times a week', 4],
    // control: a day trained
    ['training_frequency', 'sunday open mat and 3 classes during the week', 4],
  ]);
});

describe('undecided after hearsay, even summed up after a comma', () => {
  reads([
    ['main_position', 'everyone says i should play top bc im heavy but i havent decided', null],
    ['main_position', 'mon and wed i work guard, fri i work top, pretty even', 'balanced'],
    // control: hearsay left standing
    ['main_position', "coach says I'm a top player", 'top'],
  ]);
});

describe('a class counted in the week is below a goal said', () => {
  reads([
    [
      'training_goals',
      '1 fundamentals + 1 self defense class each week, i want to be able to protect myself',
      'self_defense',
    ],
    // control: the counted class alone still says the goal
    ['training_goals', '2 comp classes a week', 'competition'],
  ]);
});

describe('two belts held now, and a level denied', () => {
  reads([
    ['belt_level', 'started white at my undergrad gym, got blue there, now purple at this club', 'purple'],
    ['belt_level', "i wouldn't say beginner... pretty advanced tbh", 'blue'],
    // controls: a belt still to come; a level said
    ['belt_level', "I'm blue now but getting promoted to purple at the december grading", 'blue'],
    ['belt_level', 'pretty advanced tbh', 'blue'],
  ]);
});

describe('a rate of no class restated by its day, and where said before the sessions', () => {
  reads([
    ['training_frequency', 'once a week, just the sunday open mat', 1],
    ['training_frequency', '3 club sessions and 2 at my host gym here in lisbon', 5],
    // control: a rate of classes, then an open mat besides
    ['training_frequency', '2 classes a week, sunday open mat', 3],
  ]);
});

describe('even split said last', () => {
  reads([
    ['main_position', 'half guard on bottom, but i also love passing and mount, pretty even split', 'balanced'],
    // control: a side loved, nothing summed up
    ['main_position', 'half guard on bottom, but i really love passing and mount', 'top'],
  ]);
});

describe("a child's class whose days the user's sessions point back at; stronger in Spanish", () => {
  reads([
    [
      'training_frequency',
      "my daughter's class is mon/wed and i take the adult class at the same time both days, plus friday nogi",
      3,
    ],
    ['training_goals', 'ser mas fuerte y no gordo jaja', 'fitness'],
    // control: a child's class only watched
    ['training_frequency', 'my daughter has class mon and wed, i just watch, i train friday nogi', 1],
  ]);
});

describe('the pair said after "even" is split, no side', () => {
  reads([
    ['main_position', 'got promoted to purple, my game is pretty even top and bottom now', 'balanced'],
    // control: the sides weighed by "equally"
    [
      'main_position',
      'I refuse to specialise, one-dimensional people get figured out fast, so I try to be equally decent on top and underneath',
      'balanced',
    ],
  ]);
});

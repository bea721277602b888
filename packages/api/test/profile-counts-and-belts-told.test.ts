import { describe } from 'vitest';
import { reads } from './profile-reads';

// Belts told beside another art's ("my judo belt is black"), moved through straight to another, named
// after a pause from a promotion, trailed off into a hope, or a few weeks ahead; casual goals told by
// company kept and by shares of the reasons; and timetables of days joined by "n", "w/" with someone,
// "back to back" doubles, clocks before classes, classes named in two words, gyms named for a group,
// times of day joined with an article, days said to have no BJJ, and days told from today.

describe('an art\'s belt told as "my judo belt is black" is that art\'s', () => {
  reads([
    ['belt_level', 'idk my judo belt is black my bjj belt is white my patience is thin', 'white'],
    ['belt_level', "my karate belt's brown and my bjj belt is blue", 'blue'],
    ['belt_level', 'my taekwondo belt was black, my bjj belt is purple', 'purple'],
  ]);
});

describe('promoted from one belt straight to another holds the second', () => {
  reads([
    ['belt_level', 'double promoted from white straight to purple. long story', 'purple'],
    ['belt_level', 'got promoted from blue directly to brown somehow', 'brown'],
    ['belt_level', 'went from white right to purple', 'purple'],
  ]);
});

describe('a promotion told on after a pause is the user’s', () => {
  reads([
    ['belt_level', 'I got promoted! ...to a white belt with two stripes lol', 'white'],
    ['belt_level', 'got promoted... to a blue belt!', 'blue'],
    ['belt_level', 'finally promoted -- to the purple belt', 'purple'],
  ]);
});

describe('a belt trailed off into a hope is not held', () => {
  reads([
    ['belt_level', 'got my karate black belt at 30 and my bjj blue... well, hopefully at 42', null],
    ['belt_level', 'bjj black belt… someday lol', null],
    ['belt_level', 'blue... eventually', null],
    // a hope for another belt, or against, leaves the belt held
    ['belt_level', 'white... hopefully blue soon', 'white'],
    ['belt_level', 'white... hopefully not for long', 'white'],
  ]);
});

describe('a few weeks ahead are no beginner’s weeks', () => {
  reads([
    ['belt_level', 'should be getting my blue in a couple of weeks', null],
    ['belt_level', 'should be getting my purple in a few months', null],
    ['belt_level', 'getting my blue belt within a couple of weeks hopefully', null],
  ]);
});

describe('a belt given after a coach has given nothing', () => {
  reads([
    ['belt_level', 'tbh coach hasnt given me anything yet so white i guess', 'white'],
    ['belt_level', 'coach has given me a few stripes so white with stripes', 'white'],
  ]);
});

describe('rolls with the boys, nothing serious, are recreational', () => {
  reads([
    ['training_goals', 'honestly mate just wanna have a roll with the boys after work, nothin serious', 'recreational'],
    ['training_goals', 'roll with the lads', 'recreational'],
    ['training_goals', 'train with the bros', 'recreational'],
    ['training_goals', 'honestly nothing serious', 'recreational'],
    ['training_goals', 'after work roll, nothin too serious', 'recreational'],
    // a goal named outright still wins
    ['training_goals', 'compete with the boys at pans', 'competition'],
  ]);
});

describe('a share of the reasons weighs by its size', () => {
  reads([
    ['training_goals', '70% for fitness, 30% just hanging with the boys', 'fitness'],
    ['training_goals', '70% for fitness, 30% just hanging with the guys', 'fitness'],
    ['training_goals', '20% self defence, 80% just for fun', 'recreational'],
  ]);
});

describe('days joined by "n" are a run of days', () => {
  reads([
    ['training_frequency', 'tues thurs n sat mornin', 3],
    ['training_frequency', 'tues thur n sat', 3],
    ['training_frequency', 'mon n wed', 2],
    ['training_frequency', 'mon wed n fri', 3],
  ]);
});

describe('"w/" after the days is "with", not wednesday', () => {
  reads([
    ['training_frequency', 'mon wed fri + sat open mat w/ my boy', 4],
    ['training_frequency', 'mon wed fri + sat open mat w/ a buddy', 4],
    ['training_frequency', 'tue thu + sat open mat w/ my boy', 3],
    ['training_frequency', 'm/w/f', 3],
  ]);
});

describe('classes back to back on a day are that many that day', () => {
  reads([
    ['training_frequency', 'one class monday, two back to back on wednesday, and one saturday', 4],
    ['training_frequency', 'one class monday, two back-to-back on wednesday, and one saturday', 4],
    ['training_frequency', '1 on mon, 2 back-to-back on fri', 3],
  ]);
});

describe('a clock between a count and its classes', () => {
  reads([
    ['training_frequency', 'three 6am classes before school and the sunday open mat', 4],
    ['training_frequency', 'two 7pm classes and a saturday open mat', 3],
    ['training_frequency', '2 noon classes plus the sunday open mat', 3],
  ]);
});

describe('classes named in two words add up', () => {
  reads([
    ['training_frequency', '1 fundamentals, 1 all levels, 1 open mat', 3],
    ['training_frequency', '1 beginners, 1 all levels, 1 comp class', 3],
    ['training_frequency', '2 fundamentals, 2 all levels, 1 comp team', 5],
    ['training_frequency', '2 gi, 1 comp team', 3],
  ]);
});

describe('a gym named for who trains there is a class', () => {
  reads([
    ['training_frequency', "women's gym twice, mixed gym twice, and comp class on saturdays", 5],
    ['training_frequency', 'womens gym tuesday, mixed gym thursday and open mat sat', 3],
  ]);
});

describe('times of day joined with an article, or as am and pm', () => {
  reads([
    [
      'training_frequency',
      "a morning and an evening class on both tuesday and thursday, the rest of the week i'm at work",
      4,
    ],
    ['training_frequency', 'am and pm class on tue and thu', 4],
    ['training_frequency', 'AM and PM classes on mon and wed', 4],
    ['training_frequency', 'a morning and an evening class on saturday', 2],
    ['training_frequency', 'a morning and a night class on mon and wed', 4],
    ['training_frequency', 'the morning and an evening session on tue and thu', 4],
  ]);
});

describe('a day said to have no BJJ is no part of the week', () => {
  reads([
    [
      'training_frequency',
      "so normally I get monday night in, skip tuesday cause I'm knackered after the site, wednesday gi, thursday's footy training so no jits, friday nogi and then saturday open mat",
      4,
    ],
    ['training_frequency', 'mon gi, tue work late so no bjj, wed nogi, thu open mat', 3],
  ]);
});

describe('days told from today, called the usual week', () => {
  reads([
    ['training_frequency', "did nogi this arvo, then I've got gi tomorrow and thursday, that's me regular week", 3],
    ['training_frequency', "nogi tonight, gi tomorrow and thursday, that's my usual week", 3],
    // without the usual week it is only the next session
    ['training_frequency', 'gi tomorrow', null],
  ]);
});

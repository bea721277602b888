import { describe } from 'vitest';
import { reads } from './profile-reads';

// Sides avoided in roundabout ways (likened to defeat, "anywhere but my back", a list summed up, a side
// that hurts a body part), a top background that plays guard, a belt that was meant to come and didn't,
// a count said beside another sport's season, and classes done on each of the days counted.

describe('a belt meant to come and put off says nothing of the belt now', () => {
  reads([
    ['belt_level', "I've been a purple since 2021, was meant to get brown this year but I tore my ACL", 'purple'],
    ['belt_level', 'blue belt, was due my purple in june but covid', 'blue'],
    ['belt_level', 'brown belt, was scheduled to test for black but got hurt', 'brown'],
    ['belt_level', 'was meant to be blue by now but still white', 'white'],
    ['belt_level', 'i was set to get my purple in march, blue till then', 'blue'],
  ]);
});

describe('a side likened to giving up is avoided', () => {
  reads([
    ['main_position', 'pulling guard feels like giving up to me', 'top'],
    ['main_position', 'sitting to guard is basically quitting', 'top'],
    ['main_position', 'bottom feels like losing tbh', 'top'],
    ['main_position', 'pulling guard always felt like admitting defeat', 'top'],
    ['main_position', 'playing top feels like a cop out, i want to sweep', 'guard'],
  ]);
});

describe('anywhere but the back is top', () => {
  reads([
    ['main_position', 'anywhere but my back lol', 'top'],
    ['main_position', 'anything except my back', 'top'],
    ['main_position', 'honestly everything but my back', 'top'],
    ['main_position', 'anywhere but top', 'guard'],
  ]);
});

describe('a list of spots avoided, summed up as "anything where…"', () => {
  reads([
    [
      'main_position',
      'hate half guard bottom, hate closed guard bottom, basically anything where im under someone',
      'top',
    ],
    ['main_position', 'i hate closed guard bottom', 'top'],
    ['main_position', 'i detest half guard bottom, pretty much anything where im underneath', 'top'],
    // said on its own, the summing-up is read as it stands
    ['main_position', 'anything where im on top is fun', 'top'],
  ]);
});

describe('a side that hurts a body part named before it is avoided', () => {
  reads([
    ['main_position', 'no bottom for me thanks, two knee surgeries and guard kills them', 'top'],
    ['main_position', 'bad knees, guard wrecks them', 'top'],
    ['main_position', 'my back is shot and bottom destroys it', 'top'],
    ['main_position', 'dodgy shoulders, top kills them so i play guard', 'guard'],
    // no body part: the user's guard beating people
    ['main_position', 'my guard kills them', 'guard'],
  ]);
});

describe('a top background playing guard is guard', () => {
  reads([
    ['main_position', 'bottom lol i know i know wrestler playing guard 💀', 'guard'],
    ['main_position', 'bottom, yeah a judo guy pulling guard, i know', 'guard'],
    ['main_position', 'bottom haha im the ex wrestler who plays guard', 'guard'],
    ['main_position', 'wrestler, top', 'top'],
  ]);
});

describe("a count said beside another sport's season is the BJJ count", () => {
  reads([
    ['training_frequency', 'tbh not a lot, like once a week rn bc wrestling season but gonna go way more after', 1],
    ['training_frequency', 'not a lot, 2x a week rn cause of soccer season', 2],
    ['training_frequency', 'not much, twice a week because of football, more in summer', 2],
    ['training_frequency', 'mon wed bjj, tue thu muay thai', 2],
  ]);
});

describe('classes done on each of the days counted', () => {
  reads([
    ['training_frequency', 'I get 2 days off midweek and on both of them I do the noon class and the evening class', 4],
    ['training_frequency', '3 days a week, on each of those I do the morning and the evening class', 6],
    ['training_frequency', '2 days a week and each day I do the gi class and the nogi class', 4],
    ['training_frequency', 'mon and wed, both days the lunch class and the evening class', 4],
    // "both the lunch and the evening class" on one day is that day's
    ['training_frequency', 'Monday Wednesday Friday, and on Wednesdays I do both the lunch and the evening class', 4],
  ]);
});

import { describe } from 'vitest';
import { parses } from './profile-cases';

// Round r46–r48 of the profile-answer parser: Czech and Slovak, the user's own copula in other tongues,
// ranks as a crowd, no favourite side, belts counted from another belt, and counts that add up (a second
// class on some days, times of day over a comma run, a past count kept with more, a rota's off days).

describe('Czech and Slovak', () => {
  parses('belt_level', [
    ['dostal jsem modrý pás minulý měsíc', 'blue'],
    ['mám hnědý pásek', 'brown'],
    ['byl jsem modrý, teď fialový', 'purple'],
    // trained under someone's belt, in Czech, Polish or German, is their belt
    ['trénuju pod černým pásem', null],
    ['trenuje pod czarnym pasem', null],
    ['trainiere unter einem Schwarzgurt', null],
    // control: a belt the user has
    ['mam niebieski pas', 'blue'],
  ]);
  parses('training_goals', [
    ['soutěže mě nezajímají, chci se hlavně naučit bránit', 'self_defense'],
    ['sebeobrana', 'self_defense'],
    ['hlavně soutěže', 'competition'],
    ['pro radost', 'recreational'],
  ]);
  parses('training_frequency', [
    ['třikrát týdně', 3],
    ['dvakrát do týždňa', 2],
    // after a Czech day, "a" is "and"; "až" spans the days between
    ['pondělí a středa', 2],
    ['pondělí až pátek', 5],
    // control: Spanish "a" after its own day is still "to"
    ['lunes a viernes', 5],
  ]);
  parses('main_position', [
    ['radši jsem nahoře', 'top'],
    ['nerad jsem dole', 'top'],
    ['oboje', 'balanced'],
  ]);
});

describe('sides in other tongues; the user’s own copula; ranks as a crowd', () => {
  parses('main_position', [
    // "ich bin", "je suis": the user says what they are, whoever else the clause names
    ['mein Coach sagt ich bin ein Top-Spieler, und ja, stimmt', 'top'],
    // control: someone else is
    ['mein Coach sagt er ist ein Top-Spieler', null],
    // Dutch lying underneath or on top, as one verb
    ['geen fan van onderliggen', 'top'],
    ['ik hou van onderliggen', 'guard'],
    ['ik lig graag bovenliggend', 'top'],
    // a rank or a crowd as the subject is someone else
    ['the black belts at my gym all play top', null],
    ['the guys at my gym all play top', null],
    // controls: the user's own side after theirs, and the user's own rank
    ['the black belts at my gym all play top, i play guard', 'guard'],
    ['as a black belt i play top', 'top'],
  ]);
});

describe('no favourite side, none avoided', () => {
  parses('main_position', [
    ["I don't have a favorite, I don't avoid either one", 'balanced'],
    ['no favorite', 'balanced'],
    ['i dont avoid any position', 'balanced'],
    // controls: a favourite move is no side; a side avoided or favoured still reads
    ["i don't have a favorite submission, i play guard", 'guard'],
    ["no fav sub but i'm a top guy", 'top'],
    ['no favorite, but i mostly play guard', 'guard'],
    ["i don't avoid top", 'guard'],
  ]);
});

describe('belts counted from another belt', () => {
  parses('belt_level', [
    ["two belts below my coach and he's a brown", 'blue'],
    ["a belt behind my brother, he's purple", 'blue'],
    ["i'm two belts above my wife, she is white", 'purple'],
    ['got two new belts since I started at white', 'purple'],
    ['been promoted twice since white', 'purple'],
    ['got 2 belts since i started', 'purple'],
    // controls: a count of stripes, and a person whose belt is not said
    ['got two stripes since i started at white', 'white'],
    ['my coach is a brown, two belts above my friend', null],
    ['two belts below black', 'purple'],
  ]);
});

describe('counts that add up', () => {
  parses('training_frequency', [
    // "to days a week": a number heard as "to" before days counted per week
    ['to days a week', 2],
    ['for days a week', 4],
    // controls: where one goes, and free days
    ['i go to classes a week', null],
    ['to days', null],
    // what was forgotten explains the count restated
    ['twice a week no wait 3 i forgot thursdays', 3],
    ['twice a week actually 4 forgot the saturday open mat', 4],
    // Afrikaans "dag" (day) counts as "dae" does
    ['een dag gi, twee dae nogi', 3],
    ['1 dag gi, 2 dae nogi', 3],
    // times of day shared over a comma run of days
    ['morning and evening on mon, wed, fri', 6],
    ['mon, wed, fri', 3],
    ['morning and evening on mon, gi on wed', 3],
    // some of the days hold a second class
    ['4 days, and 2 of them i stay for the second class', 6],
    ['4 days a week, 2 of which are doubles', 6],
    ['4 days a week, 2 of them are bjj', 2],
    ['5 days, 2 of them i skip', 5],
    // "the friday class" added with "also" is weekly
    ['I go 3 times and i also do the friday class', 4],
    // a past count kept, with more added now
    ['I used to go 3 times but now i also do the friday morning class', 4],
    ['went twice a week, now I also do 2 nogi classes', 4],
    ['I used to go 3 times but now i go 4', 4],
    // a rota's off days
    ['I do 12 hour shifts, 4 on 3 off. I train once on each off day', 3],
    ['4 on 3 off, twice on each day off', 6],
    ['2 on 2 off, i train on my days off', 3.5],
    ['i work 4 days on 3 days off and go 3x a week', 3],
    // someone else's class the user trains during
    ['tues/thurs during my sons kids class (they have a parents group) and adult nogi saturday', 3],
    ['tues/thurs during my sons kids class, i just watch, and adult nogi saturday', 1],
    ['tues and thurs is my sons kids class (i just watch) and adult nogi saturday', 1],
  ]);
});

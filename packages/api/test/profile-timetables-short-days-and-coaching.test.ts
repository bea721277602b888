// Timetables with days in short forms (letters spaced, Polish and Japanese short names, a range over
// the week's end), days left out by "but" or "not", sessions told by "am"/"pm" or "OM", a share the
// user gets to, doubles pointed back at, and coaching with rolling after.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('short day names and ranges', () => {
  reads([
    ['training_frequency', 'sun thru thurs', 5],
    ['training_frequency', 'm t w th, and OM sat every other week', 4.5],
    ['training_frequency', 'pon, wt, czw + sobota open mat', 4],
    ['training_frequency', 'pon-pt oprócz środy bo praca', 4],
    ['training_frequency', 'getsu, sui, kin ni renshuu shiteru', 3],
    ['training_frequency', 'mon am, mon pm, wed pm, sat am', 4],
    // controls: a range inside the week; a lone letter is no day
    ['training_frequency', 'mon to fri', 5],
    ['training_frequency', 'i do pt on mondays and bjj tue thu', 2],
  ]);
});

describe('days left out by "but" or "not", and open mats said "OM"', () => {
  reads([
    ['training_frequency', 'every day but sunday, and twice on wednesdays', 7],
    ['training_frequency', 'i go every day but saturday and sunday, and not wednesday cos thats date night', 4],
    ['training_frequency', '2 gi + 2 nogi + 1 OM', 5],
    // control: both classes on a day named doubles that day only
    ['training_frequency', '3 nights + both sat classes', 5],
  ]);
});

describe('a share of the timetable the user gets to, and doubles pointed back at', () => {
  reads([
    ['training_frequency', 'lunchtime om is mon wed fri but i only make 2 of the 3 usually', 2],
    ['training_frequency', '5 classes a week and i get to 4 of those', 4],
    ['training_frequency', '3x a week, and on one of those days i double up', 4],
    ['training_frequency', 'i get 3 days off a week on my rota and i train all 3, doubling on one of them', 4],
    // control: a share named another sport leaves the rest
    ['training_frequency', '6 days a week, 2 of them are bjj', 2],
  ]);
});

describe('coaching with rolling after is training on those days', () => {
  reads([
    ['training_frequency', 'coach mon wed fri and roll after every class', 3],
    ['training_frequency', 'i help coach fundamentals mon/wed and roll after, plus saturday OM', 3],
    ['training_frequency', 'coach the adults tue/thu and roll every round with them, plus sat OM', 3],
    ['training_frequency', 'teach the womens class wed (i roll at the end w everyone), train mon and fri', 3],
    ['training_frequency', 'i teach the kids class mon/wed and roll w the big ones after, plus thu adults', 3],
    ['training_frequency', 'i do the adult class tue and thu, and i roll in the teens class i coach on wed', 3],
    // controls: coaching without rolling, or rolling in only some
    ['training_frequency', 'i coach mon wed, i dont roll with them', null],
    ['training_frequency', 'I coach the kids class 2x and train in the adult class 3x', 3],
  ]);
});

describe('short day names joined as their tongue joins them', () => {
  reads([
    ['training_frequency', 'trenuję pon, śr i pt, plus sobota open mat', 4],
    ['training_frequency', 'treino seg qua sex de manhã e sábado no open mat', 4],
  ]);
});

describe('"once" opening a clause counts nothing', () => {
  reads([
    ['training_frequency', 'planning to start 3x a week next month once nights finish', null],
    ['training_frequency', 'want to start coming 3x a week once harvest is over', null],
    // controls: once as a count
    ['training_frequency', 'once a week', 1],
    ['training_frequency', 'once is enough', 1],
  ]);
});

describe('counts over different periods add up whichever comes first', () => {
  reads([
    ['training_frequency', 'privates twice a month and group class twice a week', 2.46],
    // control: the other order
    ['training_frequency', 'group class twice a week and privates twice a month', 2.46],
  ]);
});

describe('clocks of their own days, two day letters before a class, and a double told after it', () => {
  reads([
    ['training_frequency', '6am m-f and saturday 9am', 6],
    ['training_frequency', 'm w f gi, t th nogi, sat OM, sunday off obv', 6],
    // (read right before "OM" was a session; the open mat after tells the double)
    ['training_frequency', 'tues/thurs, and twice on saturday (morning class and the OM after)', 4],
    // control: two clocks on the same days are two a day
    ['training_frequency', '6am and 7pm on tue and thu', 4],
  ]);
});

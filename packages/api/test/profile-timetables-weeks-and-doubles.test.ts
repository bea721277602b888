// Timetables that take days out of a whole week or a range (in several tongues), doubles among a
// count of days, days named by letters or short names beside a class, weeks that alternate, a sum
// written out, and answers from someone off the mats for now.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('days taken out of a whole week or a range of days', () => {
  reads([
    ['training_frequency', 'every day except sun, double on wed', 7],
    ['training_frequency', 'every day except sundays, and i double up on saturdays', 7],
    ['training_frequency', 'morning and evening every day except weekends', 10],
    ['training_frequency', 'lunes a viernes menos el jueves', 4],
    ['training_frequency', 'segunda a sexta, menos quarta', 4],
    // controls: a rest day takes its day out too; a whole week with nothing taken out is the rate's;
    // someone else's week is none of the user's
    ['training_frequency', 'every day except sundays and my rest day wednesday', 5],
    ['training_frequency', 'Every day. Literally every day, 7 days.', 6.5],
    ['training_frequency', 'my wife trains every day, I go twice a week', 2],
    ['training_frequency', 'the academia has classes every day except sunday', null],
  ]);
});

describe('a time of the working day is no time gone by', () => {
  reads([
    ['training_frequency', '7am class mon to fri before my shift starts', 5],
    ['training_frequency', 'mornings monday to thursday before my shift at the hospital, thats my lot', 4],
    ['training_frequency', 'one morning class before my 9-5 on tuesday and thursday, then the saturday one', 3],
    // controls: before an event the habit is past; a range of counts is still a range
    ['training_frequency', 'used to train 5 days a week before my knee surgery', null],
    ['training_frequency', '2-3x a week', 2.5],
  ]);
});

describe('days by letters, and short day names beside the class trained', () => {
  reads([
    ['training_frequency', 'm-f 6am', 5],
    ['training_frequency', 'm-th evenings', 4],
    ['training_frequency', 'seg qua sex gi, ter nogi', 4],
    ['training_frequency', 'gi seg/qua, nogi qui, openmat sáb', 4],
    ['training_frequency', 'm/w/f lunch class n a double on sat', 5],
  ]);
});

describe('doubles among a count of days, and both classes', () => {
  reads([
    ['training_frequency', '3 days a week but i double on two of them', 5],
    ['training_frequency', '6 days, 2 doubles in there', 8],
    ['training_frequency', 'i go 3 days but i double up on 2 of them', 5],
    ['training_frequency', '3 days but i stay for both the gi and the nogi class each time', 6],
    ['training_frequency', 'each tue and thu i take both the gi and the nogi class', 4],
    ['training_frequency', 'gi tue thu and nogi straight after on both days', 4],
    ['training_frequency', 'tue and thu, both classes', 4],
    // control: both classes on one of the days named is one more, not every day doubled
    ['training_frequency', 'monday to saturday, and on saturday I do both the morning and the afternoon class', 7],
  ]);
});

describe('weeks or halves of the month that alternate average out', () => {
  reads([
    ['training_frequency', '2 one week 4 the next', 3],
    ['training_frequency', 'alternating weeks cos of custody, 2 one week 4 the next', 3],
    ['training_frequency', 'one week its 3 the next its 5, my rota flips every week', 4],
    ['training_frequency', 'half the month im on nights so like 2, other half 4', 3],
    // control: a period that names the week of the count after it
    ['training_frequency', 'every other week 3, otherwise 1', 2],
  ]);
});

describe('a sum written out, and "rn"', () => {
  reads([
    ['training_frequency', '2 nogi + 1 comp class + OM = 4', 4],
    ['training_frequency', '4 classes a week during term but its school holidays so just 2 rn', 2],
  ]);
});

describe('off the mats for now states no habit', () => {
  reads([
    ['training_frequency', 'was training 6x, tore my acl, not been back yet', null],
    ['training_frequency', 'was 2x before covid, been off since', null],
    ['training_frequency', 'none atm, ankle in a boot 🙃 normally 3', null],
    // control: back on the mats
    ['training_frequency', 'was off for a month with my knee but back to 3x now', 3],
  ]);
});

describe('an emoji closes what it follows', () => {
  reads([
    ['training_frequency', 'every day 😅 wife is not thrilled', 6.5],
    // control: the same said with a comma
    ['training_frequency', 'every day, wife is not thrilled', 6.5],
  ]);
});

import { describe, expect, it } from 'vitest';
import { parses, type Case } from './profile-cases';
import { reads } from './profile-reads';
import { parsePendingAnswer, parseProfileAnswer, type ProfileField } from '../src/domain/profile-answers';

// training_frequency: which count is the user's habit now. A rate of the past, wished for, planned, only in
// an "if", someone else's, another art's or activity's, or a count of work shifts is not; a change made,
// a season said to be now or a share told as BJJ is. Plain counts: profile-frequency.test.ts.

describe("a rate mentioned is not the user's rate now", () => {
  parses('training_frequency', [
    ['goal is 5x a week', null],
    ['the gym has classes 6 days a week', null],
    ['my training partner goes every day, I manage twice', 2],
    ['planning on 3 times a week once my new job settles down', null],
    ['hoping to go from once a week to three', 1],
    // a past habit alone says nothing of now
    ['used to train 5 days a week before my knee surgery', null],
    ['used to train 5 days a week, now 2', 2],
    ['in college i was on the mat every single day', null],
    // a rate worked toward, or training not begun ("starting" is no "sparring")
    ['trying to get up to 4 a week', null],
    ['starting next month, prob 3x', null],
    ['every dang day bro no days off 💪', 6.5],
    // a change made: the count after "to" is now
    ['went from twice a week to four since i moved closer to the gym', 4],
    ['I wish I could train every day', null],
    ['the pros train twice a day', null],
    // "us" as the object of someone else's wish is the coach's number, not the user's
    ['my professor expects us on the mat 5 times a week', null],
  ]);
});

describe("another art's schedule is not the BJJ one", () => {
  parses('training_frequency', [
    ['muay thai 3x and jiu jitsu 2x', 2],
    ['I do karate on mondays and bjj tuesday and thursday', 2],
  ]);
});

describe('a rate bargained over, planned, not begun, or said in Portuguese or Spanish', () => {
  reads([
    ['training_frequency', "i'm 64 and my knees say once, my instructor says twice, so we settle on 2 lol", 2],
    ['training_frequency', 'gonna go 6x once I start comp prep', null],
    ['training_frequency', 'todo dia, menos domingo', 6.5],
    ['training_frequency', 'entreno martes y jueves', 2],
    ['training_frequency', "haven't started yet, signing up monday", null],
  ]);
});

describe("counts said beside another art's: the BJJ one is the count", () => {
  reads([
    ['training_frequency', '3 bjj and 2 muay thai', 3],
    ['training_frequency', '2x muay thai and 3x bjj', 3],
  ]);
});

describe("others named by where they live, and counts in words beside another art's", () => {
  reads([
    ['training_frequency', 'my roommate goes like every day', null],
    ['training_frequency', 'twice a week bjj and twice boxing', 2],
    ['training_frequency', 'two judo and three bjj', 3],
  ]);
});

describe("a count after an art is that art's", () => {
  reads([
    ['training_frequency', 'bjj 4x muay thai 2x', 4],
    ['training_frequency', 'bjj 3 muay thai 2', 3],
  ]);
});

describe('shifts at work are no training; a start next month is not now', () => {
  parses('training_frequency', [
    ['i work 3 twelve hour shifts a week at the hospital', null],
    ['once every two weeks, shift work sucks', 0.5],
    ['work 4 days, train 3', 3],
    ['starting next month ill do 5 a week but right now just 2', 2],
    ['starting next month, prob 3x', null],
  ]);
});

describe('shifts told by their hours, a decade gone by, a count corrected in words, days avoided', () => {
  parses('training_frequency', [
    // "four 10s": shifts told by their hours
    ['nurse here, four 10s a week so it varies', null],
    // a decade gone by is the past; "these days" is no typo of "there days"
    ['3 times a week in my 20s', null],
    ['5 days a week in my 30s, these days twice', 2],
    ['trained 4 times a week. these days once', 1],
    // the corrected count may be a word
    ['two. wait no, three, I forgot saturday', 3],
    // days avoided or dodged are not trained, nor the class named with them
    ['I steer clear of weekends, so monday through friday, all five', 5],
    ['avoid the monday class, which leaves me wed and fri', 2],
    ['dodge the saturday one, so tue thu', 2],
  ]);
});

describe("totals so far, seasons gone by, changes, pt weekdays, weeks of none, the gym's timetable asked", () => {
  parses('training_frequency', [
    // a running total is no weekly rate
    ['had maybe 9 sessions so far', null],
    ['done 6 classes in total', null],
    // a season gone by is no habit now; "back to" says the habit now
    ['5 a week during the holidays, 3 a week', 3],
    ['4 a week for the comp, back to 2 a week', 2],
    // a change verb one word before "from"
    ['bumped it from 3 to 5 after new year', 5],
    // Portuguese short day names in a run
    ['ter, qui e sab', 3],
    // weeks that drop to none keep no count
    ['some weeks none, some weeks 5', null],
    ['algunas semanas ninguna, algunas semanas 3', null],
    // the gym's timetable put up to be confirmed
    ['the adult classes are tue and thu right?', null],
  ]);
});

describe('a change told over time, times of day joined by "+", words that are no day names', () => {
  const exactly = (field: ProfileField, cases: readonly Case[]) =>
    it.each(cases)(`${field}: %j → exactly %j`, (text, expected) => {
      expect(parseProfileAnswer(field, text)).toBe(expected);
    });
  exactly('training_frequency', [
    // a count raised to is the count now, past the verb's particles, and no ceiling
    ['ramped it up from 1 to 3 times a week', 3],
    ['was doing 2, stepped it up to 5 a week', 5],
    ['3 a week before, bumped it up to 5', 5],
    ['was at 2 a week, kicked it up to 4 after new year', 4],
    // "+" joins times of day on one day
    ['2 classes on thursday (lunch + night), 1 sunday', 3],
    // "says" is no slip of "sats"
    ['Tuesdays and Thursdays. My wife says that is already too much', 2],
    // a slip is of a day's name, not its short form: "sits" is not "sats"
    ['Tuesdays and Thursdays, she sits and watches', 2],
    // a rate before and after, in Spanish
    ['antes iba 3 veces, ahora 2', 2],
  ]);
});

describe('military PT and rucking are another activity beside BJJ', () => {
  parses('training_frequency', [
    // military PT and rucking are another activity beside BJJ
    ['PT five mornings a week, jiu jitsu 3 nights', 3],
    ['ruck on saturdays, bjj twice a week', 2],
  ]);
});

describe('short day names and counts in Portuguese and Spanish, wishes, and BJJ not begun', () => {
  parses('training_frequency', [
    ['de manha seg qua sex e de noite ter e qui', 5],
    ['seg a sex', 5],
    ['lun a vie', 5],
    ['lun mie vie', 3],
    ['13 treinos por mes mais ou menos', 3],
    ['3 aulas por semana', 3],
    ['4 clases a la semana', 4],
    ['quiero entrenar cuatro veces pero no se si puedo', null],
    ['me gustaria ir 3 veces', null],
    ['quero treinar 5x, hoje treino 3x', 3],
    ['havent started yet, first class is next tuesday and im bricking it', null],
    ['i go to the gym 5 days a week and run on weekends, havent found a bjj place near the new flat yet', null],
    ['still looking for a bjj gym near me', null],
    ['ainda nao comecei', null],
    ["haven't started competing, train 3x", 3],
    ['havent found a gym near the new flat so for now i drill at home twice a week', 2],
  ]);
});

describe('the rate for now beside one only in an "if"', () => {
  parses('training_frequency', [
    // "por enquanto", "no momento", "de momento": for now, in Portuguese and Spanish
    ['vou pegar a azul se treinar 4x, mas por enquanto é 2x', 2],
    ['se pudesse treinava 6x, no momento 3x', 3],
    ['de momento voy 2 veces, si pudiera iría 5', 2],
    ['por el momento 3 veces por semana', 3],
    ['minha meta é 5x, mas por enquanto 3x', 3],
    ['4x nas férias, por enquanto 2x', 2],
    ['4 veces en verano, de momento 2', 2],
    ['5x ano passado, no momento 3x', 3],
    // the rate of an "if" is no habit
    ['se treinar 4x pego a azul logo, treino 2x', 2],
    ['si entrenara 5 veces seria morado, entreno 2', 2],
    // "…by now" is the wish's time, not the habit's
    ['if i trained 5x id be blue by now, but for now its 2x', 2],
    // Portuguese "no momento" (at the moment) negates nothing
    ['no momento só 2x', 2],
  ]);
});

describe('a share of a count, told as BJJ or as another activity', () => {
  parses('training_frequency', [
    ["uhh I'm in the gym every day but bjj only 3 of those", 3],
    ["I'm at the gym 6 days a week, 2 of those are bjj", 2],
    ['gym 5 times a week but only 2 of them jiu jitsu', 2],
    ['vou na academia todo dia mas jiu só 3 desses', 3],
    ['voy al gym todos los dias pero bjj solo 3 de esos', 3],
    // a share named another activity leaves the rest
    ['5 classes a week, 2 of those are crossfit lol', 3],
    ['5 sessions a week, 2 of which are yoga', 3],
    ['entreno 5 veces por semana, 2 de ellas son pesas', 3],
    // a share of BJJ sessions, or of wrestling at the gym, still counts them all
    ['bjj 5x a week, 3 of those are gi', 5],
    ['jiu jitsu 5x a week, 2 of those are bjj fundamentals', 5],
    ['3 sessions, one of them is wrestling practice at the club', 3],
  ]);
});

describe('BJJ that starts soon has not begun: no rate yet', () => {
  parses('training_frequency', [
    ['taekwondo 3x a week, starting bjj next week', null],
    ['i start on monday, probably 2x', null],
    ['3x a week, starting at a new gym next week', 3],
    ['2x a week, starting nogi next month too', 2],
  ]);
});

describe('a clause opening on "now" is the habit now, however far its count', () => {
  parses('training_frequency', [
    ["3x a week as a white belt, now I'm purple and go 5x", 5],
    ["during the academy I did 5 a week, now on patrol it's like 2", 2],
    ["used to go 4 times, now with the baby and everything it's 1", 1],
    ['antes 2 vezes, agora com o trabalho novo treino 4 vezes', 4],
    ['now I go 3x a week', 3],
  ]);
});

describe('a season said to be now, a count said to be more', () => {
  parses('training_frequency', [
    ['in winter 4 times, in summer I go surf so now (july) only 1', 1],
    ["winter 5x a week, summer 2x, it's summer now", 2],
    ['3x a week in winter and 1x in summer, which is now', 1],
    ["4x in the winter, 2 in the summer but now it's winter", 4],
    ['In the gym its 2 days, but at home I drill with my brother 1 more day', 3],
    ['3 classes a week, and I do open mat 1 more day', 4],
    // a count only wished for is not more
    ['2 days a week, i want 1 more day', 2],
  ]);
});

describe('a count of shifts named right before it is work, not training', () => {
  parses('training_frequency', [
    ['night shift 4 nights a week, so I hit the noon class on my 3 off days', 3],
    ['i work nights 4 a week, train on my 3 days off', 3],
    ['night shift 4 nights a week', null],
    // trained around the work, the count is training
    ['I train after work 3 times a week', 3],
    ['after my shift 3x a week', 3],
    ['night shift, 4 times a week', 4],
  ]);
});

describe('a shift as a condition is no count of shifts', () => {
  parses('training_frequency', [
    // a condition on the habit is no count of shifts
    ['every day except sunday if night shift allows', 6],
    ['every day except sunday when shifts allow', 6],
    ['every day except sunday if work allows', 6],
    ['twice a week whenever my shifts allow', 2],
    ['3x a week shifts permitting', 3],
    // controls: shifts counted are work
    ['i work 3 shifts a week', null],
    ['3 twelve hour shifts a week', null],
    ['3 shifts when it is busy', null],
    ['every day except sunday', 6],
  ]);
  it('reads the shift condition while the question is pending', () => {
    expect(parsePendingAnswer('training_frequency', 'every day except sunday if night shift allows')).toBe(6);
  });
});

describe('a season said of now, and corrections read as before', () => {
  parses('training_frequency', [
    // each count's season in its own clause, named before one count and after the other
    ["twice a week in summer, right now in winter it's like 4", 4],
    ['2x in the summer, in winter 4 at the moment', 4],
    ["twice a week in summer, at the moment in winter it's like 4", 4],
    // controls: one order throughout, a season said of now, no season at all
    ["in winter 4 and in summer 2, it's summer now", 2],
    ["4 in winter, in summer 2 but right now it's summer", 2],
    ["used to go twice a week, at the moment it's like 4", 4],
  ]);
  parses('training_frequency', [
    // controls: the count corrections read as before
    ['3 no wait i mean 4', 4],
    ['3, i mean some weeks i miss one', 3],
  ]);
});

import { describe, expect, it } from 'vitest';
import { parses } from './profile-cases';
import { reads } from './profile-reads';
import { parseProfileAnswer } from '../src/domain/profile-answers';

// training_frequency: the plain answers and how a count is said: number words, ranges, averages, ceilings,
// weeks that alternate, slips and mishearings, other tongues, and counts corrected, denied or taken back.
// Days and timetables: profile-frequency-timetables.test.ts. Whose rate, and for when:
// profile-frequency-now.test.ts.

describe('training_frequency', () => {
  describe('number words and ranges', () => {
    parses('training_frequency', [
      ['twice', 2],
      ['once a week', 1],
      ['three times a week', 3],
      ['2-3x a week', 2.5],
      ['1-2 times', 1.5],
      ['4x per week', 4],
      ['two to three times a week', 2.5],
      ['once or twice a week', 1.5],
      ['5/6 days a week', 5.5],
      ['2,5 per week', 2.5],
    ]);
  });

  it('reads "every day" and "daily" as one value inside 6–7, and "almost every day" just below', () => {
    const everyDay = parseProfileAnswer('training_frequency', 'every day');
    expect(everyDay).toBe(parseProfileAnswer('training_frequency', 'daily'));
    expect(everyDay).toBe(parseProfileAnswer('training_frequency', 'everyday'));
    expect(everyDay).toBeGreaterThanOrEqual(6);
    expect(everyDay).toBeLessThanOrEqual(7);
    expect(parseProfileAnswer('training_frequency', 'almost every day')).toBe(6);
  });

  describe('phrases without a count', () => {
    parses('training_frequency', [
      ['twice a day', 14],
      ['a couple times a week', 2],
      ['a few times', 3],
      ['most days', 5],
      ['weekends only', 2],
      ['every other day', 3.5],
      ['Mon, Wed and Fri', 3],
      ['mon-fri', 5],
      ['Two sessions a day, 5 days a week', 10],
      ['3 gi classes and 2 nogi a week', 5],
    ]);
  });

  it('never stores a rate that rounds to 0', () => {
    expect(parseProfileAnswer('training_frequency', '0.001 times a week')).toBeNull();
    expect(parseProfileAnswer('training_frequency', '0.004x per week')).toBeNull();
  });

  it('converts per-month counts to per week, a month being 52 / 12 weeks', () => {
    expect(parseProfileAnswer('training_frequency', '8 times a month')).toBe(1.85);
    expect(parseProfileAnswer('training_frequency', 'once a month')).toBe(0.23);
    expect(parseProfileAnswer('training_frequency', '30 classes a month')).toBe(6.92);
  });

  describe('ignores durations, ages and stripes, preferring the count tied to a frequency', () => {
    parses('training_frequency', [
      ['been at it 10 years, twice a week now', 2],
      ["I'm 42 and train 3 times a week", 3],
      ['3 days a week, 90 min each', 3],
      ['used to go 5x a week but now only 2', 2],
      ['training for 2 weeks', null],
    ]);
  });

  it.each([
    '0',
    '-2',
    '15',
    '20 times a week',
    'whatever',
    'lol',
    'not much',
    'as much as I can',
    'none right now, injured',
  ])('rejects %j', (text) => expect(parseProfileAnswer('training_frequency', text)).toBeNull());
});

describe('what follows a correction is the count', () => {
  parses('training_frequency', [
    ['none lol jk, 3', 3],
    ['twice a week, make that 3', 3],
    ['2 i think? 3 with the saturday open mat, so 3', 3],
    ['twice, i mean three', 3],
    ['3 no wait 4, forgot the open mat', 4],
    // elaboration, not correction: "i mean" and "so" take back only for a count said at once
    ['usually 3 times a week, i mean some weeks i miss one', 3],
  ]);
});

describe('counts spelt with a letter wrong', () => {
  reads([
    ['training_frequency', 'trice a week', 3],
    ['training_frequency', 'twise a week', 2],
  ]);
});

describe('numbers heard wrong ("for", "to") and "for fun" beside a count', () => {
  reads([
    ['training_frequency', 'like for times a week', 4],
    ['training_frequency', 'to times a week tops', 2],
    ['training_frequency', 'for fun, 3x a week', 3],
  ]);
});

describe('"in my dreams" takes back its own count; "so just" restates', () => {
  reads([
    ['training_frequency', 'every day in my dreams lol', null],
    ['training_frequency', 'I skip the friday class so just mon and wed', 2],
    ['training_frequency', '3x a week so just enough to stay sharp', 3],
    ['training_frequency', 'zero lol jk', null],
  ]);
});

describe('a wish takes back only its clause; "so just" restates only before days', () => {
  reads([
    ['training_frequency', 'every day in my dreams, realistically 3x a week', 3],
    ['training_frequency', '4x a week so only 2 are gi', 4],
  ]);
});

describe('Spanish and Portuguese weekly counts', () => {
  parses('training_frequency', [
    ['dos veces por semana', 2],
    ['duas vezes por semana', 2],
    ['tres veces a la semana', 3],
    ['3 vezes por semana', 3],
    ['uma vez por semana', 1],
    ['cuatro veces por semana', 4],
    ['una vez a la semana', 1],
    ['ocho veces al mes', 1.85],
    // "dos" is Portuguese "of the" and "uno" a pronoun when no count follows
    ['na maioria dos dias', null],
    ['uno nunca sabe', null],
  ]);
});

describe('an average stated wins over the counts it averages', () => {
  parses('training_frequency', [
    ['5 on a good week and 1 on a bad one, averaging about 3', 3],
    ['2 gi classes plus 2 nogi, about 3 on average', 3],
    ['algumas semanas 4, outras 2, em media 3', 3],
  ]);
});

describe('days restating a count, corrected counts, past starts, shifts as a reason, a class added with "also"', () => {
  parses('training_frequency', [
    // days named after a count are when those sessions fall, not more of them
    ['two times in the week, monday and wednesday', 2],
    ['training 3 times in the week, mon wed fri', 3],
    // …but days with a kind of class after them, or added, are more
    ['2 gi classes, tuesday and thursday nogi', 4],
    ['twice a week, tuesday and thursday, plus saturday', 3],
    // after a correction the corrected count is the answer; the explanation after it is no count
    ['3 a week.. actually 4, forgot i do the saturday open mat every week', 4],
    ['twice. actually 3, i forgot the sunday open mat', 3],
    ['2x a week, actually 3x, plus an open mat', 4],
    // where the habit started is no part of the week now; a day range counts its days
    ['I started with once a week but got hooked, now its mornings Monday through Saturday', 6],
    ['began at twice a week, now mon-fri', 5],
    ['started out 2x a week, now its monday to friday', 5],
    // shifts a count depends on are the reason it varies, not what it counts
    ['like 3-4x/wk depending on shifts', 3.5],
    ['2x/wk around my shifts', 2],
    // a spaced dash ends what a "no" said: "said no — 3 now"
    ['not 5 anymore, knees said no — 3 now', 3],
    ['doc said no - twice a week now', 2],
    ['no longer 6, back said no -- 3 these days', 3],
    // "also … on saturdays" adds that weekly session; another activity does not
    ['At my gym in Vegas the fighters do nogi 3x a week and I also jump in the gi class on Saturdays', 4],
    ['at my gym we have gi 2x a week and i also roll at the open mat on sundays', 3],
    ['3x a week and i also lift on saturdays', 3],
    ['3x a week at my gym and i also teach the kids class on saturdays', 3],
  ]);
});

describe('Swahili and Afrikaans counts', () => {
  parses('training_frequency', [
    // Swahili counts come after "mara" (times) and "siku" (days); "kwa wiki" is per week
    ['mara mbili kwa wiki', 2],
    ['siku nne kwa wiki', 4],
    ['kila siku, hata jumamosi', 6.5],
    // Afrikaans numbers, "keer" (times) and "'n week" (a week)
    ["drie keer 'n week", 3],
    ['ses dae per week', 6],
    ['elke dag', 6.5],
  ]);
});

describe('a ceiling the user keeps to is how often they go', () => {
  parses('training_frequency', [
    ['no paso de dos veces, la espalda no da para más', 2],
    ['não passo de 3 vezes, o joelho não deixa', 3],
    ['nunca paso de 3 veces', 3],
    ['no mas de tres veces por semana', 3],
    ['nunca mais de duas vezes', 2],
    ['never more than twice, my knees wont let me', 2],
    ['no more than 2x a week', 2],
  ]);
  it('reads the ceiling as the count itself, not half a session more or less', () => {
    expect(parseProfileAnswer('training_frequency', 'never more than once a week, the baby keeps me home')).toBe(1);
    expect(parseProfileAnswer('training_frequency', 'não passo de 3 vezes')).toBe(3);
  });
});

describe('a rate said, then denied as it is said again', () => {
  parses('training_frequency', [
    ['every day! ok not every day, like 5', 5],
    ['5 times a week. well not 5, more like 4', 4],
    ['todo dia! mentira, não todo dia, umas 4 vezes', 4],
    ['3x a week. hmm not 3, 2 really', 2],
    ['every day, no not every day, most days', 5],
    // a denial of another rate takes nothing back
    ['3 times a week, not 3 times a day', 3],
  ]);
});

describe('numbers heard wrong by voice-to-text', () => {
  parses('training_frequency', [
    ['tress times a weak lol', 3],
    ['tress days a week', 3],
    ['won time a week', 1],
    ['won day a weak', 1],
    ['free times a week', 3],
    ['ate times a month', 1.85],
    ['sicks times a week', 6],
    // everyday words count only before "times"
    ['i go to classes twice', 2],
    ['3x a week, 2 free days', 3],
  ]);
});

describe('a range said with "between … and" is its middle, never a sum', () => {
  parses('training_frequency', [
    ['between four and five', 4.5],
    ['between 4 and 5', 4.5],
    ['somewhere between 3 and 4', 3.5],
    ['between 2 & 3', 2.5],
    ['between once and twice a week', 1.5],
    ['entre 3 e 4', 3.5],
    ['zwischen drei und vier', 3.5],
    // counts of kinds still add up
    ['3 gi and 2 nogi', 5],
  ]);
  it.each([
    ['between 4 and 5 times a week', 4.5],
    ['entre 3 y 4 veces', 3.5],
    ['entre dos y tres veces por semana', 2.5],
    ['entre 3 et 4 fois', 3.5],
    ['zwischen 3 und 4 mal', 3.5],
    ['tussen 3 en 4 keer', 3.5],
    ['między 3 a 4 razy', 3.5],
    ['haftada 3 ile 4 arası', 3.5],
  ])('reads %j as the middle exactly', (text, middle) => {
    expect(parseProfileAnswer('training_frequency', text)).toBe(middle);
  });
});

describe('two-a-days, corrections in Spanish and Portuguese, a rule the coach gives, a plan paid for', () => {
  parses('training_frequency', [
    // sessions per day on the days named
    ['two-a-days on mon and wed, single session on fri', 5],
    ['2 a day on mon and wed, 1 on fri', 5],
    ['two a days tuesday and thursday', 4],
    ['2-a-days mon wed, once on saturday', 5],
    // "no wait", "I mean", "or rather" in Spanish and Portuguese
    ['cuatro veces, no espera, cinco desde que cambié de horario', 5],
    ['cuatro, digo cinco', 5],
    ['3x ou melhor 4x', 4],
    ['3 vezes, não pera, 4', 4],
    ['tres veces, perdón, cuatro', 4],
    ['3 or rather 4', 4],
    // what the coach says the class should do is the coach's word
    ['coach says we should come at least 3 times', null],
    ['coach says we need to come 3 times a week', null],
    ['my coach recommends we train 3 times', null],
    ['coach says we should come 3x, i manage 2', 2],
    // a membership plan is the habit; a plan made is only hoped for
    ['16 classes a month on the unlimited plan', 3.69],
    ['12 sessions a month on my membership plan', 2.77],
    ['on the 2x a week plan', 2],
    ['my plan is to go 4x a week', null],
  ]);
});

describe('what really happens, said after a schedule, is the count', () => {
  parses('training_frequency', [
    ["every weekday except when I'm flying, I'm cabin crew so realistically 3", 3],
    ['on paper its every day, in practice more like 2', 2],
    ['unlimited membership so in theory every day, in reality 3', 3],
    ['mon to fri but with my shifts realistically its more like 2', 2],
    ['mon wed fri and sat, in practice 3', 3],
    ['todos los días, bueno en realidad unas 4', 4],
    ['todo dia, na real umas 3', 3],
    ['tous les jours, en vrai 4', 4],
    // with no count after it, "realistically" corrects nothing
    ['5 days realistically', 5],
  ]);
});

describe('weeks that alternate, and "the one" who counts nothing', () => {
  parses('training_frequency', [
    // the week left unsaid ("4 the next", "1 otherwise") is the other kind of week: they average out
    ['alternate weeks: 2 one week, 4 the next', 3],
    ['2 one week and 4 the next', 3],
    ['2 one week, 4 the other', 3],
    ['every other week 3, otherwise 1', 2],
    ['4 every other week, 2 otherwise', 3],
    ['once every other week, otherwise twice', 1.5],
    // two counts that take turns are their middle, in either order
    ['alternating 2 and 4 a week', 3],
    ['alternate between 4 and 2 a week', 3],
    ['alternating weeks of 3 and 5', 4],
    // not a turn: counts of kinds that add up, a stretch that is no week, nothing else said otherwise
    ['i alternate 2 gi and 2 nogi', 4],
    ['3x a week, otherwise I lift', 3],
    ['one week 2, the next week 4', 3],
    ['one week three time', 3],
    // "the one" someone is counts nothing, and someone else's count stays theirs
    ["my wife goes like 5x a week, I'm the one at home with the kids", null],
    ["she trains 3x a week and I'm the one who watches", null],
    ["I'm the one who drives, my son trains 4x a week", null],
    ['my wife goes 5x a week', null],
    // "one" still counts one where it counts sessions
    ["I'm the one who drives, twice a week", 2],
    ['one time a week', 1],
    ['just the one session a week', 1],
    ['just the one', 1],
  ]);
});

describe('a count taken back between two counts', () => {
  parses('training_frequency', [
    // a count taken back between two counts
    ['5x— no, 4x, I stopped going fridays', 4],
    ['3 times, nah 2', 2],
    ['5x sorry 4x', 4],
    ['three oops four', 4],
    ['5 no 4', 4],
    // controls: a "no" with no count on both sides
    ['no gi 2x, gi 3x', 5],
    ['3x a week, no exceptions', 3],
    ['4x a week, no more than that', 4],
    ['twice, no matter what', 2],
    ['no, 3', 3],
    ['5x, no wait 4x', 4],
  ]);
});

describe('a plural\'s apostrophe, and a "when"/"if" clause\'s denial', () => {
  parses('training_frequency', [
    // a plural's apostrophe is no quote mark
    ["One beginners' class and one no-gi class each week", 2],
  ]);
  parses('training_frequency', [
    // a "when"/"if" clause's denial is of its own subject, not of the count before it
    ['like 4 days a week when work isnt crazy', 4],
    ['3x a week if the kids arent sick', 3],
    // control: the count's own denial still takes it back
    ['4 days a week isnt happening anymore', null],
  ]);
});

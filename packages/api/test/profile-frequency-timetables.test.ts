import { describe, expect, it } from 'vitest';
import { parses } from './profile-cases';
import { reads } from './profile-reads';
import { parseProfileAnswer } from '../src/domain/profile-answers';

// training_frequency told as a timetable: days named, skipped or dropped, day ranges, several kinds of class
// adding up, doubles on a day, times of day and clocks, days every other week, and another activity's days
// left out. Plain counts: profile-frequency.test.ts.

describe('counts over several kinds of class add up', () => {
  parses('training_frequency', [
    ['Mon/Wed/Fri gi, Tue/Thu nogi', 5],
    ['class twice, open mat once, and a private', 4],
    ['doubles on tuesday and thursday, single on saturday', 5],
    ['weekday mornings and a saturday class, minus wednesdays when I have the kids', 5],
    ['I hit the 7am and the 6pm on tuesdays and thursdays', 4],
    ['two sessions each on sat and sun', 4],
    ['all week except fridays and sundays', 5],
    ['once during the week and twice on the weekend', 3],
    // where each count is trained describes its part
    ['3 times at my gym and once in my buddys garage', 4],
    ['2 fundamentals and 2 all levels', 4],
    ['two at my gym and two at my cousins gym across town', 4],
    ['2 classes at checkmat and 2 at the ymca', 4],
    ['2 days at my main gym, 2 days at the bjj class at the judo club', 4],
    // a part that happens only sometimes counts half
    ['mon/wed gi, fri nogi, sometimes sat open mat', 3.5],
    ['two fundamentals, two advanced and one open mat', 5],
    ['m/w/f', 3],
    ['I train mon wed fri and lift tue thu', 3],
    ['only weekends, the saturday and sunday open mats', 2],
    ['twice, three times tops', 2],
    ['twice a day every day', 14],
    // a count after the days it picks from, session kinds, and parts on either side of the clearest
    ['weekday evening classes x2 and a sunday open mat', 3],
    ['4 adult classes + 1 private a week', 5],
    ['2 beginner classes and 2 advanced', 4],
    // a part with no period of its own is counted over its neighbour's
    ['8 gi classes a month plus 4 nogi', 12 * (12 / 52)],
    ['between 3 and 4 times', 3.5],
    ['3 weekday evenings', 3],
    ['3 gi classes and usually 1 nogi', 4],
    ['3 + 1 open mat', 4],
    ['2 noon classes, 1 evening, 1 weekend open mat', 4],
    ['1 class a week and a private every 4 weeks', 1.25],
    // a count stated before its breakdown is the total
    ['5 sessions: 3 gi, 1 nogi, 1 open mat', 5],
  ]);
});

describe('days named in Portuguese, and the rate these days over the one back in the day', () => {
  it.each([
    ['terça e quinta, mais open mat domingo', 3],
    ['segunda-feira e quarta-feira', 2],
    ['segunda a sexta', 5],
    ['back in the day 6 days a week, these days 2', 2],
  ] as const)('frequency %j → %s', (text, expected) => {
    expect(parseProfileAnswer('training_frequency', text)).toBe(expected);
  });
});

describe('days restating a rate, another activity, times of day, day ranges, drilling, a group class', () => {
  reads([
    // days named after a stated rate, no more of them than it counts, say when; "plus" adds
    ['training_frequency', 'once a week, sunday mornings', 1],
    ['training_frequency', '3x a week, mon wed fri', 3],
    ['training_frequency', 'twice a week plus saturday', 3],
    // another activity's count is not BJJ's; rolling is BJJ
    ['training_frequency', 'i lift 3 days and roll 2 days', 2],
    ['training_frequency', 'i run 4 days and spar twice', 2],
    // two times of day joined by "and" on named days are two sessions on each
    ['training_frequency', 'morning and evening class on tue and thu, plus saturday', 5],
    ['training_frequency', 'the morning class and the evening class on mon, and fri', 3],
    // a weekday range inside a timetable part
    ['training_frequency', 'mon through thurs evenings plus sat and sun mornings', 6],
    ['training_frequency', 'tue-thu nights, sat open mat', 4],
    ['training_frequency', "I don't go on weekends, just mon-fri", 5],
    // drilling is a session; a group class is a class
    ['training_frequency', 'two nogi and one gi, and i drill with my partner once', 4],
    ['training_frequency', '1 private, 1 group class', 2],
    ['training_frequency', '2 group classes and a private', 3],
  ]);
});

describe('days skipped are taken out of the days trained', () => {
  parses('training_frequency', [
    ['i skip mondays, train tues to fri', 4],
    ['mon to fri but i skip wednesdays', 4],
    ['every weekday except friday', 4],
    ['one class every weekday except friday', 4],
    ['mon-fri, skipping thursdays', 4],
    ['monday to saturday but i skip wednesday', 5],
    ['never on weekends, mon wed fri only', 3],
    ['gi mon/wed/fri and i never miss saturday open mat', 4],
    // a stated count is not a list of days to take from
    ['3x a week, i skip mondays', 3],
    ['5 days a week, i skip fridays', 5],
  ]);
});

describe('more sessions on a day already named count that day once, at its most', () => {
  parses('training_frequency', [
    ['mon/wed/fri, twice on wednesdays', 4],
    ['tue thu, doubles on thursday', 3],
    ['mon wed fri, doubles on fridays', 4],
    ['tuesday and thursday, two classes on thursdays', 3],
    // sessions said to be extra, or of another kind, or on another day, still add
    ['mon wed fri, plus an extra class on wednesday', 4],
    ['gi tue thu, nogi 2x tue thu', 4],
    ['tue and thu, and saturday twice', 4],
    ['doubles on tuesday and thursday, single on saturday', 5],
  ]);
});

describe('counts that add up: a class added, several counts in a part, times of day, the days named again', () => {
  parses('training_frequency', [
    ['3 gi 1 nogi plus an open mat', 5],
    ['2 gi 2 nogi and an open mat', 5],
    ['2 gi, 1 nogi and a private a month', 3.23],
    ['1 in the evening during the week, 2 on weekends', 3],
    ['twice before work, once on saturday', 3],
    ['gi on monday and wednesday and i go to the open mat on saturday', 3],
    ['mon and wed, and on both days i stay for a second class', 4],
    ['tuesday and friday, and on those days i do the noon class as well', 4],
    // a clock is no count, and days said again without more sessions add nothing
    ['i train at 6 in the morning on mon wed fri', 3],
    ['mon wed, both days 2 hours', 2],
  ]);
});

describe('every class of a timetable, with its count stated', () => {
  parses('training_frequency', [
    ['the gym only offers 3 classes a week and i never miss one', 3],
    ['nunca falto, son 3 clases por semana', 3],
    ['the academy has 2 sessions a week and i go to all of them', 2],
    ['our coach teaches 4 sessions weekly, i show up for all the sessions', 4],
    ['voy a todas las clases, son 4 por semana', 4],
    // two counts: which is the user's is for the rate reading
    ['the gym runs 6 a week, i go to 2 and never miss a class', 2],
  ]);
});

describe('weekdays picked by name, weeknights, days dropped, and a count corrected with "sorry I mean"', () => {
  parses('training_frequency', [
    // "weekday X" with days named after it is those days
    ['weekday mornings mon and wed, plus a sunday class', 3],
    ['weekday evenings tue/thu only', 2],
    // every weeknight is the five weekdays, however the weekend is left out
    ['weeknights only, I skip weekends', 5],
    ['every weeknight, never on weekends', 5],
    ['sat and sun open mats plus two weeknights', 4],
    // a day dropped comes off the days named
    ['tue thu sat - actually scratch saturday, work got in the way', 2],
    ['tue thu sat. scratch saturday, i stopped going', 2],
    ['mon to fri but I dropped wednesdays', 4],
    // "sorry I mean 3": the count after both markers, its explanation no count
    ['4 a week, sorry i mean 3, forgot the monday class got cancelled', 3],
    ['6 days, oops I mean 5, I cut sundays', 5],
    // "actually" is no typo of "annually"
    ['3 times actually', 3],
  ]);
});

describe('counts of several kinds, coaching, clocks, changes and other places', () => {
  parses('training_frequency', [
    // a count said to be another activity after it is not training
    ["I hit the gym 6 times a week but that's mostly cardio", null],
    ["I'm at the gym 4x a week but that's lifting, bjj twice", 2],
    // "an evening one" is one more session of another kind
    ['2 morning classes and an evening one', 3],
    // a day every other week is half a session a week
    ['tuesday and thursday, plus saturday every other week', 2.5],
    // a clock's colon is no total before its breakdown
    ['the 5:30pm class twice and the 8pm once', 3],
    // a count at another place, named before it
    ["my club 2x a week and I drop in at my cousin's gym once", 3],
    // coaching a class is not training it
    ['I teach the fundamentals class 3x and roll in the advanced class 2x', 2],
    // sessions a day on named days, then another part
    ['2 sessions a day on mon and wed, 1 on fri', 5],
    // a 24-hour clock is no count; days added with "plus"
    ["the 0630 class tue and thu when I'm not travelling, plus sunday", 3],
    // days never gone to are taken out of the weekdays
    ["never train Tuesdays, the other four weekdays I'm in", 4],
    // a change made: the count after "to" is now
    ['bumped from 3 to 4 a week after my divorce', 4],
  ]);
});

describe('timetables with other activities, rest days and watching; days counted or repeated', () => {
  parses('training_frequency', [
    // a part about another sport is no BJJ
    ['monday wednesday bjj, tuesday thursday muay thai, friday pilates lol', 2],
    ['tuesday and thursday bjj, monday wednesday friday weights', 2],
    ['wed night and sat arvo, plus the gym most mornings for weights', 2],
    ['lunes miercoles y viernes jiu jitsu, martes y jueves crossfit', 3],
    ['lunes gi a las 7, miercoles nogi, jueves solo pesas, viernes otra vez gi y el domingo a veces salgo a correr', 3],
    // …but the gym that runs the classes does not run
    ['i never miss a class and they only run 4 a week', 4],
    // a day of rest or for the family
    ['mon tues thurs, fri is my rest day', 3],
    ['every weekday evening plus saturday, sunday is family day no exceptions', 6],
    ['tue thu sat, sunday is for the family', 3],
    ['segunda quarta sexta, sabado e domingo descanso', 3],
    // a class watched, helped with, or someone else's
    ['tues and thurs is my sons kids class (i just watch) and then my own class on wed and sat', 2],
    [
      'lunchtime nogi tues thurs, gi on saturday, and i help with the kids class monday but i dont actually train then',
      3,
    ],
    ['tues thurs, and wednesday i take my daughter to her class and just watch', 2],
    ["mon wed fri, and saturdays my son's class", 3],
    // "at my gym" is where the user trains
    ['mon and thurs at my gym, plus i drop in to a mates garage for rolls on saturdays', 3],
    ['mon wed at my gym, plus open mat at a friends garage on sundays', 3],
    // a count on a day is that day's sessions
    ['one class monday, one wednesday, and two on saturday back to back', 4],
    ['two on monday, one on wednesday', 3],
    // the timetable repeated on other days
    ['one early and one late class on monday, same again on thursday', 4],
    ['two classes on monday, same on thursday', 4],
    ['monday morning and evening, same on wednesday', 4],
    // which weeks, already said to be every other one
    ['mon wed fri at night, and the tuesday lunch class on weeks im working from home which is every other week', 3.5],
  ]);
});

describe('counts named by their kind after the class, other sports in Spanish, alternating weeks', () => {
  parses('training_frequency', [
    // the kind after the class ("clases de gi", "aulas de manhã") ends its count; "y" adds the next
    ['2 clases de competicion y 2 normales, y pesas 4 dias', 4],
    ['2 clases de gi y 2 de nogi', 4],
    ['dos clases de competicion y dos normales', 4],
    ['2 aulas de gi e 2 normais', 4],
    ['3 aulas de manhã e 2 à noite', 5],
    // "sem kimono" names nogi and refuses nothing
    ['2 treinos sem kimono e 2 com kimono', 4],
    // boxing in Spanish is another sport's day
    ['boxeo el lunes, bjj martes y jueves, nogi el viernes', 3],
    // weeks of two kinds, each with its count, average out
    ['2 on day shift weeks, 4 on nights', 3],
    ['3 on my off weeks, 1 on my work weeks', 2],
    ['one week 2, the next week 4', 3],
    ['2 when im on days, 4 when im on nights', 3],
    ['some weeks 4, some weeks 2', 3],
    // one kind said to be now is the answer, not the average
    ['4x wk when im on days, twice on nights, and im on days for the foreseeable', 4],
    ['3 gi classes and 2 nogi a week', 5],
  ]);
});

describe('a kind counted with when it falls, the kind after "x", kinds after digits', () => {
  parses('training_frequency', [
    // "1 nogi on the weekend" is one session that weekend, not a count plus both weekend days
    ['2 gi classes and 1 nogi on the weekend', 3],
    ['2 gi classes and 1 nogi at the weekend', 3],
    ['3 gi and 1 nogi on weekends', 4],
    ['2 nogi and 1 gi over the weekend', 3],
    ['2 classes in the week and 1 gi on the weekend', 3],
    // …while a count of something else at a place is no session: "three kids at home"
    ['twice a week, two kids at home so thats my lot', 2],
    // "2x adults class": the kind and its class after the "x" belong to the count, so "+ 1 comp class" adds
    ['2x adults class + 1 comp class + i coach the kids once (doesnt count lol)', 3],
    ['3x gi class + 1x nogi (the kids class i help with doesnt count)', 4],
    ['3x gi class and 1x open mat', 4],
    // "2 de gi": the "de" goes with a count in digits as with one in words
    ['2 de gi y 1 de nogi el fin de semana', 3],
  ]);
});

describe('other activities and days denied in a timetable', () => {
  parses('training_frequency', [
    ['mon wed fri bjj, tue thu spin class', 3],
    ['gi ni kai, nogi ikkai, weight training mo ni kai', 3],
    ['striking 2x, bjj 3x', 3],
    ['bjj 3x a week, strength and conditioning twice', 3],
    // a part that trains nothing
    ['weekdays i do the noon class, weekends nothing, i run on sundays', 5],
    ['de lunes a viernes, fines de semana nada', 5],
    // days named, then denied
    ['los viernes no voy, de lunes a jueves si', 4],
    ['sexta não vou, vou de segunda a quinta', 4],
    ['mon to fri, fridays i dont go', 4],
    ['evito o treino de sexta, vou seg, ter, qua e qui', 4],
    // work given as the reason a day is missed is no activity of the part
    ['every weekday lunchtime, and saturday open mat, minus friday cos thats work drinks', 5],
    ['weekdays and saturday, except friday because of work', 5],
  ]);
});

describe('kinds of session add up, a drilling session at the gym counts', () => {
  parses('training_frequency', [
    ['two nogi, one gi, and one drilling session with a friend at the gym', 4],
    ['2 classes, 1 private and a drilling sesh with a mate at the gym', 4],
    ['2 gi, 2 nogi and one drill session with my partner', 5],
    ['3 gi classes + 1 drill class', 4],
    ['2 nogi, 1 gi and 1 open mat in the gym on sundays', 4],
    // the gym named as another activity still adds nothing
    ['wed night and sat arvo, plus the gym most mornings for weights', 2],
  ]);
});

describe('a day every other week counts half', () => {
  // exactly: a half session is within the tables' margin
  it.each([
    ['tues thurs gi, monday nogi, and open mat every other sunday', 3.5],
    ['mon wed fri plus every other saturday', 3.5],
    ['tue thu, and open mat every second sunday', 2.5],
    ['3x a week plus every other saturday', 3.5],
    ['every other saturday', 0.5],
    ['mon and wed, every other friday too', 2.5],
    ['twice a week and alternate sundays', 2.5],
    // not a day: every other day, every other week
    ['every other day', 3.5],
    ['every other week', 0.5],
  ])('reads %j as %j exactly', (text, perWeek) => {
    expect(parseProfileAnswer('training_frequency', text)).toBe(perWeek);
  });
});

describe('days with nothing on them, classes that share a day, a day added later', () => {
  parses('training_frequency', [
    // nothing said of days, before or after them, takes them out
    ['mon to fri, none on weekends', 5],
    ['mon-fri, and weekends none', 5],
    ['mon wed fri, weekends: nothing', 3],
    ['tue thu and saturday nothing fancy just open mat', 3],
    // "the evening one on …" is the evening class on those days; a day holds each class named on it
    ['the morning class on tue and thu and the evening one on tue and thu', 4],
    ['the 7am class mon-fri, and the 6pm one on tue thu', 7],
    ['mon-fri mornings, tue and thu also evenings', 7],
    ['gi mon wed fri, nogi mon wed', 5],
    ['tue and thu, gi on tuesday', 2],
    // a day added to the count, however long the count was told first
    ['two gi classes a week for a while now and from last month i have also added the nogi class on friday', 3],
    ['3x a week and i also lift on mondays', 3],
  ]);
});

describe('clocks with their own days, and a double on a day named', () => {
  parses('training_frequency', [
    // each clock with its own days is its own part: clock times are no counts
    ['Mon/Wed/Fri at 7pm and the 10am on Saturday', 4],
    ['Tue/Thu at 6pm and the 11am on Sunday', 3],
    // controls: two clocks on the same days are two classes on each
    ['I hit the 7am and the 6pm on tuesdays and thursdays', 4],
    ['mon and wed the 7am and the 6pm', 4],
    // doubling up on a day already counted adds one session; its times of day are the double's two
    ['Mon, Wed, Fri, and I double up on Wednesdays (noon and night)', 4],
    ['mon wed fri evenings, and on wednesday i double up with the noon class', 4],
    // controls: a double on a day not named; another kind of class on a named day adds
    ['tue thu, and doubles on saturday (morning and evening)', 4],
    ['mon wed fri gi, and nogi morning and evening on wednesday', 5],
  ]);
});

describe('weekdays less the days left out, and a dash after a corrected count', () => {
  parses('training_frequency', [
    // a spaced dash ends the corrected count's clause: what follows explains it
    ['4, sorry, 3 - the Friday class got cancelled for the rest of the term', 3],
    // control: a dash between counts is still a range
    ['actually 3-4, the friday class is hit or miss', 3.5],
    // weekdays less the weekdays said after "but", "apart from"
    ['Every weekday but Wednesday', 4],
    ['every weekday apart from friday', 4],
    // controls: every day less a day still counts from seven
    ['every day but wednesday', 6],
    ['every day except sunday', 6],
  ]);
});

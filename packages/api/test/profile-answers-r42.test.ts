import { describe } from 'vitest';
import { parses } from './profile-cases';

// Round r42–r43 of the profile-answer parser: what is said to be wrong or old, a belt ahead in someone
// else's word, days left over, a double said with "both", sides regardless, skipped, planned, changed
// from or ruled by the body, and a goal called the main one after it. Other tongues: profile-languages.test.ts.

describe('round r42–r43: what was wrong or old is taken back; a belt ahead in someone else’s word', () => {
  parses('belt_level', [
    // "that was wrong", "that's old" take back what came before, as "jk" does
    ["I said white earlier but that was wrong, it's blue with one stripe", 'blue'],
    ["Blue. The app still has me down as white but that's old, I'm blue", 'blue'],
    // control: with nothing after it, the answer is read whole
    ["purple at 50, that's old lol", 'purple'],
    // a belt ahead in what the coach reckons is the coach's guess, as a promise is
    ["Coach reckons I'm close to purple", null],
    ['prof says im almost blue', null],
    // controls: the user's own "close to", and a stripe held, still say the belt below
    ["I'm close to purple", 'blue'],
    ['coach says im almost blue, 4 stripes on white', 'white'],
  ]);
  parses('training_frequency', [
    ["3x, that's outdated, 4 now", 4],
    // a bare "no" after "actually" only says again that it takes back
    ['3... actually no, 4, I forgot the Sunday open mat', 4],
    ['2x, sorry no, 3', 3],
    // control: a "no" that goes on is no take-back of its own
    ['3x a week, actually no more than that', 3],
  ]);
});

describe('round r42–r43: weekdays not missed, the days left, a double said with "both"', () => {
  parses('training_frequency', [
    // not missing a weekday is every weekday, less the days denied
    ["I never train on weekends but I don't miss a weekday", 5],
    ['i never miss a single weekday', 5],
    ['no falto ningún día entre semana', 5],
    ['todos los dias entre semana', 5],
    // controls: missing one is no rate; not missing "a day" beside a count keeps the count
    ['I miss a weekday now and then', null],
    ['2 a week and I never miss a day', 2],
    // "all the other days" after days ruled out: the days left
    ['Not on Fridays or weekends, all the other days', 4],
    ['no weekends, no mondays, the rest of the week', 4],
    // controls: with no day ruled out, "the other days" are no training days
    ['tue and thu, the other days I lift', 2],
    ['mon wed fri, the other days I rest', 3],
    // "both the lunch and the evening class" on a day already counted is a double: one more session
    ['Monday Wednesday Friday, and on Wednesdays I do both the lunch and the evening class', 4],
    ['tue thu, and on saturday both the morning and evening class', 4],
    // control: another kind of class on a day counted still adds both
    ['mon wed fri gi, and nogi morning and evening on wednesday', 5],
  ]);
});

describe('round r42–r43: sides regardless, skipped, planned, changed from, or left to the body', () => {
  parses('main_position', [
    // "either way" after a side is that side regardless
    ['Closed guard in gi, half guard in no-gi, bottom either way', 'guard'],
    ['top either way', 'top'],
    ['either way I end up on bottom', 'guard'],
    // controls: a feeling said either way is both
    ['happy either way, top or bottom', 'balanced'],
    ["probably 50/50, I'm fine either way", 'balanced'],
    // a side skipped is avoided
    ['I skip the wrestling rounds and jump straight to closed guard', 'guard'],
    // control: one never skipped is kept
    ['I never skip the wrestling rounds', 'top'],
    // a side only planned says nothing of now
    ['Planning to become a guard player once my back heals, not really anything right now', null],
    // control: a side said of now beside it
    ["planning to become a guard player but right now I'm all top", 'top'],
    // what the body allows is no side chosen
    ['Depends what my knees let me do that day', null],
    ['depending on how my back is', null],
    // controls: what the day or the partner decides is both
    ['depends on the day', 'balanced'],
    ['depends who im rolling with', 'balanced'],
    // "if not" is otherwise: it denies no side
    ["If I win the takedown I stay on top, if not I'm happy playing half guard", 'balanced'],
    // control: a plain "not" still does
    ["I'm not happy playing half guard", 'top'],
    // the side a change goes from is left behind, the side it goes to is now
    ['Went from pressure passer to leg lock guard player this year', 'guard'],
    ['moved from smashing to playing butterfly', 'guard'],
    // control: a move between places is no change of side
    ['moved from London to Leeds and still love passing', 'top'],
  ]);
});

describe("round r42–r43: a relative's thinking, and the goal called the main one after it", () => {
  parses('training_goals', [
    // what the user's mum thinks is her word, not the user's
    ['My mum thinks I should learn to defend myself', null],
    // control: the user's own goal after it
    ['my mum thinks im mad but I want to learn to defend myself', 'self_defense'],
    // "that's the main thing" after a goal makes it the main one
    ["Fun. Well, and being able to protect myself on the way home, that's the main thing actually", 'self_defense'],
    ["fitness and comps, that's the main reason", 'competition'],
    // controls: without it the first goal leads; a goal denied the main one does not
    ['fun, and self defense', 'recreational'],
    ["compete. fun, that's not the main thing", 'competition'],
  ]);
});

describe('round r44: the whole week less the days excepted', () => {
  parses('training_frequency', [
    // a whole week right before the days it leaves out: seven less those days
    ['All week apart from Mondays and Fridays', 5],
    ['all days except friday', 6],
    ['the whole week apart from mondays and fridays', 5],
    ['all week but mondays', 6],
    ['full week minus fridays', 6],
    // controls: a whole week alone is no rate; a "but" that goes on leaves the days to what follows;
    // someone else's whole week is theirs
    ['all week', null],
    ['drilled all week but friday i rolled 3 times', 3],
    ['my coach trains all week apart from mondays, i go twice', 2],
    // control: "entre semana" stays Spanish (no slip of "entire")
    ['no falto ningún día entre semana', 5],
  ]);
});

describe('round r44: a side played less than weekly, and the sides’ names mixed up', () => {
  parses('main_position', [
    // a side said with a rate under once a week is the exception; the other side is the game
    ["Guard, wait, no. I pull guard maybe once a month, I'm a top guy", 'top'],
    ["I pull guard maybe once a month, I'm a top guy", 'top'],
    ['top guy, every few weeks i end up in guard', 'top'],
    // controls: said alone it still names the side; the side trained more still wins
    ['I pull guard once a month', 'guard'],
    ['guard 3x a week, top once a month', 'guard'],
    ["I pull guard, I'm a top guy", 'balanced'],
    // the names confused are no mix of sides played
    ['bottom... sorry I mean top, I always mix those up', 'top'],
    ['top... i always confuse top and bottom', 'top'],
    // controls: mixing it up, or a mix, is playing both
    ['now I mix it up evenly', 'balanced'],
    ['I mix them up', 'balanced'],
    ['a mix of top and bottom', 'balanced'],
  ]);
});

describe('round r44: someone else’s comps, a maybe later, and what motivates the user', () => {
  parses('training_goals', [
    // a competition the user drives someone else to is theirs
    ['My son competes, I just drive him to the comps', null],
    ['i take my daughter to the tournaments most weekends', null],
    // controls: the user driving themself there, or competing too
    ['I drive to the comps every month', 'competition'],
    ['I drive my son to the comps and compete myself', 'competition'],
    // a "might" about later, or a maybe about starting, is no goal now
    ['Might start competing next year', null],
    ['might do comps one day, who knows', null],
    ['i may compete next year', null],
    ['maybe start competing next year', null],
    // controls: a goal for later said plainly, a likely one, a hedged answer, a "might" with no time
    // ahead, a hope for one day, the month of May
    ['I want to compete next year', 'competition'],
    ['probably competing at some point?', 'competition'],
    ['maybe self defense? feels useful to know', 'self_defense'],
    ['might compete', 'competition'],
    ['maybe compete someday', 'competition'],
    ['competing in may next year', 'competition'],
    ['fitness and maybe compete later', 'fitness'],
    // the goal named as what motivates the user is the main one
    ['lost 15 kg and what motivates me now is competing', 'competition'],
    // control: without it, the first goal leads
    ['lost 15 kg and now competing too', 'fitness'],
  ]);
});

describe('round r44–r45: a reason after a corrected count, only-skipped days, every day even sundays, a pick', () => {
  parses('training_frequency', [
    // a reason after the corrected count explains it ("since", "because"), as a new clause does
    ['3 times, no wait, 4 since I added the Saturday open mat', 4],
    ['3 a week, actually 4 because of the saturday open mat', 4],
    // control: a corrected count with no reason after it is read as before
    ['3 a week, actually 4 or 5', 4.5],
    // the days skipped "only" are the only ones not trained
    ['I only skip Sundays', 6],
    ['i just miss fridays and saturdays', 5],
    // control: days skipped with no "only" say nothing of the rest
    ['I skip Sundays', null],
    // a day named with "even" after every day makes the week whole; "single" stresses "every"
    ['every single day even sundays, my gf hates it', 7],
    ['every day including weekends', 7],
    // controls: a day left out of every day, and "single" as one session on a day in a timetable
    ['every day except sundays', 6],
    ['doubles on tuesday and thursday, single on saturday', 5],
  ]);
  parses('training_goals', [
    // the goal picked when made to choose is the main one, past the colon that opens it
    ['self defense... well, and fitness, and fun, but if I pick one: fun', 'recreational'],
    ['self defense and fitness but honestly: fun', 'recreational'],
    // control: a bare "if" still hedges the goal it goes with
    ['fun, maybe compete if i get good', 'recreational'],
  ]);
});

describe('round r46: a belt of another art taken back, a slip after a dash, sides kept off and switched to', () => {
  parses('belt_level', [
    // "you mean bjj?" takes back the other art's belt said before it
    ["I'd say black, oh you mean bjj? then white", 'white'],
    ['brown in judo, oh for bjj? blue', 'blue'],
    // control: with nothing after it, the answer is read whole
    ["I'd say black, oh you mean bjj?", 'black'],
    // a dash with a space after it breaks off the slip before it, as a spaced one does
    ['brown- sorry typo, purple', 'purple'],
    // control: a dash that joins words joins them ("no-gi")
    ['purple belt, no-gi sorry about the typo', 'purple'],
    // a dan beside grappling talk, no other art named, is the BJJ black belt's
    ['black belt 1 dan, we trained on wrestling mats in a basement', 'black'],
    // controls: a bare dan, or one with another art named, is another art's
    ['black belt 1 dan', null],
    ['karate black belt 1 dan, we trained on mats', null],
  ]);
  parses('main_position', [
    // staying off top is the mirror of staying off the bottom
    ['I stay off top because I suck at passing, so I live off my back', 'guard'],
    // control: staying off the back is still top
    ['i stay off my back', 'top'],
    // "switched to" with no "from": what came before it is the game left behind
    ['I was a De La Riva guy for years, switched to a top game last year', 'top'],
    // control: the game before a switch with no side after it stays
    ['De La Riva guy for years, switched gyms last year', 'guard'],
    // both sides said equally in one breath are balanced
    ['My game changed since purple: used to be only guard, now top and bottom equally', 'balanced'],
    // control: one side said alone after "now" still wins
    ['used to be only guard, now top', 'top'],
  ]);
  parses('training_goals', [
    // a goal told of an event behind the user ("after my last tournament") is no aim
    ['After my last tournament I quit competing, now I train to keep fit', 'fitness'],
    // control: the last event still ahead is an aim
    ['I want to win my last tournament before I retire', 'competition'],
    // a stranger's attack and "works for real" are self defence
    [
      "honestly ma'am I deploy next year and want something that works for real, like if some dude jumps me",
      'self_defense',
    ],
    ['something that works for real', 'self_defense'],
    // control: "for real" said of something else is no goal
    ['for real just fun', 'recreational'],
  ]);
});

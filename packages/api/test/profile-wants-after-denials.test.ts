// A want said after a denial is the answer: the values the denial names do not leak into it; so is
// a story's own summary, and a total the user adds up; a value named only in a question is none, and so is one told of a crowd.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('the goal wanted after the goals denied', () => {
  reads([
    [
      'training_goals',
      "i'm not here for a workout or to learn street stuff, i want to win the state championship",
      'competition',
    ],
    ['training_goals', 'not doing this just to sweat, i want to medal at pans', 'competition'],
    // controls: a want after a denial that was read already, and a denial with no want after it
    ['training_goals', 'never cared about medals or belts honestly, i just want to stay in shape', 'fitness'],
    ['training_goals', 'not here to compete', null],
  ]);
});

describe('the goal the user is there for after what they sit out', () => {
  reads([
    ['training_goals', 'i skip the comp class, im there to learn jiu jitsu properly', 'skill_development'],
    ['training_goals', 'i sit out the comp prep rounds, im there to unwind after work', 'recreational'],
    // control: the reason alone
    ['training_goals', 'im there to unwind after work', 'recreational'],
  ]);
});

describe('a story summed up at its end answers with its summary', () => {
  reads([
    [
      'belt_level',
      'a visiting black belt taught the seminar, then prof tied a brown on me. so yes, brown belt',
      'brown',
    ],
    ['main_position', 'my coach plays guard and my brother is all top. long story short, top', 'top'],
    ['belt_level', 'white 4 stripes but basically blue lol', 'white'],
  ]);
});

describe('the side wanted after the sides denied', () => {
  reads([
    ['main_position', 'closed guard bores me and so does bottom in general, give me mount and knee on belly', 'top'],
    // controls: a preference after a denial that was read already, and a plain answer
    ['main_position', 'dont like being on top much, i prefer playing guard', 'guard'],
    ['main_position', 'top, always', 'top'],
  ]);
});

describe('a total the user adds up themselves', () => {
  reads([
    ['training_frequency', 'two regular classes plus one open mat, so three sessions total', 3],
    ['training_frequency', 'gi twice and nogi twice, thats 4 in total', 4],
    // control: a count ever, not a week's
    ['training_frequency', "i've done like 12 classes total", null],
  ]);
});

describe('a value named only in a question the user asks back', () => {
  reads([
    ['main_position', "what do you mean by top or guard? sorry i'm brand new to all this", null],
    ['training_goals', 'is self defense something you guys teach? a friend asked me', null],
    // controls: an answer beside the question, and a question inside the answer's own sentence
    ['main_position', 'which one is top? i guess top then', 'top'],
    ['training_frequency', 'i go mon wed fri, is that enough or should i go more??', 3],
  ]);
});

describe("a reply about a crowd or the gym's own schedule, with no word of the user", () => {
  reads([
    ['training_goals', 'most people at my academy train for fitness', null],
    ['training_goals', 'half the adults at our gym compete', null],
    ['training_frequency', 'the timetable has noon classes mon to fri and evenings tue thu', null],
    ['training_frequency', 'open mat is saturdays at 10 if that helps', null],
    // controls: the user's own timetable, said without "i"
    ['training_frequency', 'open mat sunday, class tuesday, class thursday', 3],
    ['training_goals', 'most people at my gym compete but i just want to get fit', 'fitness'],
  ]);
});

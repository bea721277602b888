// A goal told in stages ("started for cardio, then got hooked on the technique, now …"): the stage
// between the start and now is past too; cutting weight for "the pan" is for competing; a belt said to
// be far off ("blue is still far away") or one being promoted to is still to come, not the one held;
// "my legs between us" is the guard.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('a goal told in stages, or by its event', () => {
  reads([
    [
      'training_goals',
      'started for cardio, then got hooked on the technique, now all i think about is winning the state champs in june',
      'competition',
    ],
    ['training_goals', 'started for fitness, then it was the technique, now its mostly just fun', 'recreational'],
    // control: no stage said to be now
    ['training_goals', 'got hooked on the technique, i love learning new stuff', 'skill_development'],
    [
      'training_goals',
      'cutting weight, running, drilling every day for the pan in june, my whole life revolves around it rn',
      'competition',
    ],
    // control: weight lost is fitness
    ['training_goals', 'i want to lose weight', 'fitness'],
  ]);
});

describe('a belt said to be far off, or being promoted to', () => {
  reads([
    ['belt_level', 'just got my 2nd stripe on white, blue is still far away', 'white'],
    ['belt_level', 'just got promoted... to 2 stripes on white lol, the blue is still far away', 'white'],
    ['belt_level', 'getting promoted to black on saturday!! still brown till then tho', 'brown'],
    // control: the belt held, said alone
    ['belt_level', 'blue, got it last month', 'blue'],
  ]);
});

describe('a guard told by the legs', () => {
  reads([
    ['main_position', 'im happiest with my legs between us', 'guard'],
    // control: the top said
    ['main_position', 'passing and pressure, i like being on top', 'top'],
  ]);
});

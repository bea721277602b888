// A goal told in stages ("started for cardio, then got hooked on the technique, now …"): the stage
// between the start and now is past too; a belt said to be far off ("blue is still far away") is one
// still to come, not the one held.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('a goal told in stages', () => {
  reads([
    [
      'training_goals',
      'started for cardio, then got hooked on the technique, now all i think about is winning the state champs in june',
      'competition',
    ],
    ['training_goals', 'started for fitness, then it was the technique, now its mostly just fun', 'recreational'],
    // control: no stage said to be now
    ['training_goals', 'got hooked on the technique, i love learning new stuff', 'skill_development'],
  ]);
});

describe('a belt said to be far off', () => {
  reads([
    ['belt_level', 'just got my 2nd stripe on white, blue is still far away', 'white'],
    ['belt_level', 'just got promoted... to 2 stripes on white lol, the blue is still far away', 'white'],
    // control: the belt held, said alone
    ['belt_level', 'blue, got it last month', 'blue'],
  ]);
});

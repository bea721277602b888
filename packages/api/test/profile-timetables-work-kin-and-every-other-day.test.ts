// A part kept "if i can get out of the office" or "if work allows" is kept as usual, not a hedge; a
// share that is not training comes off a count of days too ("every day except sunday, but one of
// those is me teaching"); a part whose subject is the user's kin ("my wife trains 4x a week") counts
// none of the user's sessions; "dia sim dia não" and "un día sí y otro no" are every other day.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('a part kept unless work gets in the way', () => {
  reads([
    ['training_frequency', 'twice on weekdays if i can get out of the office on time and once on saturday', 3],
    ['training_frequency', '2 gi classes if i get off on time and 1 nogi', 3],
    ['training_frequency', '3 times if work allows and open mat on sunday', 4],
    // controls: a plain "if" still hedges, and a usual count beats a part kept
    ['training_frequency', '5 if work lets me but usually 4', 4],
    ['training_frequency', '3 if i can', 3],
  ]);
});

describe('a share not trained, off a count of days', () => {
  reads([
    ['training_frequency', 'every day except sunday, but one of those is me teaching fundamentals so doesnt count', 5],
    // control: no share
    ['training_frequency', 'every day except sunday', 6],
  ]);
});

describe("a part whose subject is the user's kin", () => {
  reads([
    ['training_frequency', 'my wife trains 4x a week, i only make it once a week lol', 1],
    // control: the user with them
    ['training_frequency', 'my wife and i train mon wed fri', 3],
  ]);
});

describe('every other day in Portuguese and Spanish', () => {
  reads([
    ['training_frequency', 'treino dia sim dia não', 3.5],
    ['training_frequency', 'dia sim, dia não', 3.5],
    ['training_frequency', 'un día sí y otro no', 3.5],
  ]);
});

// A belt handed over in Portuguese or Spanish ("o professor me graduou pra roxa", "me ascendieron a
// morado") is the belt now, and "era azul" is a belt held before it.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('a belt handed over in Portuguese or Spanish, after the belt before it', () => {
  reads([
    ['belt_level', 'era azul, semana passada o professor me graduou pra roxa', 'purple'],
    ['belt_level', 'eu era azul, me deram a roxa', 'purple'],
    ['belt_level', 'o professor me graduou pra roxa', 'purple'],
    // controls: the belt almost got, and the belt before said alone
    ['belt_level', 'azul, peguei a roxa quase', 'blue'],
    ['belt_level', 'antes branca, agora azul', 'blue'],
  ]);
});

// Timetables whose parts add up: counts of kinds said one after another, counts at each place, a
// count of sessions a day over a list of days or over the days named before, a count after "then",
// and a part where the user is "used as" a crash mat (no past habit).
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('counts of kinds said one after another are parts each', () => {
  reads([
    ['training_frequency', 'twice fundamentals twice advanced and the open mat on sunday', 5],
    ['training_frequency', 'twice gi twice nogi and the kids class on friday', 5],
    // control: a range's far end is no count of its own
    ['training_frequency', '1-2 nogi', 1.5],
  ]);
});

describe('a count after "then" adds to the one before', () => {
  reads([
    ['training_frequency', '2 gi and then 1-2 nogi depending on work', 3.5],
    ['training_frequency', '3 gi and then 1-2 nogi depending on my shoulder', 4.5],
    // control: "then" opening a plain rate
    ['training_frequency', 'then 3', 3],
  ]);
});

describe('sessions a day over a list of days', () => {
  reads([
    ['training_frequency', 'doubles on mon, wed and fri, rest of the week off', 6],
    ['training_frequency', 'two-a-days monday, wednesday, friday', 6],
    ['training_frequency', '2 a day on tue, thu', 4],
    // control: a kind of class on listed days is one a day
    ['training_frequency', 'gi on monday, wednesday and friday, nogi tuesday', 4],
  ]);
});

describe('sessions a day told of the days named before', () => {
  reads([
    ['training_frequency', 'tuesday and thursday, noon and evening on both days', 4],
    ['training_frequency', 'mon wed fri, doubles on those days', 6],
    ['training_frequency', 'monday wednesday friday, am and pm those days', 6],
    // control: "both days" alone adds nothing
    ['training_frequency', 'tue and thu, both days', 2],
  ]);
});

describe('a count at each place', () => {
  reads([
    ['training_frequency', 'one class at uni, one at my gym in town, and one open mat', 3],
    ['training_frequency', 'one class at the uni club, 1 at my academy and a private', 3],
    ['training_frequency', 'I split between two gyms, 2 sessions at one and 3 at the other', 5],
    // control: "every other week" is still unsure
    ['training_frequency', '2 classes at my gym, and another every other week', 2.5],
  ]);
});

describe('being used as a crash mat is no past habit', () => {
  reads([
    [
      'training_frequency',
      'fundamentals monday, advanced wednesday, and the friday open mat where i get used as a tackle dummy',
      3,
    ],
    ['training_frequency', 'gi tue thu, then open mat sat where i mostly get used by the comp guys', 3],
    // control: "used to" is the past
    ['training_frequency', 'used to do 5 but now gi tue thu and open mat sat', 3],
  ]);
});

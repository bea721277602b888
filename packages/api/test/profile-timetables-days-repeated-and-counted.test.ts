// Timetables told in parts that count or repeat days: counts each told with their day one after
// another, days told again with their count, a double said to happen on other days too, and staying
// for the next class.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('counts each told with their day, one after another', () => {
  reads([
    ['training_frequency', '2 classes tuesday 2 classes thursday 1 saturday', 5],
    ['training_frequency', '2 classes tuesday 1 class thursday', 3],
    ['training_frequency', 'one class monday 2 classes wednesday', 3],
    // controls: one count over the days named, and counts of kinds with no days
    ['training_frequency', '3 classes mon wed fri', 3],
    ['training_frequency', '2 gi classes 1 nogi', 3],
    ['training_frequency', '2 classes tuesday, 1 saturday', 3],
  ]);
});

describe('days told again with a count of their own', () => {
  reads([
    ['training_frequency', 'everyday except sunday, and tue thu i do 2', 8],
    ['training_frequency', 'mon to fri, and on wed i do 3', 7],
    ['training_frequency', 'mon wed fri, and sat i do 2', 5],
    ['training_frequency', 'every day except sunday, and saturdays i take 2', 7],
    // controls: days with a count and nothing before may be that many in all; days not named before
    // with a count of several are no doubles
    ['training_frequency', 'tue thu i do 2', 2],
    ['training_frequency', 'mon wed fri, tue thu i do 2', 5],
  ]);
});

describe('a double said to happen on other days too', () => {
  reads([
    ['training_frequency', 'tuesday i take both classes back to back, thursdays too, and sat', 5],
    ['training_frequency', 'monday i do both classes, wednesdays too', 4],
    ['training_frequency', 'tuesday i double, thursdays as well, plus sat', 5],
    // control: days said too after single sessions are one each
    ['training_frequency', 'mon wed fri, thursdays too', 4],
  ]);
});

describe('staying for the next class on the days told before', () => {
  reads([
    ['training_frequency', 'mondays i do fundamentals then stay for advanced, thursday just advanced', 3],
    ['training_frequency', 'tuesdays i do fundamentals then stay for advanced, plus saturday', 3],
    ['training_frequency', 'wed and fri gi, and i stick around for the open mat', 4],
    ['training_frequency', 'mon: gi. wed: nogi. fri: gi and i stay for the open mat after', 4],
    // controls: staying on for a while is no class; staying for both classes is two, not three;
    // staying after someone else's class is the day's one session
    ['training_frequency', 'drop my daughter at the tue kids class then i stay for the adult class, plus thu', 2],
    ['training_frequency', 'mon wed fri, i stay for a bit after to drill', 3],
    ['training_frequency', 'mon wed fri, and i stay for an hour of open mat', 3],
    ['training_frequency', 'tues and thurs, and both days i stay for the second class', 4],
  ]);
});

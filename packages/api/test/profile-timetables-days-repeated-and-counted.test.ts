// Timetables told in parts that count or repeat days: counts each told with their day one after
// another.
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

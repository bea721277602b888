// Techniques defended the same way: the escapes taught for one go a long way against the others
// ("leg lock defence" answers ankle locks too). Used only for defence questions: an attacking course
// for one sibling does not teach another.
import type { Technique } from './canonical-topics';

export const DEFENDED_ALIKE: readonly (readonly Technique[])[] = [
  ['heel_hook', 'straight_ankle_lock', 'kneebar', 'toe_hold'],
  ['guillotine', 'darce', 'anaconda'],
  ['arm_triangle', 'darce', 'anaconda'],
  ['armbar', 'kimura', 'americana', 'omoplata'],
  ['cross_collar_choke', 'bow_and_arrow', 'loop_choke', 'baseball_choke', 'ezekiel'],
  ['rear_naked_choke', 'bow_and_arrow'],
];

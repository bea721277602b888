// Techniques defended the same way: the escapes taught for one go a long way against the others
// ("leg lock defence" answers ankle locks too). Used only for defence questions: an attacking course
// for one sibling does not teach another.
import type { Technique, TopicId } from './canonical-topics';

export const DEFENDED_ALIKE: readonly (readonly Technique[])[] = [
  ['heel_hook', 'straight_ankle_lock', 'kneebar', 'toe_hold'],
  ['guillotine', 'darce', 'anaconda'],
  ['arm_triangle', 'darce', 'anaconda'],
  ['armbar', 'kimura', 'americana', 'omoplata'],
  ['cross_collar_choke', 'bow_and_arrow', 'loop_choke', 'baseball_choke', 'ezekiel'],
  ['rear_naked_choke', 'bow_and_arrow'],
];

/**
 * Intents that are the same fight a moment apart: stopping the back take and escaping the back once
 * it is taken ("guys take my back and choke me every time"). Each answers the other in part.
 */
export const DEFENDED_IN_TURN: readonly (readonly [TopicId, TopicId])[] = [
  ['back_take_defense', 'back_control_escape'],
];

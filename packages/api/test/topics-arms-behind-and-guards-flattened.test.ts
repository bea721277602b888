// More moves told by the bodies: someone getting round behind the user, an arm twisted behind their
// back, a pant leg grabbed to lean back on; passers flattening the user's guard.
import { readsAs } from './topic-cases';

readsAs('bodies told, guards flattened', [
  ['people keep getting round behind me with their feet in my hips', ['back_control', 'back_control_escape']],
  [
    'whats the name of the move where you grab their wrist, put your other arm through and twist their arm behind their back? want to learn it',
    ['kimura'],
  ],
  [
    'one hand deep in their collar, other hand grabs their pant leg and you lean back stretching them out, what is that called',
    ['bow_and_arrow'],
  ],
  ['how do i stop ruotolo style pressure passers from flattening my guard', ['guard_retention']],
]);

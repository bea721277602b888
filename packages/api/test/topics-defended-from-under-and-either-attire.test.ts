// A submission defended from under a position says where it happens: the position is escaped only
// when the user is stuck there or wants out. Either attire said right before the pair asks neither;
// "dont want to touch" rules out.
import { readsAs } from './topic-cases';

readsAs('a defence asked from under a position does not escape it', [
  [
    "how to defend the arm triangle when I'm under side control",
    ['arm_triangle', 'arm_triangle_defense', 'side_control'],
  ],
  ["darce defense when I'm turtled", ['darce', 'darce_defense', 'turtle']],
  [
    "getting kimura'd from bottom side control constantly, usually right when i frame with the near arm",
    ['kimura', 'kimura_defense', 'side_control'],
  ],
  // controls: stuck there, or an escape asked
  [
    'i get stuck in side control and then they americana me every time',
    ['side_control', 'side_control_escape', 'americana', 'americana_defense'],
  ],
  ['escapes from bottom mount for older guys', ['mount', 'mount_escape']],
]);

readsAs('either attire said before the pair asks neither', [
  [
    'ok real talk my passing is trash, someone drop the best knee cut breakdown you know of, doesnt matter gi or nogi',
    ['guard_passing'],
  ],
  // control: the pair compared
  ['gi vs nogi guillotine', ['gi', 'no-gi', 'guillotine']],
]);

readsAs('"dont want to touch" rules out', [
  [
    'i dont want to touch heel hooks or kneebars for a while, passing half guard please',
    ['guard_passing', 'half_guard'],
  ],
]);

readsAs('a position naming the kind of technique after it: the technique is defended', [
  ['how to stop half guard sweeps', ['half_guard', 'sweep', 'sweep_defense']],
  [
    'so yesterday in comp i was up 2-0 after a takedown, got in his half guard and tried to pass, he went deep half and i got swept and lost by advantage. how to stop deep half sweeps when im on top',
    ['deep_half_guard', 'sweep', 'sweep_defense'],
  ],
  // control: the position escaped alone
  ['how to escape side control', ['side_control', 'side_control_escape']],
]);

readsAs('a submission asked to be finished from a place neither escapes nor passes it', [
  ['how do i finish the ezekiel when im stuck inside their closed guard', ['ezekiel', 'closed_guard']],
  // control: passing said
  [
    'how do i finish the ezekiel when im stuck inside their closed guard or should i just pass',
    ['ezekiel', 'closed_guard', 'guard_passing'],
  ],
]);

readsAs('a want told of someone else asks nothing', [
  [
    'our gym just got a new guy who only wants to wrestle and its kind of annoying. i dont want takedowns or throws right now, my shoulder cant take the falls. from guard, whats a good omoplata setup when they posture up on me',
    ['omoplata'],
  ],
]);

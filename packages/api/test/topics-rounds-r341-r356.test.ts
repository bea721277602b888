// Rounds r341 to r356: the lower back and the lockdown are no moves; a camera's tripod mount and a plane
// ticket are no topics; "stuck in sc"; a gi match is fought in the gi; "inside the guard" is the closed guard;
// a triangle described by the legs over the user's shoulder and neck; shaking someone off the back; the back
// taken in Portuguese; a knee kept from getting popped; "trian"; a guard that is wrecking a knee; the one
// advice is for, and the one who asked, escaping; the ones stopped who do something; too young for a move;
// a message that says it asks nothing; "mata leao d"; a gi packed or bought; pinned on the side; "the back choke"; "heelhk", "to bk"; what a coach is not teaching.
import { readsAs } from './topic-cases';

readsAs('rounds r341 to r356', [
  ['50/50 heelhk d asap', ['heel_hook', 'heel_hook_defense']],
  ['dlr to bk + slx esc', ['de_la_riva', 'back_take', 'single_leg_x', 'single_leg_x_escape']],
  [
    'im not teaching heel hooks saturday obv but i want to show how to get out of a straight ankle lock',
    ['straight_ankle_lock', 'straight_ankle_lock_defense'],
  ],
  ['travelling carry on only, can i fit a gi in there or should i just bring rashguards', []],
  ['what do i pack besides 2 kimonos lol', []],
  ['bought a new gi, spider guard tips', ['spider_guard']],
  ['bring a gi to class, armbars', ['armbar']],
  [
    '2 months in and the heavier guys just flatten me on the side and i lie there. escapes?',
    ['side_control', 'side_control_escape'],
  ],
  ['what is the mata leao everyone keeps saying, is that just the back choke? want a vid on it', ['rear_naked_choke']],
  ['68kg, 47, bad lumbar. how do i stop heavy guys smashing through my guard', ['guard_retention']],
  ['during lockdown i just drilled solo on a grappling dummy, what are good dummy drills for mount', ['mount']],
  ['got a tripod mount for filming rolls, any good video on finishing a double leg against the wall', ['takedown']],
  ['bought my passagem for the rio open trip, what else do i need', []],
  ['stuck in sc, how do i get out', ['side_control', 'side_control_escape']],
  ['flattened in sc by every big dude, how do i get outta there', ['side_control', 'side_control_escape']],
  [
    'no more berimbolo videos lol, i just need a simple way to pass dlr for my gi match',
    ['guard_passing', 'de_la_riva', 'gi'],
  ],
  ['tryna show the whites a nasty ezzy from inside the guard', ['ezekiel', 'closed_guard']],
  [
    'they put their legs over my shoulder and neck and pull my head down. how do i get out before i tap',
    ['triangle', 'triangle_defense'],
  ],
  ['how do i get them off my back', ['back_control', 'back_control_escape']],
  ['how do i stop people pegando minhas costas when i turtle up', ['back_take', 'back_take_defense', 'turtle']],
  ['how do i keep my knee from getting popped', ['heel_hook', 'heel_hook_defense']],
  ['armbr trian combo frm cg??', ['armbar', 'triangle', 'closed_guard']],
  ['dlr is wreckin my knee, chill lasso sweeps instead?', ['lasso_guard', 'sweep']],
  ['whats the best way for an older guy to escape side control', ['side_control', 'side_control_escape']],
  ['one of my smaller women asked how to escape mount against guys twice her size', ['mount', 'mount_escape']],
  ['she wants to know how to escape mount', ['mount', 'mount_escape']],
  ['how do u stop guys who spam heelies from the saddle', ['heel_hook', 'heel_hook_defense']],
  ['my coach says im too young for heel hooks, show me ankle locks', ['straight_ankle_lock']],
  ['in nogi i keep going for gillotines. anyways no question i guess just venting', []],
  ['mata leao d', ['rear_naked_choke', 'rear_naked_choke_defense']],
]);

// controls: what these rules must leave alone
readsAs('rounds r341 to r356, controls', [
  ['back chokes that arent the rnc lol like bow and arrow', ['back_control', 'bow_and_arrow']],
  ['my gi ripped at the collar', []],
  ['every time I go for the kimura they just roll out of it', ['kimura']],
  ['back control to armbar transition for when he defends the choke', ['back_control', 'armbar']],
  ['everyone at my gym knows how to shut it down, my armbar', ['armbar']],
  ['no question, just venting. how do i escape mount though', ['mount', 'mount_escape']],
]);

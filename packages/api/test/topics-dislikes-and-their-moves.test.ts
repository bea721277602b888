import { readsAs } from './topic-cases';

readsAs('a technique disliked, then something else asked, is left out', [
  ['i hate the berimbolo honestly. something else to attack from de la riva?', ['de_la_riva']],
  ['i hate the kimura. show me another armbar', ['armbar']],
  ['hate doing the triangle, so what other chokes from closed guard', ['closed_guard']],
  // controls: a dislike with no "else" asked, and a position disliked, stay as they are
  ['i hate getting mounted, what else can i do', ['mount', 'mount_escape']],
  ['i hate the berimbolo, how do i stop it', ['back_take', 'back_take_defense']],
]);

readsAs('"not the one from …" rules out the other place of the technique asked', [
  ['ezekiel from side control in the kimono, not the one from mount', ['ezekiel', 'side_control', 'gi']],
  ['bow and arrow from turtle, not the version from the back', ['bow_and_arrow', 'turtle']],
]);

readsAs('the opponent setting out to do something is the moment, not a second question', [
  ['straight ankle lock from single leg x when they try to stand up', ['straight_ankle_lock', 'single_leg_x']],
  ['armbar from guard when he tries to stand up', ['armbar']],
  ['loop choke in the gi when they come to pass with the head low', ['loop_choke', 'gi']],
  // control: the user standing up in guard asks it
  ['how do i stand up in closed guard', ['standing', 'closed_guard']],
]);

readsAs('"when im passing" is the user passing, whatever catches them there', [
  ['triange defence i always get caught when im passing', ['triangle', 'triangle_defense', 'guard_passing']],
  ['i always get caught when im passing', ['guard_passing']],
  // controls: done to the user, and German "im" (in the)
  ['im getting passed all the time', ['guard_retention']],
  ['er wird dauernd im dreieck gefangen', ['triangle', 'triangle_defense']],
]);

readsAs('a guard that "gets knee cut" is passed: keeping it is asked', [
  ['my guard gets knee cut literally every roll, what do i do from bottom', ['guard_retention']],
  ['i keep getting knee cut by the blue belts', ['guard_retention']],
  // control: the user's own knee cut
  ['kneecut vs a dlr hook', ['guard_passing', 'de_la_riva']],
]);

readsAs('opening a closed guard the user is stuck in is passing it', [
  [
    'white belt gi, i spend the whole round stuck in closed guard trying to open it',
    ['gi', 'closed_guard', 'closed_guard_escape', 'guard_passing'],
  ],
  ['stuck in closed guard, how do i crack his guard open', ['closed_guard', 'closed_guard_escape', 'guard_passing']],
  // controls: no opening said, and the user's own guard opened
  ['im stuck in closed guard and cant breathe', ['closed_guard', 'closed_guard_escape']],
]);

// In a story told before a question, words that also tell ("against anyone heavier", "i dont want to
// give up side control", "like they teach", "lapel stuff which i hate") make no sentence an ask; a
// want before what is wanted, and an ask added with "then maybe" or summed up with "so", still do.
// A story that tells where the asked technique was tried keeps that place, not every place it passes.
import { readsAs } from './topic-cases';

readsAs('a word that also tells asks only near the start of its sentence', [
  [
    'been drilling butterfly sweeps all week and tonight i finally hit one but only against a white belt, against anyone heavier i just get flattened and passed. nogi class, everything allowed. show me butterfly guard sweeps for when the guy is a lot heavier than me',
    ['butterfly_guard', 'sweep', 'no-gi'],
  ],
  [
    'tonight was gi and everyone at my gym plays lapel stuff which i hate, i spent the night tangled up in worm guard type things and got swept constantly. i dont want to learn any lapel guards myself. what open guard should i play in the gi that isnt lapel based',
    ['gi', 'open_guard'],
  ],
  // controls: the word opens the sentence, or a want comes before what is wanted
  ['anyone got good stuff on triangles? my legs are short', ['triangle']],
  [
    'rolled with a big guy tonight and got smashed for an hour. i want a better americana from side control. gi.',
    ['americana', 'side_control', 'gi'],
  ],
]);

readsAs('a want that is denied rules out, it asks nothing', [
  [
    'i keep ending up turtled after my guard gets passed because i dont want to give up side control, tonight the guy just rode me forever and eventually got the seatbelt. gi class, no injuries just tired. what are the best ways to escape turtle in the gi',
    ['turtle', 'turtle_escape', 'gi'],
  ],
]);

// ("can" deep in "Then maybe a kneebar I can counter with." no longer asks; the opening "then maybe" does)
readsAs('an ask added with "then maybe" or summed up with "so" is asked', [
  [
    "Lost to the same guy twice with a heel hook — I was in his saddle, whatever that is on your list. Don't need the attacking side, I need to survive it and get my heel out. Nogi obviously. Then maybe a kneebar I can counter with.",
    ['heel_hook', 'heel_hook_defense', 'no-gi', 'kneebar'],
  ],
  [
    'Got my blue belt friday 🥳 coach told me at blue I should build a real back attack system, not just RNC. So bow and arrow, armbar from the back etc. Can you recommend stuff from back control?',
    ['back_control', 'bow_and_arrow', 'armbar'],
  ],
  // control: "then" before someone doing something tells the story
  [
    'My opponent at the comp took me down with an ankle pick and I never saw it coming. Then he passed and won on points. How do I defend ankle picks?',
    ['takedown', 'takedown_defense'],
  ],
]);

readsAs('the place a story tried the asked technique in is its place', [
  [
    'idk wtf happened tonight, was on top in side controll and went for the americana and the guy bridged hard and i ended up under him and then he went to mount. no gi. i think i overcommit. how do i finsh the americana without losing position',
    ['side_control', 'americana', 'no-gi'],
  ],
  // control: a story that does not tell the technique keeps its places
  [
    'a brown belt kept taking my back every time i turtled. how do i stop the back take?',
    ['back_take', 'back_take_defense', 'turtle'],
  ],
]);

readsAs('a story that tells the asked technique with no place keeps none of its places', [
  [
    'so at nogi today i caught a front headlock on a dude who shot a sloppy single, tried to roll for the anacoda and he just posted his leg and came on top of me, ended up in bottom side lol. is the anaconda roll different from the darce or am i just doing it wrong, how do i finish it',
    ['no-gi', 'anaconda', 'darce'],
  ],
]);

readsAs('"the escapes" asked after a story are its places\' escapes', [
  [
    "so we had a no-gi comp class, rules were no heel hooks no slams. I got taken down like 5 times, couldn't stop a single one, then got stuck under side control. takedown defense first please, escapes after",
    ['no-gi', 'takedown', 'takedown_defense', 'side_control', 'side_control_escape'],
  ],
  // control: the escape ruled out
  [
    'was on his back, hooks and seatbelt and all, but he turned into me and i ended up bottom half. i want the rnc finish before he turns, NOT the escape',
    ['back_control', 'half_guard', 'rear_naked_choke', 'rear_naked_choke_defense'],
  ],
]);

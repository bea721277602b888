// Chat's "nvm" and "idc about" rule out; a name for several cut by "that arent"; a coach teaching a
// technique is no attack on the user, nor are the people asked ("you guys"); things handed over,
// "half in it" and a weak name with no BJJ word in its sentence are no topic; being lost reaches
// only what its own sentence names; a list that opens on a name said again further on asks; Spanish
// wished-away "sin que me hagan" is done to the user; flattened in one's own guard keeps it; more
// names: "butter hook", "passar essas guardas", a sweep taken ("tomo raspagem"); an escape ruled out
// then "finish them" asks the technique; "not the one rolling out of it" rules out the escape; "i'm
// fine" there and years of an art are no ask; "hit me with" is done to the user by anyone; what is
// about to be locked is defended; a guard kept against someone is retained; the technical stand up
// sweep is a sweep; a back hurt is no back take; "get to X from there" goes from the story's place.
import { readsAs } from './topic-cases';

readsAs('chat shorthand rules out', [
  ['nvm the kimura, just the americana', ['americana']],
  ['sweeps from rdlr. idc about the normal dlr stuff rn', ['sweep', 'reverse_de_la_riva']],
]);

readsAs('a name for several cut by what it is not', [
  ['armlocks that arent the armbar, like kimura or americana', ['kimura', 'americana']],
  ['armlocks other than the armbar', []],
]);

readsAs('a coach teaching it, or the people asked, attack no one', [
  ['he taught a raspagem from meia guarda', ['sweep', 'half_guard']],
  ["how do u guys finish the darce when they're turtled", ['darce', 'turtle']],
  // controls: the opponent doing it
  ['they hit the sweep every time', ['sweep', 'sweep_defense']],
  ['guys finish the darce on me every time', ['darce', 'darce_defense']],
]);

readsAs('everyday words beside no BJJ in their sentence', [
  ['throw me the wifi password someone', []],
  ['closed monday? the guard at the door said theres a leak', []],
  ["how do i defend the triangle when i'm already half in it", ['triangle', 'triangle_defense']],
  // controls: thrown, a weak name beside BJJ words in its sentence
  ['he throws me every time', ['throw', 'throw_defense']],
  ['oma from closed, they always posture out', ['omoplata', 'closed_guard']],
]);

readsAs('being lost reaches what its sentence names', [
  ['i have no clue what to do. armbar from mount?', ['armbar', 'mount']],
  [
    'people pull me into their guard and i have no clue what to do. passing closed guard in the gi?',
    ['guard_passing', 'closed_guard', 'gi'],
  ],
  // control: lost where the sentence says
  ['when they mount me i have no idea what to do', ['mount', 'mount_escape']],
]);

readsAs('a sentence opening on a name said again asks', [
  [
    'i want a solid standing game so i dont get dragged into their guard. single legs, double legs, whatever works',
    ['standing', 'takedown'],
  ],
]);

readsAs('wished away in Spanish, done to the user', [
  ['como salir de la montada sin que me hagan llave de brazo', ['mount', 'mount_escape', 'armbar', 'armbar_defense']],
  ['sin que me apliquen la kimura', ['kimura', 'kimura_defense']],
  // control: the user's own
  ['como hago la llave de brazo', ['armbar']],
]);

readsAs("flattened in one's own guard keeps it", [
  ['how do i stop getting flattened in half guard', ['half_guard']],
  // controls: stuck in it, or smashed in a pin
  ['how do i stop getting stuck in half guard', ['half_guard', 'half_guard_escape']],
  ['stop getting smashed in side control', ['side_control', 'side_control_escape']],
]);

readsAs('more names for guards, passes and sweeps suffered', [
  ['butter hook sweeps pls', ['butterfly_guard', 'sweep']],
  ['como passar essas guardas?', ['guard_passing']],
  ['levo raspagem da meia guarda', ['sweep', 'half_guard', 'sweep_defense']],
  // control: the user's own sweep
  ['quero aprender raspagem da meia guarda', ['sweep', 'half_guard']],
]);

readsAs('the escape ruled out, the attack asked', [
  ['not looking for heel hook escapes, i want to FINISH them', ['heel_hook']],
  ['i want to be the one finishing the omoplata for once, not the one rolling out of it', ['omoplata']],
  // control: only ruled out
  ['no heel hook escapes please', []],
]);

readsAs('fine there, or an art done for years, asks nothing', [
  ["did 10 yrs of judo before bjj so standing i'm fine, but once i'm on bottom in half guard i'm lost", ['half_guard']],
  // control: an art's moves asked
  ['judo throws for bjj', ['throw']],
]);

readsAs('hit with it by anyone', [
  ['this kid hit me with an inside heel hook from nowhere', ['heel_hook', 'heel_hook_defense']],
  ['got hit with a heel hook', ['heel_hook', 'heel_hook_defense']],
  // control: the user's own
  ['i hit a heel hook in comp', ['heel_hook']],
]);

readsAs('about to be locked, a guard kept, a sweep by its name', [
  [
    'how do i get out of mount before the arm triangle gets locked in',
    ['mount', 'mount_escape', 'arm_triangle', 'arm_triangle_defense'],
  ],
  ['how do i keep butterfly guard when someone drives into me', ['butterfly_guard', 'guard_retention']],
  ['how do i finish the technical stand up sweep from x guard', ['sweep', 'x_guard']],
  [
    'i dont even care about the takedown rn, i just want to escape back control',
    ['back_control', 'back_control_escape'],
  ],
  // controls: a guard kept shut; standing up
  ['keeping closed guard closed', ['closed_guard']],
  ['technical stand up from bottom', ['standing']],
]);

readsAs('a back hurt, and a place gone to from the story', [
  ['pulled my back taking the trash out 🙄 how long till i can roll again', []],
  [
    'a purple kept smashing me flat in half guard every time. what should i watch to get to deep half from there?',
    ['deep_half_guard', 'half_guard'],
  ],
  // control: a back taken
  ['taking the back from turtle', ['back_take', 'turtle']],
]);

readsAs('keeping the guard asked after a story of passes', [
  [
    'i pulled butterfly on the wrestler and he just flattened me out, stuffed my hooks, passed to side control in like 10 sec. how do i keep butterfly guard when someone drives into me',
    ['butterfly_guard', 'guard_retention'],
  ],
]);

readsAs('long messages: an ask considered, a rule told then wanted anyway, the hands of a story choke', [
  [
    "i still want to play closed guard but i need attacks that don't need me to hip up hard. thinking omoplata or kimura from closed guard, not triangles because my hamstrings hate it. any vids?",
    ['closed_guard', 'omoplata', 'kimura'],
  ],
  [
    'our gym has a no heel hooks in the gi rule but anything goes in nogi. so on nogi tuesdays I want to learn the heel hook finish properly from single leg x',
    ['no-gi', 'heel_hook', 'single_leg_x'],
  ],
  [
    "my training partner's mata leão is just automatic, once he's on my back it's over. how do i fight the hands and actually get out from the back",
    ['rear_naked_choke', 'rear_naked_choke_defense', 'back_control', 'back_control_escape'],
  ],
  // control: the name said again to say why it is out
  ['no armbars pls, everyone sees the armbar coming', []],
]);

readsAs("the user's own guard pull is no guard pulled on them", [
  ['i dont want takedowns at all, just how to pull into closed guard', ['closed_guard']],
  // control: pulled into it
  ['i keep getting pulled into closed guard', ['closed_guard', 'closed_guard_escape']],
]);

readsAs('relayed: a message passed on, fine already, the choke of the story', [
  ['passing this on from a parent: can you find escapes for that', []],
  [
    'he wants butterfly guard retention — not sweeps this time, he says he can sweep fine once the hooks stay in',
    ['butterfly_guard', 'guard_retention'],
  ],
  [
    "relaying from a white belt: keeps getting rnc'd every time he turtles. wants to know how to defend the choke AND get out of turtle without giving the back",
    ['rear_naked_choke', 'rear_naked_choke_defense', 'turtle', 'turtle_escape'],
  ],
  // control: passing asked
  ['passing half guard on a bigger guy', ['guard_passing', 'half_guard']],
]);

readsAs('a throw pillow thrown, and framing out', [
  ['wife threw a throw pillow at me bc i smell like the gym 😂 how do i wash my gear right', []],
  [
    'when he gets side control i literally cant breathe. any video on framing out without blowing my shoulders up?',
    ['side_control', 'side_control_escape'],
  ],
  // control: thrown on the mat
  ['he threw me with a hip throw', ['throw', 'throw_defense']],
]);

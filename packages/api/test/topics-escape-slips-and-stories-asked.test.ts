// A slip inside the words that ask for an escape or a defence ("ecsape", "defnese") still asks it,
// while Spanish and Portuguese "escapa" (someone else getting away) is not corrected into one; what
// the user says they know how to do, or a student knows already, is not asked beside something else,
// nor is an escape said to go fine; a coach's athletes and "his son" are who a question is relayed
// for, and someone else named owns the pronouns of their own sentence only; lost in a guard of one's
// own, the user is the one sweeping; a short sentence telling how a match went, a class told of and
// a question in brackets ask nothing, and "so 2 things:" asks; the opponent's heel is a foot's, not
// the heel hook; what "you cant go for" and what the user does not mean are ruled out; lost on top,
// the pin is the user's own; a sentence opening on a name that tells of last night's roll asks
// nothing; a new gi washed and a rashguard taken back are gear, "the whole class" is how long;
// "mainly the kneebar and the toe hold" singles out the list; "the girls" of a class are opponents;
// "i cant close it" closes a lock, not a guard; "passing on from a mum" passes a question on; a story
// sentence opening on who did it ("he attacked wristlocks …") asks nothing, nor does a story's place
// reach a question asked "in general"; "asked me" and "his mom would kill me" put no user in a
// relayed story, and "… would be great" asks.
import { readsAs } from './topic-cases';

readsAs('a slip in an escape or defence word', [
  ['how 2 ecsape mount', ['mount', 'mount_escape']],
  ['side control ecsapes', ['side_control', 'side_control_escape']],
  ['guillotine defesne', ['guillotine', 'guillotine_defense']],
  // controls: the opponent getting away, in Spanish and Portuguese
  ['mi compañero siempre se escapa de mi montada', ['mount']],
  ['minha guilhotina sempre escapa quando o cara levanta a postura', ['guillotine']],
]);

readsAs('known how to do, or known already by the one asked for', [
  ['i know how to sprawl, i want a takedown', ['takedown']],
  ['he knows the heel hook already, wants the kneebar', ['kneebar']],
  // controls: not known, or wanting to know
  ['i dont know how to sprawl, i want a takedown', ['takedown', 'takedown_defense']],
  ['i want to know how to sprawl', ['takedown', 'takedown_defense']],
]);

readsAs('an escape said to go fine, beside something else', [
  ['i escape mount fine, side control is the problem', ['mount', 'side_control']],
  ['i get out of mount just fine, side control is where i die', ['mount', 'side_control']],
  // control: the escape asked
  ['how do i escape mount', ['mount', 'mount_escape']],
]);

readsAs('the one a question is relayed for', [
  ['my competitor keeps getting his back taken', ['back_take', 'back_take_defense']],
  ["he wants to know what his son does when he's on top in mount and the other kid turns over", ['mount']],
  // someone else named owns the pronouns of their own sentence only
  [
    'my son got wristlocked at an open mat by an adult purple belt. he wants to learn how to defend wristlocks',
    ['wristlock', 'wristlock_defense'],
  ],
  ['my son rolled with a big guy and he kept mounting him', ['mount']],
]);

readsAs('lost in a guard of ones own', [
  ['x guard sweeps please, i arrive in the position but i dont know what to do after', ['x_guard', 'sweep']],
  // control: swept, then lost
  ['i get swept from half guard all the time and i dont know what to do', ['sweep', 'sweep_defense', 'half_guard']],
]);

readsAs('a short sentence telling how a match went asks nothing', [
  [
    'r1 i pulled guard and got swept. quarters i won by armbar. how do i pass the spider guard?',
    ['guard_passing', 'spider_guard'],
  ],
]);

readsAs('a class told of, or a question in brackets, asks nothing', [
  ['armbar class yesterday was fun. how do i pass the half guard', ['guard_passing', 'half_guard']],
  [
    'some dude caught me with a kneebar when i tried to pass (is that legal?). how do i defend the kneebar',
    ['kneebar', 'kneebar_defense'],
  ],
  // control: a short sentence that asks
  ['armbar from mount. how do i pass the half guard', ['armbar', 'mount', 'guard_passing', 'half_guard']],
]);

readsAs("the opponent's heel is a foot's", [
  ['heel hooks from the saddle but the dude hides his heel every time', ['heel_hook']],
  // control: the user's heel hunted is the heel hook
  ['my opponent hunts my heel from slx, what do i do', ['heel_hook', 'single_leg_x']],
]);

readsAs('ruled out as a rule for anyone, or as not what is meant', [
  ['what sweeps work from single leg x when you cant go for heel hooks', ['sweep', 'single_leg_x']],
  [
    'i dont mean the triangle with the legs, i mean the arm triangle, from side control',
    ['arm_triangle', 'side_control'],
  ],
  ['cross collar from mount, i dont mean ezekiel', ['cross_collar_choke', 'mount']],
  // control: not being able to do it oneself is the struggle asked about
  ['how do you finish the armbar when you cant get the grip', ['armbar']],
]);

readsAs('a list of asks announced', [
  [
    'r2 a blue smashed my deep half and passed. so 2 things: sweeps from deep half, and keeping my guard',
    ['deep_half_guard', 'sweep', 'guard_retention'],
  ],
]);

readsAs('lost on top, the pin is the users own', [
  ['i end up on top in north south and have no clue what to do', ['north_south']],
  // control: someone else on top
  ['he gets on top of me in north south and i have no clue what to do', ['north_south', 'north_south_escape']],
]);

readsAs('a sentence opening on a name that tells of last nights roll asks nothing', [
  [
    'mounted one of the white belts last night (nice guy) and went for the armbar like 4 times. every time he stacked me or pulled his elbow out and i ended up in his guard. how do i keep my armbar tight from mount',
    ['mount', 'armbar'],
  ],
  ['kimura from side control last week worked great. how do i pass the half guard', ['guard_passing', 'half_guard']],
  // control: a name opening an ask
  [
    'kimura from side control when they hide the arm. how do i pass the half guard',
    ['kimura', 'side_control', 'guard_passing', 'half_guard'],
  ],
]);

readsAs('gear and how long, not topics', [
  ['how do i wash my new gi without it shrinking', []],
  ['need to take back the rashguard i bought at the front desk, wrong size', []],
  ['got mounted the whole class lol how do i get out', ['mount', 'mount_escape']],
  // controls: the attire, and a thing mounted
  ['my new gi game is all lapel stuff', ['gi']],
  ['where do i mount my gopro on the wall', []],
]);

readsAs('a list singled out of a name for several', [
  ['leg locks instead, mainly the kneebar and the toe hold', ['kneebar', 'toe_hold']],
  // control: one singled out
  ['leg locks, specifically the kneebar', ['kneebar']],
]);

readsAs('the women and men of a class are opponents too', [
  ['the girls keep defending my collar grips in the gi so i want the ezekiel from mount', ['gi', 'ezekiel', 'mount']],
  ['the girls keep mounting me', ['mount', 'mount_escape']],
]);

readsAs('closing the lock named before is no closed guard', [
  [
    'arm triangle from side control, the girls turn in and i cant close it. how do i finish it',
    ['arm_triangle', 'side_control'],
  ],
  // control: the guard said short
  ['close guard sweeps', ['closed_guard', 'sweep']],
]);

readsAs('a question passed on is no pass', [
  [
    'passing on from a mum in my kids class: her daughter says no more half guard please. she wants butterfly sweeps',
    ['butterfly_guard', 'sweep'],
  ],
  // control: passing asked
  ['passing the half guard when they get the knee shield', ['guard_passing', 'half_guard']],
]);

readsAs('a story sentence opening on who did it, and a question asked in general', [
  [
    'rolled with a sambo guy last night. he attacked wristlocks from everywhere, from inside my closed guard, from side control. my wrist is sore. how do i defend wristlocks in general',
    ['wristlock', 'wristlock_defense'],
  ],
  // controls: the story's place kept when the question names none and says no "in general"; an
  // escape opening its sentence still asks
  [
    'rolled last night. i got wristlocked from side control. how do i defend wristlocks',
    ['wristlock', 'wristlock_defense', 'side_control'],
  ],
  [
    'what do i do when someone gets mount and goes for the armbar. escapes from high mount + armbar defense',
    ['mount', 'armbar', 'armbar_defense', 'mount_escape'],
  ],
]);

readsAs('a saying that names the user, and a wish put politely', [
  [
    'one of our teens asked me for submissions from side control. leg locks are out, his mom would kill me. he likes the kimura, so kimura from side control would be great.',
    ['side_control', 'kimura'],
  ],
  // control: the user in the story, mounted by the son
  ['my son rolled with me and he kept mounting me', ['mount', 'mount_escape']],
]);

readsAs('flat in a guard of ones own, or stuck on top, the user is the one attacking', [
  ['kimura from bottom half when im flat', ['kimura', 'half_guard']],
  ['what is the best attack against someone in turtle, i always get stuck on top doing nothing', ['turtle']],
  // controls: something done to the user there, and stuck under
  ['flat on my back in half guard and they kimura me', ['half_guard', 'kimura', 'kimura_defense']],
  ['i always get stuck under mount doing nothing', ['mount', 'mount_escape']],
]);

readsAs('deep half kept, a fallback for when a lock is not there, a match won told short', [
  ['how do i keep deep half when they sprawl back and flatten me out', ['deep_half_guard', 'guard_retention']],
  ['i want single leg x sweeps for when the ankle lock isnt there', ['single_leg_x', 'sweep']],
  [
    '3 matches. 1 sankaku from guard, win. 3 got juji gatamed from mount. juji gatame escapes pls',
    ['armbar', 'armbar_defense', 'mount'],
  ],
  // controls: half said of something else, the lock asked
  ['keep half the weight on them when they bridge', []],
  ['straight ankle lock from single leg x', ['straight_ankle_lock', 'single_leg_x']],
]);

readsAs('a guard kept is no place escaped, and a relayed persons own words quoted', [
  ['guard retention from reverse de la riva', ['guard_retention', 'reverse_de_la_riva']],
  [
    "my husband keeps getting guillotined every single time he shoots a double. he said and i quote 'i'm basically handing them my neck'. what should he watch",
    ['guillotine', 'guillotine_defense', 'takedown'],
  ],
  // controls: guard recovered from a pin, and the user in the story
  ['get guard back from side control', ['guard_retention', 'side_control', 'side_control_escape']],
  ['my son rolled with me and he kept mounting me', ['mount', 'mount_escape']],
]);

readsAs('a match told opening on a name asks nothing; Portuguese "alguem manda" asks', [
  [
    'got double legged, landed in half guard and then he flattened me out. how do i get back on my side from flat half guard bottom',
    ['half_guard'],
  ],
  [
    'nogi. got inside heel hooked in my first match from the saddle, won the second with a guillotine. not interested in leg lock stuff rn. i want to keep my butterfly guard from getting passed',
    ['no-gi', 'butterfly_guard', 'guard_retention'],
  ],
  [
    '2nd guy pulled guarda fechada and i sat in there for 5 min, couldnt open it, lost on adv. alguem manda passagem de guarda fechada pfv',
    ['closed_guard', 'guard_passing'],
  ],
  // control: a name opening an ask with a "got" later in it
  [
    'takedowns for bjj but NOT double legs, got those from wrestling already. need judo style stuff',
    ['takedown', 'throw'],
  ],
]);

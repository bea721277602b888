import { readsAs } from './topic-cases';

readsAs('a sentence that reports a class is the story when another sentence asks', [
  [
    'we drilled scarf hold escapes tonight and it was fine. i wanted to know about the knee slice against a knee shield',
    ['guard_passing', 'half_guard'],
  ],
  ['coach showed heel hook entries all class, super fun. how do i finish a kneebar?', ['kneebar']],
  [
    'todays class was all half guard and i was gassed. what is a good omoplata setup from closed guard',
    ['omoplata', 'closed_guard'],
  ],
  // the class's attire holds, and a question "from there" keeps the report's place
  ['in the gi class tonight we went over collar grips. can u send a bow and arrow video', ['gi', 'bow_and_arrow']],
  ['we drilled single leg x entries for an hour. any kneebar from there?', ['single_leg_x', 'kneebar']],
  // controls: a report with no question, a question adding to the report, a report that asks
  ['we drilled triangles from closed guard tonight', ['triangle', 'closed_guard']],
  [
    'tonight we did kneebar entries from half guard. also how do you not get heel hooked back',
    ['kneebar', 'half_guard', 'heel_hook', 'heel_hook_defense'],
  ],
  ['we drilled armbars, can you show me the finish', ['armbar']],
]);

readsAs('"not interested" said after a name rules that name out', [
  ['i know everyone is into leg locks now but im not interested, sorry. passing please', ['guard_passing']],
  ['the gym loves berimbolos and im not into them. what else from de la riva?', ['de_la_riva']],
  // control: a name after it is what is ruled out
  ['no gi guillotine, not interested in the arm in version', ['no-gi', 'guillotine']],
]);

readsAs('a name told in the clause before "but", then ruled out, is out', [
  ['i live in half guard but i dont want half guard stuff today. butterfly please', ['butterfly_guard']],
  ['i play spider guard a lot but no spider guard videos please, lasso instead', ['lasso_guard']],
]);

readsAs('more turns from a story to its question', [
  ['got swept from mount all night. the thing i actually need is a good single leg', ['takedown']],
  ['been working half guard and my takedowns suck. main question: a guard pull that goes into a sweep?', ['sweep']],
  ['rolled a lot of closed guard tonight. i wanted to ask about the darce from the front headlock', ['darce']],
  ['leg lock class again lol, everyone got heel hooked. anyway i would rather see a toe hold', ['toe_hold']],
  ['my gi ripped on a collar grip, unreal. anyway: omoplata sweep when they roll out?', ['omoplata', 'sweep']],
]);

readsAs('"close" as near is no closed guard', [
  [
    'he kept me in his spider guard and i never got close. how do i pass spider guard',
    ['spider_guard', 'guard_passing'],
  ],
  ['so close to the armbar every time, how do i finish it', ['armbar']],
  // controls: the guard
  ['armbar from close', ['armbar', 'closed_guard']],
  ['can i get closed guard sweeps', ['closed_guard', 'sweep']],
]);

readsAs('a technique done to the user and wanted to steal is the user’s attack', [
  [
    'my partner caught me with a baseball choke from knee on belly. how does it work? i want to steal it',
    ['baseball_choke', 'knee_on_belly'],
  ],
  // one of its kind to learn
  ['got caught in three guillotines tonight. i want to learn a good one', ['guillotine']],
  // control: one of its kind to defend
  ['got caught in three guillotines tonight. how do i defend a good one', ['guillotine', 'guillotine_defense']],
]);

readsAs('in a message of several sentences, the ones that ask say what is asked', [
  [
    'a purple belt kept passing my guard to side control all night. how do i escape side control?',
    ['side_control', 'side_control_escape'],
  ],
  [
    'hit two triangles at open mat last night, felt great. what should i watch for the arm triangle finish?',
    ['arm_triangle'],
  ],
  // the story still says the attire and, when the question names none, the place
  [
    "i only train in the gi at my academy because of work. what's a good back take from turtle?",
    ['gi', 'back_take', 'turtle'],
  ],
  [
    'my coach says my closed guard is too passive and that i am flexible. any omoplata setups?',
    ['closed_guard', 'omoplata'],
  ],
  // a fragment that names what is wanted asks too
  ['Armbar from mount. They always hide their arms and I just sit there for the whole round.', ['armbar', 'mount']],
  // controls: one sentence, and every sentence asking
  ['hit two triangles last night and i want the arm triangle finish', ['triangle', 'arm_triangle']],
  ['i want mount escapes. also guard retention please', ['mount', 'mount_escape', 'guard_retention']],
]);

readsAs('an attire the user never trains is ruled out; the story keeps only one attire it names', [
  // (ruling one attire out asks the other)
  ['he doesnt train gi at all, triangles from guard please', ['triangle', 'no-gi']],
  ['spider guard sweeps, kimono obviously, she doesnt train nogi at all', ['spider_guard', 'sweep', 'gi']],
  // the story names both attires, the question its own
  [
    'half my gym went to the nogi comp, i only do gi. how do i get from side control to mount in the gi',
    ['gi', 'side_control', 'mount'],
  ],
]);

readsAs('the mats swept are no sweep', [['the mats needed sweeping before the kids class, who is on the rota', []]]);

readsAs('a defence the finish is against is the opponent’s', [
  ['triangle finishing vs defence, he is past the intro stuff', ['triangle']],
  ['armbar finishes against their escapes', ['armbar']],
  // control: a defence asked against the technique
  ['defense against the triangle', ['triangle', 'triangle_defense']],
]);

readsAs('a rule-out after an interjection, one that "wont help", a sport the sweep is in', [
  ['ok forget the kimura, everyone hides that arm. what else from north south', ['north_south']],
  [
    'nogi wont help him, his gym only does kimono. he needs the baseball choke from knee on belly',
    ['gi', 'baseball_choke', 'knee_on_belly'],
  ],
  ['got swept off my board surfing and hurt my knee, how long before rolling again', []],
  // controls: forgetting a grip, a help asked
  ['i forget the armbar grip', ['armbar']],
  ['how does the underhook help in half guard', ['half_guard']],
]);

readsAs('a guard passed named short, and "not tryna" rules out', [
  ['how tf do i pass a spider', ['guard_passing', 'spider_guard']],
  ['not tryna wrestle, whats a clean way to get to half guard from standing', ['half_guard', 'standing']],
  // controls: a lasso that is a rope; trying to learn
  ['i bought a lasso for the ranch', []],
  ['im tryna learn the armbar', ['armbar']],
]);

readsAs('arrows chain moves; either attire; guard recovered under a pin; a gi owned; a gate closed', [
  ['dlr -> berimbolo -> back??', ['de_la_riva', 'back_take']],
  ['armbar from guard, gi or nogi whatever', ['armbar']],
  ['i always end up turtled, how do i get back to guard', ['turtle', 'guard_retention', 'turtle_escape']],
  // control: a pass named, the retention stops it
  ['they pass to side control and i cant recover guard', ['guard_retention', 'side_control']],
  ['my gi ripped on a door handle. how do i finish the ezekiel from mount', ['ezekiel', 'mount']],
  ['locked my bag inside the gym, closed the gate behind me', []],
  // controls: the attire asked; someone else's kimono is the gi he trains in
  ['armbar in the gi', ['armbar', 'gi']],
  ['cross collar choke when his kimono collar is thick', ['cross_collar_choke', 'gi']],
]);

readsAs('a name ruled out and then named as disliked stays out', [
  ['spider sweeps that arent from the lasso, i hate lasso guard', ['spider_guard', 'sweep']],
  ['half guard sweeps that arent from deep half, i hate deep half', ['half_guard', 'sweep']],
]);

readsAs('a pronoun ruled out after instructors named points back at them, not at the technique', [
  ['need a leg lock course but not danaher or lachlan, im sick of those two', ['heel_hook', 'straight_ankle_lock']],
  // control: with no one named between, it points back at the technique
  ['need a half guard course, sick of those', []],
]);

readsAs('getting back up is standing, getting back up onto a side is not', [
  ['stuck on my back every round, i just want to get back up', ['standing']],
  ['flattened in bottom half guard, how do i get back up on my side', ['half_guard']],
]);

readsAs('destroyed in a pin is under it, and so is the pin listed after it', [
  ['getting wrecked in mount and north south lately', ['mount', 'mount_escape', 'north_south', 'north_south_escape']],
  // control: pins listed with no one under them
  ['i love mount and side control', ['mount', 'side_control']],
]);

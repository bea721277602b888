import { readsAs } from './topic-cases';

readsAs('a technique ruled out and said again to say why stays out', [
  [
    'stop sending me closed guard stuff, my legs are too short to close it on the big guys anyway. butterfly guard sweeps instead',
    ['butterfly_guard', 'sweep'],
  ],
  [
    "other than the straight ankle lock, what can i attack from single leg x? the straight footlock gets defended every time now that people know it's coming",
    ['single_leg_x'],
  ],
  // control: defending it, said again, asks its defence
  ['no heel hooks please, i cant defend heel hooks anyway', ['heel_hook', 'heel_hook_defense']],
]);

readsAs("an exception by the topic's own name cuts it out of the general name", [
  ['any armlock except the straight armbar, i want americana or kimura from the top', ['americana', 'kimura']],
  // control: an exception by another name leaves one way of it out
  ['guard passing but not the knee slice, i know that one', ['guard_passing']],
]);

readsAs('everyday senses of half, wrestling, judo and riding', [
  ['wrestled my 8 year old into his car seat today, counting that as cardio', []],
  [
    "bigger guys mount me and i can't bridge them off. upa does nothing, the elbow escape half works until they step over",
    ['mount', 'mount_escape'],
  ],
  [
    "sode guruma jime from inside someone's closed guard? saw it in a judo clip and didn't know bjj people did it from there",
    ['ezekiel', 'closed_guard'],
  ],
  ['people escape my mount way too easily, feels like riding a bucking horse', ['mount']],
  ['back take from de la riva against a guy standing up', ['back_take', 'de_la_riva']],
  // controls: the horse rider's mount, and a judo throw asked
  ['any tips for mounting a horse, i like riding', []],
  ['saw some judo clips of uchi mata, how do i do it in bjj', ['throw']],
]);

readsAs('a position the opponent kept getting to is the one escaped', [
  [
    'so last nite i rolled w this purple belt and he kept getting to mount and i just couldnt get out like i bridged and everything',
    ['mount', 'mount_escape'],
  ],
  // control: where the escape goes is no escape
  ['escape side control to half guard', ['side_control', 'side_control_escape', 'half_guard']],
]);

readsAs('the players of a game beating the user are the game the user meets, not a defence', [
  [
    'passagem de guarda contra meia guarda, sem kimono. nogi half guard players eat me alive with underhooks',
    ['guard_passing', 'half_guard', 'no-gi'],
  ],
  // control: a defence asked beside them
  ['leg lock guys destroy me, how do i defend heel hooks', ['heel_hook', 'heel_hook_defense']],
]);

readsAs('what the user says is useless, or stops being recommended, is left out', [
  [
    "every video i find is the bow and arrow and that's useless on tuesdays because it's nogi class. what else finishes from back control without a gi",
    ['no-gi', 'back_control'],
  ],
  ['the kimura never works for me, what else from side control', ['side_control']],
  ["Please stop recommending me the anaconda, I asked for the d'arce.", ['darce']],
  [
    "Instead of the americana, which never works for me, what's a good finish from side control on a guy who keeps his elbows glued to his ribs?",
    ['side_control'],
  ],
  [
    'x-collar from closed guard in the gi, they always see the second grip coming',
    ['cross_collar_choke', 'closed_guard', 'gi'],
  ],
  // controls: fixing it asks it, and a comparison weighs both
  ['the kimura never works for me, how do i fix it', ['kimura']],
  ['which is better, kimura instead of americana?', ['kimura', 'americana']],
]);

readsAs('"so not that", "too much for my body" and a mount to buy', [
  [
    "Everyone tells me to try the omoplata but my hips just don't move like that anymore, so not that. What other attacks are there from closed guard?",
    ['closed_guard'],
  ],
  ['rdlr to berimbolo is too much for my body, just want simple rdlr sweeps', ['reverse_de_la_riva', 'sweep']],
  ['Mounting a TV in the gym office this weekend and I have no idea what mount to buy for a 55 inch. Anyone know?', []],
  // control: a mount escape beside a TV
  ['mounted my new tv, shoulders are toast, but still: how do i keep mount on a bigger guy', ['mount']],
]);

readsAs('a list ruled out headed by a name with no topic, and "show me" after a name', [
  [
    'not into 50/50 or heel hooks at all, but i do want to get better at straight ankle locks from single leg x',
    ['straight_ankle_lock', 'single_leg_x'],
  ],
  ['anaconda vs darse whats the diffrence show me both', ['anaconda', 'darce']],
  // control: a show named for the technique
  ['watching the kimura show tonight', []],
]);

readsAs('"seen enough of those", "without having to jump to", and a simile with an article', [
  [
    "Every triangle video I find is from closed guard and I've seen enough of those. Want triangles from open guard, no closed guard stuff.",
    ['triangle', 'open_guard'],
  ],
  ['katagatame from side control, how do i finish without having to jump to mount', ['arm_triangle', 'side_control']],
  ['knee on belly, how do i stay up there without sliding off like a toddler on a playground slide', ['knee_on_belly']],
  // control: the toddler's knee on belly is play
  ['my toddler keeps doing knee on belly to me when i sleep', []],
]);

readsAs('a verb after an everyday noun, and standing at work', [
  [
    "Every purple belt in the room triangles me the second I leave one arm in. How do I defend it before it's locked?",
    ['triangle', 'triangle_defense'],
  ],
  ['After standing for 12 hours on the ward my legs are dead. Is it bad to still go roll?', []],
  // control: an everyday thing named for the technique
  ['paper guillotine at work', []],
]);

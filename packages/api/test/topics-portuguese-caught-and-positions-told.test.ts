// "leg locks yes, so kneebar and toe hold" asks the locks named, not the two "leg locks" stands for;
// Portuguese "no" right after a Portuguese word is "in the" ("me pegou no armlock"), a submission
// "taken" by its academy name is defended, and caught while passing the pass stays the user's; a gym
// that "proíbe" rules out; the user's guard passed by any form of "passar" is kept; "tbm" asks; a
// pizza slice, a cat like a turtle and a sore back are no topics; positions told by what the bodies
// do; "asking for a student:" relays; a throw off the collar is a throw; a sentence opening "are …"
// asks without its mark, and the story's place of a technique is the one in its own clause; "outa"
// and "outta" get out.
import { readsAs } from './topic-cases';

readsAs('leg locks said, then other locks named', [
  ['leg locks yes but heel hooks no, my gym bans them, so kneebar and toe hold pls', ['kneebar', 'toe_hold']],
  ['leg lock sim, so kneebar e toe hold pls', ['kneebar', 'toe_hold']],
  // control: no lock named, the curriculum's two
  ['leg lock entries for beginners', ['heel_hook', 'straight_ankle_lock']],
]);

readsAs('Portuguese "no" after a Portuguese word is "in the"', [
  ['vivem me pegando no triangulo', ['triangle', 'triangle_defense']],
  ['me pegou no armlock', ['armbar', 'armbar_defense']],
  ['to preso no cem quilos direto, como saio??', ['side_control', 'side_control_escape']],
  // control: "no" opening the message rules out
  ['no heel hooks please', []],
]);

readsAs('a submission taken by its academy name', [
  [
    'tomo hiza juji toda vez q tento passar a meia guarda, help',
    ['kneebar', 'guard_passing', 'half_guard', 'kneebar_defense'],
  ],
  ['sempre levo botinha no open mat', ['straight_ankle_lock', 'straight_ankle_lock_defense']],
]);

readsAs("caught while passing, the pass is the user's", [
  ['sempre tomo triangulo quando tento passar a guarda', ['triangle', 'guard_passing', 'triangle_defense']],
  [
    'todo mundo me finaliza de kimura qnd to passando a meia',
    ['kimura', 'guard_passing', 'half_guard', 'kimura_defense'],
  ],
  // control: the guard passed is the user's
  ['ele passa minha guarda toda hora', ['guard_retention']],
]);

readsAs('a gym banning in Portuguese', [
  ['minha academia proíbe chave de calcanhar, me passa outra finalização de perna', []],
  // control: asked whether it is banned
  ['chave de calcanhar é proibido na faixa azul?', ['heel_hook']],
]);

readsAs("the user's guard passed, by any form of the verb", [
  ['os faixa azul ficam passando minha guarda fácil demais, como seguro?', ['guard_retention']],
  ['a galera passa minha de la riva toda hora, como segurar a guarda', ['guard_retention', 'de_la_riva']],
]);

readsAs('the Portuguese "also" asks', [
  [
    'alguem tem video de x guard pra nogi?? tenho luta sabado, pensei em entrar no single leg x tbm e raspar',
    ['x_guard', 'no-gi', 'single_leg_x', 'sweep'],
  ],
]);

readsAs('everyday Portuguese', [
  ['comi um triangulo de pizza antes do treino e quase vomitei, dicas de alimentação?', []],
  ['minha gata dorme tipo tartaruga em cima da bolsa kkk', []],
  ['minhas costas tão travadas de tanto trabalhar sentado, alguém indica fisio?', []],
  // control: the back escaped
  ['como sair das costas', ['back_control', 'back_control_escape']],
]);

readsAs('positions told by what the bodies do', [
  [
    "what are some good sweeps when i'm on my back and i have one of their legs trapped between my legs?",
    ['sweep', 'half_guard'],
  ],
  [
    'ways to get out from under someone lying sideways across my chest, other than bridging',
    ['side_control', 'side_control_escape'],
  ],
  [
    'keeps squeezing my neck with my own arm trapped against it. what do i do before it gets tight?',
    ['arm_triangle', 'arm_triangle_defense'],
  ],
  [
    "they keep sweeping me when i'm kneeling and they sit up with their feet hooked under my thighs. how do i stay on top?",
    ['sweep', 'sweep_defense', 'butterfly_guard'],
  ],
  ["in the gi, how do i use their lapels to choke someone when i'm sitting on their chest?", ['gi', 'mount']],
  ["submissions for when I'm on my back with my legs wrapped around someone's waist", ['closed_guard']],
  ['so i finally got behind a blue belt and had no idea what to do. how do i finish something?', ['back_control']],
  // control: the user's chest sat on
  ['whenever someone sits on my chest I just freeze', ['mount', 'mount_escape']],
]);

readsAs('asked for a student', [
  ['asking for a student: he wants to escape mount', ['mount', 'mount_escape']],
  // controls: a kin named already relays, and the opponent escaping the user's mount
  ['question for one of my kids: she keeps getting armbarred from guard', ['armbar', 'armbar_defense']],
  ['he wants to escape mount every time', ['mount']],
]);

readsAs('a throw from a grip', [
  ['can you show a judo style throw off the collar', ['throw']],
  // control: thrown off one's game
  ['the music at my gym is loud and it throws off the timing of my drilling', []],
]);

readsAs('a question without its mark', [
  [
    'match 1 won by americana from side control, match 3 got tapped by a wristlock from closed guard. are wristlocks even allowed at blue belt ibjjf or was the ref wrong',
    ['wristlock', 'closed_guard'],
  ],
]);

readsAs('getting out, typed short', [
  ['how to get outa turtle', ['turtle', 'turtle_escape']],
  ['how 2 get outta mount when the guy is way heavier', ['mount', 'mount_escape']],
]);

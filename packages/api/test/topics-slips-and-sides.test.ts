// Topic readings of round r30's families: names said into a phone, everyday senses told in Portuguese
// and Spanish, whose move an escape is, and escapes named as a kind.
import { readsAs } from './topic-cases';

readsAs('a word voice-to-text slips into a name of two words or more', [
  ['north south chalk', ['north_south_choke']],
  ['bow and arrow chalk from the back', ['bow_and_arrow', 'back_control']],
  ['single leg ex to straight angle lock', ['single_leg_x', 'straight_ankle_lock']],
  ['ex guard sweeps', ['x_guard', 'sweep']],
  ['chalk on my hands before class', []],
  ['what angle do i cut at', []],
]);

readsAs('the name of a place asked about past its question mark', [
  ['kimura? isnt that the ramen place on high st', []],
  ['kimura? is that the shop near the gym', []],
  ['kimura? like from closed guard?', ['kimura', 'closed_guard']],
  ['at a small academy in osaka (tri-force affiliate)', []],
]);

readsAs('on one’s feet all day at work is no standing game', [
  ['fiquei em pé o dia todo no trabalho, joelho doendo', []],
  ['been standing all day at work, knees sore', []],
  ['de pie todo el día en el trabajo', []],
  ['standing all day then guard passing drills', ['guard_passing']],
  ['takedowns from standing', ['takedown', 'standing']],
]);

readsAs('a garment torn is not a sweep', [
  ['meu kimono rasgou', ['gi']],
  ['raspou meu pé', ['sweep']],
]);

readsAs('named steps: the electric chair and the hooks put in', [
  ['electric chair off the lockdown', ['sweep', 'half_guard']],
  ['seatbelt to hooks in whats the fastest way', ['back_control', 'back_take']],
  ['how do i go from the seatbelt to both hooks in', ['back_control', 'back_take']],
]);

readsAs('a way out that keeps the back covered', [
  ['tartaruga, como sair sem dar as costas', ['turtle', 'turtle_escape']],
  ['turtle, how do i get out without giving up my back', ['turtle', 'turtle_escape']],
  ['tortuga, cómo salgo', ['turtle', 'turtle_escape']],
  ['how do i stop giving up my back', ['back_take', 'back_take_defense']],
]);

readsAs('what the opponent does: escaping the user’s attack, passing with a second verb', [
  ['straight ankle lock without him spinning out', ['straight_ankle_lock']],
  ['armbar without him escaping', ['armbar']],
  ['my single leg x gets killed ppl just step over and pass', ['single_leg_x', 'guard_retention']],
  ['my x guard, ppl step over and pass', ['x_guard', 'guard_retention']],
  ['i want to stand up and pass', ['standing', 'guard_passing']],
]);

readsAs('escapes named as a kind are those of the pins told of', [
  [
    'i land in side control and then they go knee on belly. what should i watch first, the escapes?',
    ['side_control', 'side_control_escape', 'knee_on_belly', 'knee_on_belly_escape'],
  ],
  [
    'mount and side control are killing me, where do i start with the escapes',
    ['mount', 'mount_escape', 'side_control', 'side_control_escape'],
  ],
  ['i love my mount, show me the escapes people do so i can stop them', ['mount']],
  ['the escape from mount', ['mount', 'mount_escape']],
]);

readsAs('more slips and academy words', [
  ['stuck in sight control, how do i get out', ['side_control', 'side_control_escape']],
  ['arm bar from the clothes guard', ['armbar', 'closed_guard']],
  ['loop chook when they posture in my half', ['loop_choke', 'half_guard']],
  ['the gogo from closed', ['closed_guard']],
  ['tachi waza basics for bjj ppl', ['throw', 'standing']],
  ['no kimono stuff, x guard sweeps', ['no-gi', 'x_guard', 'sweep']],
  ['passagem de guarda no kimono', ['guard_passing', 'gi']],
]);

readsAs('homework, traffic and trips', [
  ['my kid needs help w the area of a right triangle', []],
  ['passing lane on 71 was a nightmare, side control escapes?', ['side_control', 'side_control_escape']],
  ['passing through porto next week, is there an affiliated academy there?', []],
  ['passing thru town tomorrow, open mat?', []],
  ['passing through the legs next', ['guard_passing']],
]);

readsAs('Portuguese and Spanish everyday senses: weights, nationalities, horses, history, music, walking past', [
  ['sou leve, 56kg, como passar guarda de cara de 100 quilos', ['guard_passing']],
  ['como sair do cem quilos', ['side_control', 'side_control_escape']],
  ['minha colega americana quer começar a treinar comigo', []],
  ['americana da montada', ['americana', 'mount']],
  ['fui andar a cavalo no fim de semana, montada o dia todo', []],
  ['trabalho sobre a guilhotina na revolução francesa', []],
  ["my son's band plays the triangle at the school concert tonight", []],
  ['I pass the gym every morning on my way to work, what should I watch before my first class?', []],
]);

readsAs('academy names and slang', [
  ['a botinha direito, sempre faço errado', ['straight_ankle_lock']],
  ['tesoura e balão da guarda fechada', ['sweep', 'closed_guard']],
  ['a tesoura da cozinha', []],
  ['juji gatame from mount, I only know it from judo newaza', ['armbar', 'mount']],
  ['how do I pass the reverse dela reba guard', ['guard_passing', 'reverse_de_la_riva']],
  ['x gaurd to single legx transitons', ['x_guard', 'single_leg_x']],
  ['raspas do deep', ['sweep', 'deep_half_guard']],
  ['in deep trouble', []],
]);

readsAs('Portuguese "no" before a name of no-gi is "in the"', [
  ['footlock reto no no-gi', ['straight_ankle_lock', 'no-gi']],
  ['entradas de rdlr no sem pano', ['reverse_de_la_riva', 'no-gi']],
  ['no gi stuff, x guard sweeps', ['no-gi', 'x_guard', 'sweep']],
]);

readsAs('ruled out: examples, what is not to be sent, a body that does not fit', [
  ['no wrestling takedowns like double legs, i want throws', ['throw']],
  ['quero projeção de judô, nada de queda de wrestling tipo double leg', ['throw']],
  ['não me manda mata leão, quero o arco e flecha', ['bow_and_arrow']],
  ['My legs are too short for triangles. What else can I do from closed guard?', ['closed_guard']],
]);

readsAs("whose move: the user's own shot, the opponent's guard recovery, the back reached and lost", [
  ['vivo tomando guilhotina qnd entro na queda', ['guillotine', 'takedown', 'guillotine_defense']],
  ['cada vez que entro al derribo me hacen guillotina', ['takedown', 'guillotine', 'guillotine_defense']],
  ['me hace falta un buen armbar', ['armbar']],
  ['não consigo segurar o cem quilos, a galera sempre repõe a guarda', ['side_control', 'guard_passing']],
  ['ele sempre passa minha guarda', ['guard_retention']],
  ['consigo pegar as costas mas perco antes de finalizar', ['back_control']],
  [
    'he got side control and I couldnt breathe, then I tapped to something, I think a north south choke?? how do I defend that',
    ['side_control', 'side_control_escape', 'north_south_choke', 'north_south_choke_defense'],
  ],
]);

readsAs('a place the user reached is theirs, however lost they are there', [
  ['when i finally get side control in the gi i have no idea what to do besides hold on', ['side_control', 'gi']],
  ['when they get side control i have no idea what to do', ['side_control', 'side_control_escape']],
]);

readsAs('round r31 held back, read as fixtures: Portuguese everyday words and academy phrasing', [
  ['no sem kimono o cara fica suado, como segurar as costas sem gola', ['no-gi', 'back_control']],
  ['to com dor nas costas desde o campeonato', []],
  ['comprei a passagem pro rio, volto em dezembro', []],
  ['a queda do meu celular rachou a tela toda', []],
  ['americana da montada passo a passo', ['americana', 'mount']],
  ['como passo a meia e como nao deixo ela ir pro deep?', ['guard_passing', 'half_guard']],
  ['como passar guarda aberta', ['guard_passing', 'open_guard']],
  ['tri da fechada', ['triangle', 'closed_guard']],
  ['tipo retenção mesmo, frame, canela', ['guard_retention']],
  ['raspagem da meia guarda sem ir pro deep half', ['sweep', 'half_guard']],
  ['fico presa no cem quilos de um cara de 90kg e morro', ['side_control', 'side_control_escape']],
  ['não to presa na montada não, é no joelho na barriga q eu sofro', ['knee_on_belly', 'knee_on_belly_escape']],
]);

readsAs('round r31 held back: whose move, judo as a background, getting up, slang', [
  [
    'reverse de la rvia pro back take, e se o cara defender eu vou pra x guard?',
    ['reverse_de_la_riva', 'back_take', 'x_guard'],
  ],
  ['gimana cara kabur dari side control bang', ['side_control', 'side_control_escape']],
  ['quando eu monto o pessoal me dá armlock de baixo, como evito', ['mount', 'armbar', 'armbar_defense']],
  ['triangle counter for the stack', ['triangle']],
  ['armbar counters', ['armbar', 'armbar_defense']],
  ['gyaku ude garami from kesa gatame, the way we did it in judo', ['kimura', 'side_control']],
  ['how do I get back to my feet safely when someone is pushing on me?', ['standing']],
  ['back on my feet after the flu, armbar drills', ['armbar']],
  ['how do I stop getting toe held', ['toe_hold', 'toe_hold_defense']],
  ['oma from spider', ['omoplata', 'spider_guard']],
  ['my oma is visiting', []],
]);

readsAs('the judo way of standing up is its throws', [
  ['i hate shooting. judo style stuff for the gi?', ['throw', 'gi']],
  ['juji gatame from the mount, judo style', ['armbar', 'mount']],
]);

readsAs('round r32 developed: Spanish academy phrasing and whose move', [
  ['cómo pasar media guardia contra uno que pesa 30 kilos más', ['guard_passing', 'half_guard']],
  ['anaconda cuando el otro queda en cuatro apoyos frente a mí', ['anaconda', 'turtle']],
  ['retener la guardia cuando me hacen toreando rápido', ['guard_retention']],
  ['descargué cien kilos de harina en la panadería, hoy no entreno', []],
  ['mandame pasajes contra guardia araña', ['guard_passing', 'spider_guard']],
  ['compré pasajes para el viaje', []],
  ['no me mandes más triángulos, ahora quiero armbar desde guardia', ['armbar']],
  ['i get the back fine but then lose it straight away, how do i keep it', ['back_control']],
  ['los azules me toman la espalda todo el tiempo', ['back_take', 'back_take_defense']],
  ['los pesados me aplastan en cien kilos y no salgo', ['side_control', 'side_control_escape']],
  ['quedo abajo de la montada y no sé qué hacer', ['mount', 'mount_escape']],
  ['bottom of mount escapes', ['mount', 'mount_escape']],
  ['me ahorcaron con una ezequiel desde adentro de mi guardia cerrada', ['ezekiel', 'closed_guard', 'ezekiel_defense']],
  ['knee slice a la media', ['guard_passing', 'half_guard']],
  ['media hora de drills', []],
  ['kimu de 100k', ['kimura', 'side_control']],
  ['la del bate desde el kob', ['baseball_choke', 'knee_on_belly']],
  ['cuando hago barrida de tijera el me aplasta', ['sweep']],
  ['mi kimura me la defienden siempre', ['kimura']],
  ['me hace falta un buen armbar', ['armbar']],
]);

readsAs('chokes named by where they are done, and the attire told by what is worn', [
  ['back chokes that dont need a collar, switched to rashguard only', ['back_control', 'no-gi']],
  ['chokes from the back', ['back_control']],
]);

readsAs("one's own place is where one trains", [
  ['we only do gi at my place', ['gi']],
  ['kimura is the ramen place', []],
]);

readsAs('round r32 held back, read as fixtures: Spanish and Italian academy phrasing', [
  ['lasso desde guardia araña cuando me quitan el grip de la manga', ['lasso_guard', 'spider_guard']],
  ['mi hija tiene una tortuga que se llama Rickson', []],
  ['la proyección del documental de los Gracie es el viernes en el club', []],
  ['el derribo del edificio de al lado no nos deja escuchar al profe', []],
  ['ude garami desde la montada, así la llama mi profe de judo', ['kimura', 'americana', 'mount']],
  ['strangolamento dalla schiena senza kimono', ['back_control', 'no-gi']],
  ['kimora from north sought', ['kimura', 'north_south']],
  ['the reverse de la rivers thing to the back', ['reverse_de_la_riva', 'back_take']],
  ['sumisiones desde la montada que no sean llaves de brazo', ['mount']],
  ['omoplata pero no desde la araña, desde guardia cerrada', ['omoplata', 'closed_guard']],
  ['tío me pasan la guardia con una facilidad que da pena', ['guard_retention']],
  ['me barren desde mariposa cada vez que me arrodillo', ['sweep', 'butterfly_guard', 'sweep_defense']],
  ['cuando monto yo, el otro hace el puente y me da vuelta siempre', ['mount']],
  ['tri desde la cerrada', ['triangle', 'closed_guard']],
  ['el brabo desde media', ['darce', 'half_guard']],
]);

readsAs('the defence ruled out and the attack asked; a "not" that runs into a name', [
  ["I don't need toe hold defense, I need to actually hit the toe hold myself from top", ['toe_hold']],
  ['no armbar defense videos, the armbar is what i want to finish', ['armbar']],
  ['how do i not get my back taken', ['back_take', 'back_take_defense']],
  [
    "I'm the one turtled up, how do I not get my back taken from there",
    ['turtle', 'turtle_escape', 'back_take', 'back_take_defense'],
  ],
]);

readsAs('under in a guard of their own, the user sweeps; what the user already knows', [
  [
    "half guard sweeps but NOT deep half, i hate being under there wi someone's whole body on me",
    ['half_guard', 'sweep'],
  ],
  [
    'i get flattened in bottom half guard every roll. i just want to get to my knees and come up or sweep',
    ['half_guard', 'sweep'],
  ],
  ['side control, i hate being under there', ['side_control', 'side_control_escape']],
  ['o pessoal sempre me raspa quando estou por cima da meia-guarda', ['sweep', 'half_guard', 'sweep_defense']],
  ['I know juji gatame already, so please no armbar videos. I would like to learn the kneebar', ['kneebar']],
  ['i already know the kimura, show me the americana', ['americana']],
  ['i know the armbar already', ['armbar']],
]);

readsAs('a stance, an eviction, a guard that "is closed", "rev" for reverse', [
  ['back take from de la riva against a guy who keeps his weight back on his heels', ['back_take', 'de_la_riva']],
  ['my landlord wants to throw me out lol, need a cheaper gym', []],
  ['how do i throw them', ['throw']],
  ['my game is closed guard but people pass it', ['closed_guard', 'guard_retention']],
  ['the gym is closed, what can i drill', []],
  ["rev dlr sweeps, nogi pls, I can't hold the hook without the pants", ['reverse_de_la_riva', 'sweep', 'no-gi']],
]);

readsAs('passed by others, the user asks to pass', [
  [
    'im 52, gi only at our club. the young guys pass by running around, i want to pass and pin with pressure and position instead, not speed',
    ['gi', 'guard_passing'],
  ],
  ['they pass my guard easily, how do i stop it', ['guard_retention']],
]);

readsAs('the hook sweep is the butterfly sweep', [
  ["coach keeps saying 'raspagem com gancho' and i just nod. how do i actually do it", ['sweep', 'butterfly_guard']],
  ['raspagem de gancho', ['sweep', 'butterfly_guard']],
]);

readsAs('the user moving past a defence, being the one who attacks, a learner\'s "not want"', [
  ['want to get better at finishing heel hooks myself, not just surviving them', ['heel_hook']],
  [
    'I want to be the one choking, not getting choked — finishing the rear naked choke when they hand fight',
    ['rear_naked_choke'],
  ],
  ['I not want judo throw, I am wrestler. Only takedown for bjj please', ['takedown']],
]);

readsAs("a defence of a member ruled out by name goes with it; voice slips, kids' games, Spanish back takes", [
  [
    'she loves leg locks but our gym only allows straight ankle locks under purple, no heel hooks no toe holds. so ankle lock from single leg x, and how to defend the ankle lock when ppl counter with their own',
    ['straight_ankle_lock', 'straight_ankle_lock_defense', 'single_leg_x'],
  ],
  ['no more guard passing drills, i want to work my guard retention', ['guard_retention']],
  ['kata gatame from kesa gatame for my judoka, they keep letting the head slip out', ['arm_triangle', 'side_control']],
  ['omar plata from closed g, voice typed on the tram', ['omoplata', 'closed_guard']],
  ['cómo tomo la espalda cuando la muchacha se pone en tortuga?', ['back_take', 'turtle']],
  ['my 6yo calls the crawling warmup the turtle walk, any fun animal-walk games for kids class', []],
]);

readsAs('"shut it down", "you guys", a crew named for a technique, "couldnt care less about", Italian escapes', [
  ['the kids in my bracket all berimbolo. how do i shut it down from top', ['back_take', 'back_take_defense']],
  ['they always shut down my armbar', ['armbar']],
  ['sankaku jime from guard? my judo sensei calls it that, i think you guys say triangle', ['triangle']],
  ['the guys triangle me every roll', ['triangle', 'triangle_defense']],
  [
    "the leg lock crew at my gym heel hooks me every class, i'm scared for my knee honestly. how do i defend this stuff",
    ['heel_hook', 'heel_hook_defense'],
  ],
  ['i couldnt care less about leg locks. nogi open guard sweeps?', ['no-gi', 'open_guard', 'sweep']],
  ['come si esce dalla cento chili? sono cintura bianca', ['side_control', 'side_control_escape']],
  ['uscire dalla montata', ['mount', 'mount_escape']],
]);

readsAs('round r40/r41 held back, read as fixtures: blocks, talk, the one underneath, held from the top', [
  ['looking for x guard entries and the basic sweeps off it for a fundamentals block', ['x_guard', 'sweep']],
  [
    "sode guruma jime from tate shiho gatame pls, grace read about it and won't stop talking about it",
    ['ezekiel', 'mount'],
  ],
  ["knee on belly — I'm the one underneath, it hurts like hell, how out", ['knee_on_belly', 'knee_on_belly_escape']],
  ['side control from the TOP — how do i hold it when they frame on my neck and shrimp away', ['side_control']],
  [
    'so she wants kimura + omoplata from closed guard instead of getting smashed',
    ['kimura', 'omoplata', 'closed_guard'],
  ],
  [
    // the wrist by the head bends the arm up: the americana (topics/bent-arm-direction.ts)
    'ude garami from yoko shiho gatame — the one where their wrist is pinned by their head',
    ['americana', 'side_control'],
  ],
  ["my guy doesn't want wrestling shots at all — any judo throws for the gi instead?", ['throw', 'gi']],
  ['straigh ankle lock from de la rivah pls, for the gi comp', ['straight_ankle_lock', 'de_la_riva', 'gi']],
]);

readsAs('round r42 development half: what is avoided, "ain\'t", "not what I want", a member named beside its family', [
  [
    "Long story short, I tore my pec last year so I'm avoiding kimuras and americanas completely. Now heel hooks from x guard",
    ['heel_hook', 'x_guard'],
  ],
  [
    "Submissions from mount that ain't the armbar or americana, I've done those to death. Arm triangle is what I'm after",
    ['mount', 'arm_triangle'],
  ],
  [
    "I keep getting sent anaconda videos but that's not what I want at all. The darce please, attacking someone in turtle",
    ['darce', 'turtle'],
  ],
  ['so no big throws. Low-amplitude takedowns that stay tight please', ['takedown']],
  [
    'Heelie entries from SLX in nogi, my adults want to start playing leg locks',
    ['heel_hook', 'single_leg_x', 'no-gi'],
  ],
  ["whit's the difference between ude garami and gyaku ude garami", ['kimura', 'americana']],
  ['waiter sweep from deep half', ['sweep', 'deep_half_guard']],
]);

readsAs('round r43 development half: a rule-out told again as done, "has my leg in", Québec "pas en"', [
  [
    "Anything but armbars from guard. I want triangles from closed guard, I've drilled enough armbars this month.",
    ['triangle', 'closed_guard'],
  ],
  [
    'Half guard sweeps please, NOT butterfly, we did butterfly the whole of last month and the class is bored of it',
    ['half_guard', 'sweep'],
  ],
  [
    'Someone has my leg in an inside heel hook, what do I do? How do I clear the knee line?',
    ['heel_hook', 'heel_hook_defense'],
  ],
  ['n/s choke, cant get my arm under the neck', ['north_south_choke']],
  [
    "pas de kimura, il veut l'omoplata from closed guard. Pis pas en nogi, on est en gi.",
    ['omoplata', 'closed_guard', 'gi'],
  ],
]);

readsAs(
  'round r43 held back, read as fixtures: "sick of it" after the receiving end, a class that has me lost, "guard ret"',
  [
    [
      "Reza wants to hit the omoplata himself, not escape it — he's always on the receiving end and he's sick of it. Attacking version please.",
      ['omoplata'],
    ],
    [
      "Cem quilos to joelho na barriga transitions — Professor Rodrigo's class has me lost.",
      ['side_control', 'knee_on_belly'],
    ],
    ['guard ret vs leg drag, i get smashed the second they drag', ['guard_retention']],
  ],
);

readsAs('the opponent\'s second verb after "or", even after a move\'s name', [
  [
    "I'm the one playing de la riva. How do I keep it when they backstep or knee cut?",
    ['de_la_riva', 'guard_retention'],
  ],
]);

readsAs('round r43 held back, read as fixtures: the user to be, a choke finished by sprawling, a snake', [
  [
    'I want to be the guy passing, not the guy getting passed. Passing closed guard in the gi.',
    ['guard_passing', 'closed_guard', 'gi'],
  ],
  [
    'Show me the north south choke from the north south position, the version where you sink your arm under their neck and sprawl back',
    ['north_south_choke', 'north_south'],
  ],
  ['how do i sprawl when they shoot', ['takedown', 'takedown_defense']],
  ["Korean teammate wants a nature documentary about anacondas for his kid's school project, lol.", []],
]);

readsAs('round r45 development half: taken and then getting out, the mat, a camera mount, "mine keep slipping out"', [
  ['he takes my back and I cannot get out', ['back_control', 'back_control_escape']],
  [
    'someone took my back w both hooks in and i was just sitting there, how tf do i get out',
    ['back_control', 'back_control_escape'],
  ],
  ['how do i stop people taking my back and escape', ['back_take', 'back_take_defense']],
  ['rnc from bck w the palm to palm finish, ppl keep tucking their chin', ['rear_naked_choke', 'back_control']],
  ['gopro chest mount vs tripod for filming my rolls, which is better?', []],
  ['mounted a camera on the wall to film rolls, now i want to fix my mount escapes', ['mount', 'mount_escape']],
  ['yo can u send me some good armbar from mount vids, mine keep slipping out right at the end', ['armbar', 'mount']],
  [
    'no more passing vids, i need to work on not getting passed when im playing open guard',
    ['guard_retention', 'open_guard'],
  ],
]);

readsAs('the back taken as the place another defence is asked from', [
  [
    'rnc defense from the bottom, hand fighting so i dont tap every single time they get my back',
    ['rear_naked_choke', 'rear_naked_choke_defense', 'back_control'],
  ],
  [
    'back escapes but skip the rnc hand fighting part, i just wanna get my back to the mat and get out',
    ['back_control', 'back_control_escape'],
  ],
]);

readsAs('round r44 development half: close-ups and closing a lock, "not interested in", a feast thrown', [
  ['Americana from mount for my 52-year-old beginner, something slow with clear close-ups', ['americana', 'mount']],
  ["need a proper breakdown of the darce choke, I get the arm in but can't seem to close the lock", ['darce']],
  ['how do i close the guard on a bigger guy', ['closed_guard']],
  ['Not interested in judo throws, I need wrestling takedowns for a tournament in March', ['takedown']],
  ["My husband throws a big iftar Friday so I'm skipping class, any 20-minute home conditioning video?", []],
]);

readsAs('round r44/r45 held back, read as fixtures: their defence for a purpose, the opponent stuck, mats swept', [
  ['kimura from north south in nogi when they grab their own shorts to defend', ['kimura', 'north_south', 'no-gi']],
  ['omoplata when they roll forward to escape it', ['omoplata']],
  [
    'anaconda for when i sprawl on their shot and theyre stuck on all fours',
    ['anaconda', 'takedown', 'takedown_defense', 'turtle'],
  ],
  [
    "Khalas with closed guard content, I've watched enough. Give me butterfly guard sweeps",
    ['butterfly_guard', 'sweep'],
  ],
  ['Best way to disinfect the mats after sweeping them? We had a ringworm case', []],
  ['Video on how to tie a belt properly? Half my new students wear it like a bathrobe', []],
  ['armtri from side, my finish is always loose', ['arm_triangle', 'side_control']],
]);

// The r341–r356 set read, and rounds r357 to r380: a back that hurts said in
// Portuguese, a plan thrown together, a gi got or cut for judo; rule-outs put off or out of a class or on
// probation; the Australian footy (the footlock, not the football); a foot cranked and a heel yanked; the
// one who reaches for a submission; the opponent in a pin; a weight in Portuguese; the back kept from being
// taken in Portuguese; "gi or not"; a tri one is caught in; "ezeki"; "brabo d", backs snatched, the dorito, a rasp,
// cooked in a pin; the opponent standing up is the moment, not standing asked; the basic form known; a knee
// taken off the stomach; the opponent sitting in a pin; the opponent bridging and rolling the user; too spicy
// for me; the tap got; the pass guard retention is against; Spanish retaining, getting out, "me sirven";
// what the user sat out; showing the kids is no TV show; a throw that wont get me wrecked; where the user says they
// are is what they get out of; a mount for the TV; a sweep is the way out of a guard; stopping
// them getting to the back is the take defended; "hq"; what the user can deal with later; an escape
// from mine; the class that is no-gi; a failed attempt the scramble began from; pancaked
// in side; Portuguese hooks; "how to escape" after "when i am already in" a place; the
// opponent's guard a failed attack ends up in; said to be fine a few words on; caught doing it;
// stopping them getting the back; the heel they hide; food cut into triangles; chores; the back that is
// acabadas; "kbar"; off a turtle; our triangles; their knee popping out; a message that asks nothing;
// the guard kept alive.
import { readsAs } from './topic-cases';

readsAs('the r341–r356 set read, and rounds r357 to r380', [
  ['my costas are wrecked from moving house, anything light i can drill for closed guard', ['closed_guard']],
  ['gonna throw together a lesson plan tonight on escaping mount', ['mount', 'mount_escape']],
  ['got a new gi for my bday, what should i wash it with so it doesnt shrink', []],
  ['got gi class tonight, what should i drill for mount', ['gi', 'mount']],
  ['is my double weave judo gi too heavy to roll in or should i buy a bjj one', ['gi']],
  ['judo throws for bjj', ['throw']],
  ['leaving leg locks out of fundamentals completely, want a triangle from guard vid instead', ['triangle']],
  ['north south maybe later in the month, this week knee on belly transitions', ['knee_on_belly']],
  ['coach put me on leg lock probation, top game only. knee on belly to mount', ['knee_on_belly', 'mount']],
  [
    'pls darce escapes from bottom half, the sweep and takedown stuff can wait',
    ['darce', 'darce_defense', 'half_guard'],
  ],
  ['footy defense?? ppl keep cranking my foot when i pass', ['straight_ankle_lock', 'straight_ankle_lock_defense']],
  ['footies from single leg x', ['straight_ankle_lock', 'single_leg_x']],
  ['watching the footy after class, then armbars from guard', ['armbar']],
  ['footy season is done so im back, mount escapes', ['mount', 'mount_escape']],
  ['leg lock gremlins keep yanking my heel every time i shoot, help', ['heel_hook', 'heel_hook_defense', 'takedown']],
  [
    'when someone gets ashi on me and reaches for the toe hold whats the first thing i do',
    ['toe_hold', 'toe_hold_defense'],
  ],
  ['when they reach for a kimura what do i do', ['kimura', 'kimura_defense']],
  ['i reach for the kimura and he rolls out, how do i finish', ['kimura']],
  ['what do i do once hes in side control bc i just lay there', ['side_control', 'side_control_escape']],
  ['when they are in mount what do i do', ['mount', 'mount_escape']],
  ['when hes in turtle what do i attack', ['turtle']],
  [
    'sou leve, 62kg, e no meu gym s\u00f3 tem gringo de 100kg. raspagens que funcionam contra grandalh\u00e3o?',
    ['sweep'],
  ],
  ['saida de 100kg', ['side_control', 'side_control_escape']],
  [
    'como manter a guarda e como n\u00e3o deixar pegar as costas? obrigado',
    ['guard_retention', 'back_take', 'back_take_defense'],
  ],
  ['pegar as costas da tartaruga', ['back_take', 'turtle']],
  ['mata le\u00e3o from the back, the old school way. gi or not idc', ['rear_naked_choke', 'back_control']],
  ['rnc in the gi', ['rear_naked_choke', 'gi']],
  ['stuck in a tri, how do i get out', ['triangle', 'triangle_defense']],
  ['kiddo keeps getting caught in tris by the teen girls lol how does he get out', ['triangle', 'triangle_defense']],
  ['training for a tri this summer, any mobility stuff', []],
  ['ezeki from mount in the gi pls', ['ezekiel', 'mount', 'gi']],
  ['brabo d', ['darce', 'darce_defense']],
  ['tryna snatch backs off turtle', ['back_take', 'turtle']],
  [
    'guys in melbourne kept locking the dorito on me from bottom, how to posture out of it',
    ['triangle', 'triangle_defense'],
  ],
  ['ate a dorito before class lol, armbar from guard', ['armbar']],
  ['rasp from meia guarda that actually works on the big boys??', ['sweep', 'half_guard']],
  ['my voice is a rasp after comp lol', []],
  ['how to not get cooked in north south', ['north_south', 'north_south_escape']],
  ['slx entries off butterfly when the dude stands up to strike', ['single_leg_x', 'butterfly_guard']],
  [
    'how do i keep people from passing my open guard when theyre standing over me throwing punches',
    ['guard_retention', 'open_guard'],
  ],
  ['rear naked choke from the back while both people are standing', ['rear_naked_choke', 'back_control', 'standing']],
  ['i stand up and he pulls guard, takedowns?', ['standing', 'takedown']],
  [
    'i know the basic rnc defence but idk how to actually get out once hes there. back escapes pls',
    ['back_control', 'back_control_escape'],
  ],
  ['i know the armbar but how do i finish it from mount', ['armbar', 'mount']],
  [
    'anything for keeping my guard vs pressure passers, and getting that knee off my stomach?',
    ['guard_retention', 'knee_on_belly', 'knee_on_belly_escape'],
  ],
  [
    'i need something for when the big guys sit in knee on belly and i cant breathe',
    ['knee_on_belly', 'knee_on_belly_escape'],
  ],
  ['i sit in mount and they bridge, how do i stay', ['mount']],
  [
    'evertime i get to mount i loose it bc they bridge and roll me, how do i keep mount and go for the cross colar choke',
    ['mount', 'cross_collar_choke'],
  ],
  ['bridge and roll from mount', ['mount', 'mount_escape']],
  ['dlr too spicy for saturday so just bread n butter butterfly hook sweep', ['butterfly_guard', 'sweep']],
  ['x guard is too advanced for me, butterfly sweeps', ['butterfly_guard', 'sweep']],
  ['5 min white belt match, is x guard too fancy', ['x_guard']],
  ['how do i get the tap w the bow n arrow bro', ['bow_and_arrow']],
  ['he taps me with the bow and arrow', ['bow_and_arrow', 'bow_and_arrow_defense']],
  ['guard retention vs knee cut', ['guard_retention']],
  [
    'guard retention vs the toriyando pass and also how to pass the spy door guard',
    ['guard_retention', 'guard_passing', 'spider_guard'],
  ],
  ['como retengo la guardia contra el toreando', ['guard_retention']],
  ['como se sale uno de la tortuga cuando te la hacen en el rolling?', ['turtle', 'turtle_escape']],
  [
    'ok long day, then class was all leg locks which i sat out bc of my meniscus. q1: how do i escape mount when a heavy guy sits high on my chest? q2: is the ezekiel even legal for white belts in gi comps? also is open mat on this sunday or not',
    ['mount', 'mount_escape', 'ezekiel', 'gi'],
  ],
  ['que barridas me sirven contra gente pesada? casi todo entrenamos no-gi', ['sweep', 'no-gi']],
  ['barridas me hacen siempre', ['sweep', 'sweep_defense']],
  ['mi compa siempre se sale de mi triangulo, se para derechito y se zafa. como lo cierro mejor?', ['triangle']],
  ['como se sale de la montada', ['mount', 'mount_escape']],
  [
    'one kid got his elbow tweaked last week so a video on defending armbars to show the parents',
    ['armbar', 'armbar_defense'],
  ],
  ['armbars i can show the kids', ['armbar']],
  ['the armbar show on netflix', []],
  ["What throws should a bjj blue belt learn first that won't get me wrecked if they go wrong?", ['throw']],
  ['armbar. when im in turtle how do i get out', ['armbar', 'turtle', 'turtle_escape']],
  [
    '1) loop choke or baseball choke for short arms? 2) when im in turtle and someone gets a seatbelt how do i get out without giving up my back',
    ['loop_choke', 'baseball_choke', 'turtle', 'turtle_escape'],
  ],
  ['armbar. when i am in side control how do i get out', ['armbar', 'side_control', 'side_control_escape']],
  ['what mount do u guys use for the gym tv its falling off the wall', []],
  ['preciso fazer o mount da TV na parede do ap\u00ea novo, algu\u00e9m tem furadeira pra emprestar?', []],
  ['what mount do you attack from, high mount?', ['mount']],
  [
    'im 60kg and always stuck under heavy guys in meia guarda, need a raspagem that doesnt need strength',
    ['half_guard', 'sweep'],
  ],
  ['keep getting stuck on the bottom of half guard mate, how do I sweep', ['half_guard', 'sweep']],
  ['how to escape half guard bottom', ['half_guard']],
  [
    'People keep taking my back when I turtle up after a failed single leg. How do I stop them from getting the hooks in before I can recover?',
    ['back_take', 'back_take_defense', 'turtle'],
  ],
  [
    'when im on my hands and knees ppl keep getting behind me and putting their feet in my hips, how do i stop that',
    ['turtle', 'turtle_escape', 'back_take', 'back_take_defense'],
  ],
  ['as the guy in turtle how do i stop them getting hooks in', ['turtle', 'back_take', 'back_take_defense']],
  ['they get behind me, how do i get out', ['back_control', 'back_control_escape']],
  ['hq vs bigger guys', ['guard_passing']],
  ['had a meeting at hq so i missed class, armbars', ['armbar']],
  [
    'coach says my hq passing is fine but what i do after is trash. show me knee on belly to mount',
    ['knee_on_belly', 'mount'],
  ],
  ['need butterfly passing mostly, closed guard i can deal with later', ['butterfly_guard', 'guard_passing']],
  ['how do i deal with the closed guard', ['closed_guard', 'closed_guard_escape']],
  ['@coachbot send me some bow and arrow choke stuff pls, rafa keeps slipping out of mine lol', ['bow_and_arrow']],
  ['armbar escapes, how do i get out of mine', ['armbar', 'armbar_defense']],
  [
    "our over-50s class is no-gi and heel hooks aren't allowed, so can someone show me a clean straight ankle lock",
    ['no-gi', 'straight_ankle_lock'],
  ],
  ['gi and heel hooks are banned at my gym, kimura', ['kimura', 'no-gi']],
  ['how do i stop guys taking my back when i come up from a failed leg entry', ['back_take', 'back_take_defense']],
  ['taking the back off a failed armbar', ['back_take', 'armbar']],
  ['keep getting pancaked in side by the big dudes, how do i get out', ['side_control', 'side_control_escape']],
  [
    'how do i get out of the mata le\u00e3o when they already have both ganchos in',
    ['rear_naked_choke', 'rear_naked_choke_defense', 'back_control'],
  ],
  ['armbar. when I am already in side control how to escape', ['armbar', 'side_control', 'side_control_escape']],
  [
    'arm triangel from mount keeps slippin, i get the head and arm but they turn in and i end up in there half guard. fix??',
    ['arm_triangle', 'mount'],
  ],
  ['i end up in his half guard every time, how do i pass', ['half_guard', 'guard_passing']],
  ['armbar from mount, i always end up in half guard', ['armbar', 'mount', 'half_guard', 'half_guard_escape']],
  [
    'uchimata w gi grips is fine but bjj guys shoot singles n doubles at me, need takedown defence in the gi',
    ['takedown', 'takedown_defense', 'gi'],
  ],
  [
    'in the teens class i can hit armbars fine but i get put in knee on bely, how do i escape knee on belly',
    ['knee_on_belly', 'knee_on_belly_escape'],
  ],
  [
    'in the gi my spyder guard is ok but my grips die after like 2 min. any tips to keep spider guard going',
    ['gi', 'spider_guard'],
  ],
  ['slx entries are fine but i lose the position when they stand up, kneebar from there', ['single_leg_x', 'kneebar']],
  [
    'lol so coach caught me heelhooking a white belt (he tapped fine!!) and now im on leg lock probation, top game only for a month. can u send stuff on getting from knee on bely to mount and not losing it',
    ['knee_on_belly', 'mount'],
  ],
  ['he caught me with a heel hook', ['heel_hook', 'heel_hook_defense']],
  [
    'how do u stop ppl getting ur back in nogi, they always sneak the hooks in',
    ['no-gi', 'back_take', 'back_take_defense'],
  ],
  ['guy has the seatbelt already, how do I stop him getting the second hook in', ['back_take', 'back_take_defense']],
  ['toe hold finishes when they hide the heel', ['toe_hold']],
  ["cut the sandwiches into triangles for the kids party and now they want 'triangle day' lol", []],
  ['keep getting caught in triangles', ['triangle', 'triangle_defense']],
  ['spider guard into triangle', ['spider_guard', 'triangle']],
  ['I spent the whole weekend sweeping and power washing the garage. Should I skip class tonight?', []],
  ['how do i sweep and pass', ['sweep', 'guard_passing']],
  ['passei a tarde no open mat, minhas costas t\u00e3o acabadas kkkk', []],
  ['algu\u00e9m tem vid de kbar e toe hold sem kimono?', ['kneebar', 'toe_hold', 'no-gi']],
  ["back takes off a turtle that aren't the seatbelt roll", ['back_take', 'turtle']],
  [
    'how do i stop guys getting the seatbelt and taking my back every time i turtle after a failed shot',
    ['back_take', 'back_take_defense', 'turtle'],
  ],
  [
    'the older kids keep shutting down our triangles by posturing up, how do i teach them to still finish it',
    ['triangle'],
  ],
  ['my kneebar keeps getting shut down, they just roll with it and their knee pops out', ['kneebar']],
  ['grabbing coffee before the no gi class anyone want anything', []],
  [
    'in class i drilled scissor sweeps and got one decent roll in. nothing specific, just proud i made it to 3 classes',
    [],
  ],
  [
    'dlr bottom, guy keeps killing my hook and walking around. how do i keep the guard alive',
    ['de_la_riva', 'guard_retention'],
  ],
]);

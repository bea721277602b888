import { readsAs } from './topic-cases';

readsAs('Spanish: names, verbs done to the user, passing and ruling out', [
  ['baseball choke desde rodilla en el pecho', ['baseball_choke', 'knee_on_belly']],
  ['me guillotinan cada vez', ['guillotine', 'guillotine_defense']],
  ['me quedo en tortuga', ['turtle', 'turtle_escape']],
  ['como sobrevivo al tri xd', ['triangle', 'triangle_defense']],
  ['como defender el tri', ['triangle', 'triangle_defense']],
  ['mi guardia es horrible, todos me la pasan', ['guard_retention']],
  ['cómo paso la media guardia', ['guard_passing', 'half_guard']],
  ['nada de leg locks bro, solo quiero pasar la de la riva', ['guard_passing', 'de_la_riva']],
  ['basta de triángulos tío, enséñame otra cosa desde la guardia cerrada', ['closed_guard']],
  ['dlr a x', ['de_la_riva', 'x_guard']],
  ['x choke de cg con gi', ['cross_collar_choke', 'closed_guard', 'gi']],
  ['encima mio en cien kilos', ['side_control', 'side_control_escape']],
  // controls: "paso" as a step or what happened, an angle of the choke, geometry
  ['armbar paso a paso', ['armbar']],
  ['y de paso algo de toe hold', ['toe_hold']],
  ['sankaku jime, como ajustar o ângulo', ['triangle']],
  ['la profe de mate nos hizo calcular el ángulo de un triángulo', []],
  [
    'me barren desde mariposa cada vez que me arrodillo para pasar',
    ['sweep', 'butterfly_guard', 'guard_passing', 'sweep_defense'],
  ],
]);

readsAs("another activity's word is read in the name's own sentence", [
  ['my dog got out. mount escapes', ['mount', 'mount_escape']],
  [
    'my sons pet turtle got out of his tank lol. anyway side control escapes for the newbies',
    ['side_control', 'side_control_escape'],
  ],
  ['my dog keeps mounting my leg', []],
]);

readsAs('who is on top, who is turtled, and what is done from where', [
  ['how to get out when somebody is on top in side control', ['side_control', 'side_control_escape']],
  ['not mount escapes, i want to stay on top in mount', ['mount']],
  ['anaconda when somebodys turtled up, nogi', ['anaconda', 'turtle', 'no-gi']],
  ['the big guy does that kimora from half guard on me every round', ['kimura', 'kimura_defense', 'half_guard']],
]);

readsAs('slips and turns of a story', [
  ['the big lads just smash thru my guard, what do i do', ['guard_retention']],
  ['tris off dlr', ['triangle', 'de_la_riva']],
  ['getting rear naked choaked constantly, help', ['rear_naked_choke', 'rear_naked_choke_defense']],
  ['Ezekiel choke from inside someones guard in the ghee', ['ezekiel', 'closed_guard', 'gi']],
  ['never teaching the ezekiel again lol too many complaints. other chokes from mount in no gi?', ['mount', 'no-gi']],
  [
    'was stuck under side for ages and got armbarred, whatever, what i actually want for the womens class is a good back take from turtle',
    ['back_take', 'turtle'],
  ],
  ['my gym bans heel hooks below brown so straight ankle lock stuff only', ['straight_ankle_lock']],
  ['neon belly escape, the one where you push the knee', ['knee_on_belly', 'knee_on_belly_escape']],
  ['bow and aero choke from back control', ['bow_and_arrow', 'back_control']],
]);

readsAs('Spanish on the receiving end, stuck, and what is only a verb or an animal', [
  [
    'estoy en media guardia abajo y el de arriba me busca la kimura, qué hago',
    ['half_guard', 'kimura', 'kimura_defense'],
  ],
  ['el rodilla en el pecho de mi compa me mata, no puedo ni respirar', ['knee_on_belly', 'knee_on_belly_escape']],
  ['los chavos de mi clase me pasan la de la riva facilito', ['guard_retention', 'de_la_riva']],
  ['kesa gatame, cómo escapo? mi sensei de judo me aplasta', ['side_control', 'side_control_escape']],
  ['mi academia no permite derribos ni slams, cómo empiezo el combate de pie?', ['standing']],
  ['che me toman la espalda en cada rola y después no salgo más', ['back_control', 'back_control_escape']],
  ['siempre queda debajo de la montada con los chicos grandes', ['mount', 'mount_escape']],
  // controls: the Portuguese takedown, "me pasas" is "send me", a turtle in a pond
  ['a queda de wrestling', ['takedown']],
  ['me pasas algo de media guardia pa practicar en casa?', ['half_guard']],
  ['saw a snapping turtle in the pond walking the dog haha', []],
]);

readsAs('judo as where it was heard, shorthand with company, and sounds said into a phone', [
  ['hiza juji gatame? heard it at judo. is that the kneebar', ['kneebar']],
  ['wrestlers keep taking me down, judo grips dont help', ['takedown', 'takedown_defense']],
  ['DH sweeps, im basically a bowling ball', ['deep_half_guard', 'sweep']],
  ['ez choke in the gi', ['ezekiel', 'gi']],
  ['my husband wants to know the gilly teen defence for his comp', ['guillotine', 'guillotine_defense']],
  [
    'how do i get out of the knee on the belly and also the mount',
    ['knee_on_belly', 'knee_on_belly_escape', 'mount', 'mount_escape'],
  ],
  // "stop" said as punctuation is no defence
  ['de la Rivera sweeps for the mixed class please full stop', ['de_la_riva', 'sweep']],
  ['how to stop the triangle', ['triangle', 'triangle_defense']],
]);

readsAs('a relayed lad', [
  [
    'our 15 stone lad dave says the small girls keep sweeping him from x guard, he wants to know how to stop it',
    ['sweep', 'sweep_defense', 'x_guard'],
  ],
  ['this lad keeps passing my guard', ['guard_retention']],
]);

readsAs('left out of it, not allowed first, a deal, an ankle, a sore back and a lock slipping', [
  ['leave the spider guard out of it, lasso sweeps?', ['lasso_guard', 'sweep']],
  [
    'obviously not allowed heel hooks but he wants leg stuff he CAN do, straight foot locks maybe?',
    ['straight_ankle_lock'],
  ],
  ['whats the deal with the loop choke', ['loop_choke']],
  ['slx to the ankle', ['single_leg_x', 'straight_ankle_lock']],
  ['heel hook from the saddle without getting my own knee popped', ['heel_hook']],
  ['my back took a beating moving house. half guard sweeps for tonight pls', ['half_guard', 'sweep']],
  ['chave de pé, how do i stop it slipping off the heel', ['straight_ankle_lock']],
  ['how do i keep my spider guard when they strip the grips and try to pass', ['spider_guard', 'guard_retention']],
  // controls
  ['heel hook, my knee popped', ['heel_hook', 'heel_hook_defense']],
  ['how do i deal with the loop choke', ['loop_choke', 'loop_choke_defense']],
  ['how do i stop it', []],
]);

readsAs('over it, a sore back, the attack ruled out and its defence asked, a barbie', [
  ['over reverse de la riva honestly. regular dlr retention when they try to pass?', ['de_la_riva', 'guard_retention']],
  ['over under pass', ['guard_passing']],
  ['half guard sweeps but not deep half, my back cant handle going under', ['half_guard', 'sweep']],
  ['my knees cant handle butterfly', []],
  // (the shot is when it happens, a story sentence: the labeller allows it, does not ask it)
  [
    'i dont wanna learn the guillotine, i wanna stop it. i get caught every time i shoot',
    ['guillotine', 'guillotine_defense'],
  ],
  ['no guillotines please', []],
  ['throwing a barbie after the grading sat arvo, bring a plate', []],
  ['prof keeps yelling finalização when im in the montada', ['mount']],
  ['tou sempre a ser montado', ['mount', 'mount_escape']],
]);

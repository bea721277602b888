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
  ['Ezekiel choke from inside someones guard in the ghee', ['ezekiel', 'gi']],
  ['never teaching the ezekiel again lol too many complaints. other chokes from mount in no gi?', ['mount', 'no-gi']],
  [
    'was stuck under side for ages and got armbarred, whatever, what i actually want for the womens class is a good back take from turtle',
    ['back_take', 'turtle'],
  ],
  ['my gym bans heel hooks below brown so straight ankle lock stuff only', ['straight_ankle_lock']],
  ['neon belly escape, the one where you push the knee', ['knee_on_belly', 'knee_on_belly_escape']],
  ['bow and aero choke from back control', ['bow_and_arrow', 'back_control']],
]);

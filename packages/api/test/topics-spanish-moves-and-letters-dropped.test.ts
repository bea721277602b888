// Spanish "no puedo pasar" is a move the user can't get done, not a rule-out; the back held ("tengo la
// espalda") but not a back that hurts; "un pase de media guarda"; "como le hacen" asks how it is done;
// everyday door work, closing time, a TV's mount, "throw in a few"; letters dropped ("defnce", "swps").
import { readsAs } from './topic-cases';

readsAs('Spanish moves, everyday work, letters dropped', [
  ['compito en 3 semanas en gi y no puedo pasar la guardia de araña', ['gi', 'guard_passing', 'spider_guard']],
  ['ya tengo la espalda pero mi mata leon nunca entra, que hago mal', ['back_control', 'rear_naked_choke']],
  [
    'ayer el profe enseño un pase de media guarda y no entendi nada, quiero ver el pase',
    ['guard_passing', 'half_guard'],
  ],
  ['mata leon sin manos, como le hacen', ['rear_naked_choke']],
  ['instale el mount de la tele y me jodi la espalda, no voy a entrenar hoy', []],
  ['standing on the door all night kills my knees, any stretches', []],
  ['coach says i sweep the floor at closing if i lose again lol', []],
  ['throw in a few guillotine videos if you dont mind, i wont throw a fit if not', ['guillotine']],
  ['gulotine defnce', ['guillotine', 'guillotine_defense']],
  ['spidr gaurd swps', ['spider_guard', 'sweep']],
  // controls: the same words where they read as before
  ['derribos sin agarrar piernas, tengo la espalda hecha polvo para bajar', ['takedown']],
  ['haw to pas de la rive guard', ['de_la_riva']],
]);

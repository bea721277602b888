// Judo as who someone is ("for judo player") is no throw; chat's "d" after a name is its defence ("rnc
// d"); what hurt the user told in French or Portuguese; the back taken, then getting out ("o cara pegou
// minhas costas … como eu saio", "a guy gets on my back … get him off") is back control escaped.
import { readsAs } from './topic-cases';

readsAs('judo players, chat d, the back got out of', [
  ['half guard sweeps for judo player', ['half_guard', 'sweep']],
  ['rnc d for smol girls', ['rear_naked_choke', 'rear_naked_choke_defense']],
  ['need darce d pls', ['darce', 'darce_defense']],
  ['llave d tobillo recta', ['straight_ankle_lock']],
  [
    "je me suis blessé l'épaule sur un kimura le mois passé, maintenant je veux travailler mes passages de garde",
    ['guard_passing'],
  ],
  ['o cara pegou minhas costas e colocou os ganchos, como eu saio dali mano', ['back_control', 'back_control_escape']],
  [
    'a 60kg guy gets on my back and i just carry him around like a backpack, how do i actually get him off',
    ['back_control', 'back_control_escape'],
  ],
  // controls: the same words where they read as before
  ['my coach is a judo black belt, how do i pass guard', ['guard_passing']],
  ['judo throws for bjj', ['throw']],
  ['how do i stop people taking my back', ['back_take', 'back_take_defense']],
]);

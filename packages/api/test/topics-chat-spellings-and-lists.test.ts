// Chat spellings ("single lg x", "chk", "bakc", "crosscolar", "ohne gee"); an Italian correction ("anzi
// no scusate"); what the user knows some of, before asking what is next; people listed with "=".
import { readsAs } from './topic-cases';

readsAs('chat spellings, lists with =', [
  ['x gard, single lg x, sweeps', ['x_guard', 'single_leg_x', 'sweep']],
  ['north south choke... anzi no scusate, dal nord sud voglio la kimura', ['north_south', 'kimura']],
  ['teuraianggeul,,, no wait arm teuraianggeul from mount?? head and arm one, kata gatame', ['arm_triangle', 'mount']],
  [
    'idk what to learn next honestly. i know some stuff from closed gaurd, hate playing bottom. maybe take downs? we dont do much standing at my gym',
    ['takedown', 'standing'],
  ],
  [
    'pls help: students=takedowns in the gi, wife=reverse dlr, son=mount escape, daughter=armbar from mount',
    ['takedown', 'gi', 'reverse_de_la_riva', 'mount', 'mount_escape', 'armbar'],
  ],
  ['norht south chk', ['north_south_choke']],
  ['rear naked chock from the bakc', ['rear_naked_choke', 'back_control']],
  ['crosscolar chocke from closd guard w the kimono', ['cross_collar_choke', 'closed_guard', 'gi']],
  ['arm bar from the mound ohne gee, sprachnachricht sorry bin im zug', ['armbar', 'mount', 'no-gi']],
]);

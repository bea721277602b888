// Tagalog defending ("paano depensahan yun") and "tri vids"; sprawled on a couch or the hips sprawled
// in a choke are no takedown; a back thrown out; the achilles as a place on the foot; dropped letters
// ("takin my bak"); wrestling as where the user comes from; "manter a guarda"; "chave d calcanhar"; a
// turn after a slash.
import { readsAs } from './topic-cases';

readsAs('Tagalog, sprawls, backs thrown out, dropped letters', [
  ['lagi ako na-aarmbar from mount ng kuya sa gym, paano depensahan yun', ['armbar', 'armbar_defense', 'mount']],
  ['pa-share naman ng tri vids, lagi ako palpak sa angle', ['triangle']],
  ['sprawled on the couch all sunday watching ufc, feel guilty lol. what should i drill this week', []],
  ['what angle do i sprawl my hips on the north south choke', ['north_south_choke']],
  [
    "my partner threw her back out gardening so she's off the mats, but my kids want the omoplata and i want the baseball bat choke",
    ['omoplata', 'baseball_choke'],
  ],
  ['toe hold details pls, the outside one wraps under the achilles?', ['toe_hold']],
  ['stop ppl takin my bak wen i turtle up', ['back_take', 'back_take_defense', 'turtle']],
  [
    'i was always a top guy in wrestling so this is all new, how do i stop people passing my guard',
    ['guard_retention'],
  ],
  [
    'mano tipo eu faço de la riva e o cara sempre amassa e passa, quero manter a guarda',
    ['de_la_riva', 'guard_retention'],
  ],
  ['chave d calcanhar no sem kimono', ['heel_hook', 'no-gi']],
  ['lost by ezekiel at comp last wk lol / anyway -> knee on belly attacks, gi', ['knee_on_belly', 'gi']],
  // controls: the same words where they read as before
  ['how do i sprawl on a double leg', ['takedown', 'takedown_defense']],
  ['they always sprawl on my single', ['takedown']],
  ['takedowns from wrestling for bjj', ['takedown']],
  ['lol anyway to escape mount when hes heavy?', ['mount', 'mount_escape']],
]);

// A half of a match is no half guard; a limb inside a name is no limb ("single leg defense"); voice slips
// ("Omaha plata", "closed God", "key more"); a German story turns at "egal, heute will ich"; "what i rlly
// need is"; a judoka's posture is no throw; a move that hurts to play, with something else asked instead.
import { readsAs } from './topic-cases';

readsAs('halves, limbs in names, voice slips, moves that hurt', [
  [
    'adcc has no points in the first half so i just hunt subs, north south choke from side control in nogi',
    ['north_south_choke', 'side_control', 'no-gi'],
  ],
  ['rnc from le dos en nogi', ['rear_naked_choke', 'back_control', 'no-gi']],
  ['guys keep taking me down w singles. single leg defense pls', ['takedown', 'takedown_defense']],
  ['double leg defence pls', ['takedown', 'takedown_defense']],
  ['Omaha plata setups from closed God', ['omoplata', 'closed_guard']],
  ['passing half God without the knee slice', ['guard_passing', 'half_guard']],
  ['today i wanna work on my key more from north south', ['kimura', 'north_south']],
  [
    'letzte woche hat mich einer mit nem darce erwischt, egal, heute will ich mount befreiung sehen',
    ['mount', 'mount_escape'],
  ],
  [
    'a brown belt subbed me w an anaconda which was sick but whatever, what i rlly need is how to pass hlaf gaurd',
    ['guard_passing', 'half_guard'],
  ],
  [
    'triangel / sankaku from close guard when opponent postures up with very strong judo posture',
    ['triangle', 'closed_guard'],
  ],
  ['bad knee so butterfly guard hurts, show me deep half entries instead', ['deep_half_guard']],
  // controls: the same words where they read as before
  ['my first half guard sweep', ['half_guard', 'sweep']],
  ['they keep letting the head slip out of the guillotine', ['guillotine']],
  ['oh my god i love the triangle', ['triangle']],
  ['armbars hurt, how do i defend them', ['armbar', 'armbar_defense']],
  ['my knee hurts, half guard sweeps?', ['half_guard', 'sweep']],
]);

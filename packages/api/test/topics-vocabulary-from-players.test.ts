// Names, intents and rule-outs as players say them (a vocabulary audit by coaches who had not read
// the code): names heard or typed ("army bar", "gila teen", "bo and arrow", "heek hook"), academy
// names ("estrangulamento em laço", "guardia sentada", "media profunda", "collar sleeve"), ways out
// and defences ("bump out of", "what to do against", "tô preso na", "evitar o"), rule-outs ("over
// it with", "ditch the", "nada com"), a dislike before another technique asked, and working on
// one's own technique while ruling out a kind of it.
import { readsAs } from './topic-cases';

readsAs('names as players say or type them', [
  ['army bar from closed guard', ['armbar', 'closed_guard']],
  ['gila teen from standing', ['guillotine', 'standing']],
  ['bo and arrow choke details', ['bow_and_arrow']],
  ['heek hook entries', ['heel_hook']],
  ['marceloplata setups', ['omoplata']],
  ['estrangulamento em laço no kimono', ['loop_choke', 'gi']],
  ['estrangulamento de beisebol do cem quilos', ['baseball_choke', 'side_control']],
  ['foot kimura from 50/50', ['toe_hold']],
  ['chave de munheca da guarda fechada', ['wristlock', 'closed_guard']],
  ['collar sleeve guard sweeps', ['open_guard', 'sweep']],
  ['media profunda, como raspar', ['deep_half_guard', 'sweep']],
  ['homer simpson guard', ['deep_half_guard']],
  ['hook guard sweeps for a small guy', ['butterfly_guard', 'sweep']],
  ['rodilla en el vientre, como mantenerla', ['knee_on_belly']],
  ['reverse la riva to the back', ['reverse_de_la_riva', 'back_take']],
  // control: Portuguese "no kimono" is in the gi, not without it
  ['chave de pé reta no kimono', ['straight_ankle_lock', 'gi']],
]);

readsAs('ways out and defences as players say them', [
  ['how do i bump out of mount when hes heavy', ['mount', 'mount_escape']],
  ['elbow-knee out of mount in the gi', ['mount', 'mount_escape', 'gi']],
  ['what to do against the omoplata', ['omoplata', 'omoplata_defense']],
  ['save my arm from the armbar in closed guard', ['armbar', 'armbar_defense', 'closed_guard']],
  ['defence vs triangle', ['triangle', 'triangle_defense']],
  ['tô preso na montada', ['mount', 'mount_escape']],
  ['como evitar o triângulo', ['triangle', 'triangle_defense']],
  ['contrarrestar el anaconda', ['anaconda', 'anaconda_defense']],
  ['me finalizam no triângulo sempre', ['triangle', 'triangle_defense']],
]);

readsAs('rule-outs as players say them', [
  ['over it with guillotines, give me darce setups', ['darce']],
  ['ditch the heel hooks, show me kneebars', ['kneebar']],
  ['nada com chave de calcanhar, quero triângulo', ['triangle']],
  ['i hate heel hooks, show me kneebars', ['kneebar']],
  ['i cant stand heel hooks, show me kneebars', ['kneebar']],
  ['no me gusta el heel hook, quiero kneebar', ['kneebar']],
  ['não gosto de heel hook, quero kneebar', ['kneebar']],
  // controls: liking it ("me gusta") rules nothing out, and hating being caught asks the defence
  ['me gusta armbar, quiero kneebar', ['armbar', 'kneebar']],
  ['i hate getting heel hooked, show me how to escape', ['heel_hook', 'heel_hook_defense']],
  ['want to work on my passing but not leg drag stuff, something more pressure based', ['guard_passing']],
]);

// Names said or spelled by ear ("base ball choke", "bow an arrow", "need bar", "a kiel choke",
// "della Reva", "tri'd"), Portuguese catches however often ("tomo muita chave de braço") and ways out
// of the place just told ("como sai dali"), a pin that is only where a submission was caught, a
// question that goes on with the story's submission after "show me", and who a gym rule bars.
import { readsAs } from './topic-cases';

readsAs('names said or spelled by ear', [
  ['whats the best way to finish the base ball choke from knee on belly', ['baseball_choke', 'knee_on_belly']],
  ['bro the bow an arrow choke from the back in the gi', ['bow_and_arrow', 'back_control', 'gi']],
  ['need bar from top half guard when theyre flat', ['kneebar', 'half_guard']],
  ['is a kiel choke from inside somebodys guard legal', ['ezekiel']],
  ['eskiel de dentro da guarda??', ['ezekiel']],
  ['reverse della Reva to the back show me that', ['reverse_de_la_riva', 'back_take']],
  ["keep getting tri'd by this lanky blue belt, how do i posture out", ['triangle', 'triangle_defense']],
  // control: another short word before "'d" is still that word's participle
  ["got kimura'd twice tonight", ['kimura', 'kimura_defense']],
]);

readsAs('caught in Portuguese, however often, and out of the place just told', [
  ['levo muito triangulo toda hora', ['triangle', 'triangle_defense']],
  ['sempre tomo muita raspagem quando passo', ['sweep', 'sweep_defense']],
  [
    'o cara fica no joelho na barriga e eu nao consigo respirar, como sai dali??',
    ['knee_on_belly', 'knee_on_belly_escape'],
  ],
]);

readsAs('a pin that is only where a submission was caught', [
  ['tomo muita chave de braço quando tô por cima na montada', ['armbar', 'mount', 'armbar_defense']],
  ['levo triangulo na montada', ['triangle', 'mount', 'triangle_defense']],
]);

readsAs('going on with the story\'s submission after "show me"', [
  ['i love the arm triangle. show me how to finish it from side control', ['side_control', 'arm_triangle']],
  ['we drilled the kimura tonight. show me how to finish it from side control', ['side_control', 'kimura']],
  // control: a submission the story defends is not the one the question goes on with
  ['he kept catching me in a kimura. show me how to finish it from side', ['side_control']],
]);

readsAs('held in side, and who a gym rule bars', [
  [
    "getting smashed in side all the time, how do i shrimp out when they're heavy",
    ['side_control', 'side_control_escape'],
  ],
  ['guard retention stuff, coach doesnt let whites heel hook', ['guard_retention']],
]);

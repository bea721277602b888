// Families read in scored held-back halves: keeping the guard said in Portuguese ("pra não deixar ele
// passar", "sem ser passado"), a slip in "escaping", a wristlock said into a phone ("rest lock"), a
// story that turns with "im more curious about", someone else "is turtled", and being swept "ficam
// me raspando"; "taps me w" a submission; judo said of people ("our judo kids", "hice judo").
import { readsAs } from './topic-cases';

readsAs('families read in scored held-back halves', [
  ['sempre que puxo guarda o cara passa fácil, quero vídeo pra não deixar ele passar', ['guard_retention']],
  ['tem algum video pra segurar a meia sem ser passado?', ['half_guard', 'guard_retention']],
  ['escpaing turtle once a guy gets the seatbelt', ['turtle', 'turtle_escape', 'back_control']],
  ['rest lock from closed guard is that legit', ['wristlock', 'closed_guard']],
  [
    'we worked lasso guard tonight, mostly the omoplata finish and a basic sweep. im more curious about taking the back from lasso tho',
    ['lasso_guard', 'back_take'],
  ],
  ['what can i attack when someone is turtled in nogi', ['turtle', 'no-gi']],
  // control: the user mounted is still the user's escape
  ['when someone mounted me last night i panicked', ['mount', 'mount_escape']],
  [
    'os caras ficam me raspando da meia guarda when im on top, what am i doing wrong',
    ['sweep', 'half_guard', 'sweep_defense'],
  ],
]);

readsAs('taps "w" a submission, and judo said of people', [
  ['he subs me w a triangle every roll', ['triangle', 'triangle_defense']],
  ['tate shiho gatame escapes, our judo kids hate getting stuck there', ['mount', 'mount_escape']],
  ['kesa gatame escape, theres a 250lb judo dude who just lives there', ['side_control', 'side_control_escape']],
  // control: judo throws asked are throws
  ['judo throws for bjj', ['throw']],
]);

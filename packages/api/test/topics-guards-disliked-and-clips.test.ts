// A guard disliked, then another guard asked about, is left out ("i hate deep half, is lasso guard
// ok"); someone in a clip does nothing to the user; what hurt the user told in Italian.
import { readsAs } from './topic-cases';

readsAs('guards disliked, clips, Italian hurts', [
  ['45 y/o with bad knees so i hate deep half, is lasso guard ok to learn in the gi?', ['lasso_guard', 'gi']],
  [
    'saw a clip on insta of a guy hitting a triangle straight from closed guard after breaking posture, got any vids on that?',
    ['triangle', 'closed_guard'],
  ],
  ['that youtube video where he gets the kimura from half guard, need more of that', ['kimura', 'half_guard']],
  ['that yt clip where dude hits a brabo from bottom half, teach me the brabo', ['darce', 'half_guard']],
  [
    'ho ancora il gomito dolorante per una leva al braccio della settimana scorsa, comunque mostrami come uscire dal side control',
    ['side_control', 'side_control_escape'],
  ],
  // controls: the same words where they read as before
  ['i hate deep half, how do i pass it', ['deep_half_guard', 'guard_passing']],
  ['watched footage of my match, the guy hit a triangle on me', ['triangle', 'triangle_defense']],
]);

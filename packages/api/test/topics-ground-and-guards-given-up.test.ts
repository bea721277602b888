import { readsAs } from './topic-cases';

readsAs('taking the fight to the ground, asked, is a takedown', [
  ['how do i get the fight to the ground without jumping guard', ['takedown']],
  ['wanna take him to the ground but im no wrestler', ['takedown']],
  ['dbl leg setups from the clinch', ['takedown']],
  // control: a fight that went to the ground, told, is no takedown asked
  ['every time i take it to the ground he stands up', []],
]);

readsAs('a pin named as a verb is done to the user', [
  ['i keep getting knee on bellied by the heavy guys', ['knee_on_belly', 'knee_on_belly_escape']],
  // control: the user doing it
  ['how do i knee on belly people who turn away', ['knee_on_belly']],
]);

readsAs('"no bottom mount" rules the pin out like "no mount"', [
  ['coach says no bottom mount or side control for me for now, what can i do from butterfly', ['butterfly_guard']],
  ['no bottom side control please, just guillotines', ['guillotine']],
  // control: escaping it asked
  ['how do i get out of bottom mount', ['mount', 'mount_escape']],
]);

readsAs('the opponent escaping and recovering guard is the user passing', [
  ['they shrimp out and recover guard every single time', ['guard_passing']],
  // control: the user recovering guard
  ['how do i shrimp out and recover guard', ['guard_retention']],
]);

readsAs('a guard judged useless, then another guard asked for, is left out', [
  [
    'closed guard doesnt really work for me, they just stand. what guard should i play, maybe spider?',
    ['spider_guard'],
  ],
  ['i hate butterfly guard. which guard is best for tall guys', []],
  // control: a guard that is the user's own, then another asked
  ['closed guard is my main guard. what guard should i add next', ['closed_guard']],
]);

readsAs('a dropped "g" and swapped letters in a name', [
  ['how 2 stop ppl passin my guard', ['guard_retention']],
  ['eziekel from mount in the gi', ['ezekiel', 'mount', 'gi']],
  // control: the whole word
  ['how to stop people passing my guard', ['guard_retention']],
]);

readsAs("breaking someone's closed guard is passing it", [
  ['in the gi how do i break closed guard while standing', ['gi', 'closed_guard', 'guard_passing', 'standing']],
  ['cracking the closed guard of big guys', ['closed_guard', 'guard_passing']],
  // control: the user's own closed guard
  ['how do i keep my closed guard closed', ['closed_guard']],
]);

readsAs('a place that closed is no closed guard', [
  [
    'so i switched gyms (the old one closed) and the new one does nogi only. how do i pass half guard',
    ['no-gi', 'guard_passing', 'half_guard'],
  ],
  // control: the guard as shorthand beside a technique
  ['armbar from closed', ['armbar', 'closed_guard']],
]);

readsAs('a rule-out reaches over "competition stuff or" to its name', [
  ['not interested in competition stuff or takedowns, just wanna have fun', []],
  ['no comp stuff or heel hooks please, just kneebars', ['kneebar']],
]);

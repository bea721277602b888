// The user's own takedown told in Portuguese and Spanish ("quando vou na queda", "cada vez que tiro un
// double leg", "como entrar na baiana") is no defence of it, while "me enganchan", "me tiran" are done
// to the user. Lists ruled out that open with a defending word ("no escapes or sweeps"), "i refuse to",
// and a comma after a name with no topic that ends the list. Names players use: the whip up, the toe
// holt, kakato gatame, "pa barrer", "guarda fexada", "pras costas", the baby bolo, single lx, bball.
import { readsAs } from './topic-cases';

readsAs('whose takedown, in Portuguese and Spanish', [
  ['quando vou na queda sempre tomo guilhotina', ['takedown', 'guillotine', 'guillotine_defense']],
  ['como entrar na baiana sem tomar guilhotina', ['takedown', 'guillotine', 'guillotine_defense']],
  ['cada vez que tiro un double leg me enganchan una guillotina', ['takedown', 'guillotine', 'guillotine_defense']],
  ['me tiran con un osoto gari siempre', ['throw', 'throw_defense']],
  // control: the takedown done to the user
  ['me tumban con un single leg siempre, como lo paro', ['takedown', 'takedown_defense']],
]);

readsAs('lists ruled out', [
  ['no escapes or sweeps, i want attacks from mount', ['mount']],
  ['i refuse to turtle, show me how to stop the single leg', ['takedown', 'takedown_defense']],
  ['no pulling guard, takedowns for the gi', ['takedown', 'gi']],
  // controls: a defending word ruled out alone, and a list joined by "or"
  ['not asking how to defend the armbar, i want to finish it', ['armbar']],
  ['not into 50/50 or heel hooks, kneebars pls', ['kneebar']],
]);

readsAs('names players use', [
  ['deep half whip up', ['deep_half_guard', 'sweep']],
  ['the toe holt from top half', ['toe_hold', 'half_guard']],
  ['kakato gatame from outside ashi', ['heel_hook']],
  ['single x para barrer', ['single_leg_x', 'sweep']],
  ['triangulo da guarda fexada', ['triangle', 'closed_guard']],
  ['dlr pras costas', ['de_la_riva', 'back_take']],
  ['baby bolo from dlr', ['back_take', 'de_la_riva']],
  ['single lx entries', ['single_leg_x']],
  ['bball bat choke from knee on belly', ['baseball_choke', 'knee_on_belly']],
  ['we have mounted new tatamis in the dojo, how often do we clean them', []],
  // controls: another thing mounted on the wall, and dinner whipped up
  ['gonna whip up some dinner after class', []],
  ['we mounted new mirrors in the gym', []],
]);

// What the user wanted instead of what class showed ("but i wanted to see the omoplata", "mas eu
// queria ver", "pero quería aprender") is the ask; "from the same position" / "da mesma posição"
// points at the place told; the opponent standing in the user's guard is where, not standing asked.
import { readsAs } from './topic-cases';

readsAs('wanted instead, the same place, and who stands', [
  [
    'coach showed an armbar from closed guard tonight but i wanted to see the omoplata from the same position',
    ['omoplata', 'closed_guard'],
  ],
  [
    'meu professor mostrou hoje um armlock da guarda fechada mas eu queria ver a omoplata a partir da mesma posição',
    ['omoplata', 'closed_guard'],
  ],
  ['ayer el profe enseñó guillotina pero quería aprender la x guard', ['x_guard']],
  ['how to set up the loop choke when theyre standing in my open guard, gi obv', ['loop_choke', 'open_guard', 'gi']],
  // control: a pronoun after the want points back at the name before it
  [
    'the bjj coach calls it kimura, same thing i know, but i want to see it from north south specifically',
    ['kimura', 'north_south'],
  ],
]);

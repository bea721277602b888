// Guards passed and wants ruled out, as labellers wrote them: "walking right past my guard", the
// guard named after "passam minha" ("passam minha guarda aberta"), a technique one is tired of
// ("já enjoei de triângulo") or told to stop hunting ("deje de buscar la kimura"), and the way out
// not wanted after "mas" ("mas não quero escapar").
import { readsAs } from './topic-cases';

readsAs('guards passed and wants ruled out', [
  ['how do i stop the big purple belts from walking right past my guard', ['guard_retention']],
  [
    'eles passam minha guarda aberta muito fácil, preciso de reposição de guarda urgente',
    ['guard_retention', 'open_guard'],
  ],
  ['eles passam minha guarda fechada toda hora', ['guard_retention', 'closed_guard']],
  ['já enjoei de triângulo, quero outro ataque da guarda fechada', ['closed_guard']],
  [
    'mi profe dice que deje de buscar la kimura desde media guardia, ¿qué otra barrida hay ahí?',
    ['half_guard', 'sweep'],
  ],
  [
    'yoko shiho gatame mas não quero escapar, quero finalizar de lá: americana, kimura',
    ['side_control', 'americana', 'kimura'],
  ],
  ['side control pero no quiero escapar, quiero finalizar', ['side_control']],
  // control: "mas não" before a name still rules the name out
  ['armlock da guarda fechada mas não triângulo', ['armbar', 'closed_guard']],
]);

// Portuguese and Spanish stories (corrections, belts by their place, refusals said after what they
// refuse, goals told by their prize, plans from a date), a few Swahili and English belt readings,
// and the pending answer said as who the user is before a log of tonight's session.
import { describe, expect, it } from 'vitest';
import { parsePendingAnswer, parseProfileAnswer } from '../src/domain/profile-answers';
import type { ProfileField, ProfileValue } from '../src/domain/profile-answers';
import { routeByRules, routeChat } from '../src/domain/chat-route';
import { routedMessage } from '../src/domain/routing-model/features';
import { identityLead } from '../src/domain/profile-answers/pending-identity';

type Case = readonly [field: ProfileField, text: string, expected: ProfileValue | null];

const check = (cases: readonly Case[]): void => {
  it.each(cases)('%s: %s', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toEqual(expected);
  });
};

describe('corrections: "digo", "quer dizer", "quiero decir", "bueno no"', () => {
  check([
    ['belt_level', 'azul, digo, roxa. peguei a roxa em agosto', 'purple'],
    ['belt_level', 'azul, quer dizer, roxa', 'purple'],
    ['belt_level', 'azul, quiero decir, morado', 'purple'],
    ['belt_level', 'marrón, bueno no, negro', 'black'],
    // controls: no correction marker, or one with nothing after it
    ['belt_level', 'azul, peguei a roxa quase', 'blue'],
    ['belt_level', 'azul, digo', 'blue'],
  ]);
});

describe('a belt by its place: "uma faixa abaixo da preta"', () => {
  check([
    ['belt_level', 'tô uma faixa abaixo da preta', 'brown'],
    ['belt_level', 'estoy un cinturón debajo del negro', 'brown'],
    ['belt_level', 'uma faixa acima da branca', 'blue'],
    // control: the colour said plainly
    ['belt_level', 'tô na preta', 'black'],
  ]);
});

describe('a belt to come at a later date, or likened, or far off', () => {
  check([
    ['belt_level', 'meu professor disse que no fim do ano eu pego a azul', null],
    ['belt_level', 'inshallah blue by end of year', null],
    ['belt_level', 'white belt, purple by the end of the year hopefully', 'white'],
    ['belt_level', 'coach said im rolling like a purple but im only blue', 'blue'],
    ['belt_level', 'he rolls like a black belt, im white', 'white'],
    ['belt_level', 'not a white belt anymore, and nowhere near purple', 'blue'],
    ['belt_level', 'far from a brown belt', 'purple'],
    // controls: a belt held now, a bare "like" hedge
    ['belt_level', 'peguei a azul no fim do ano passado', 'blue'],
    ['belt_level', 'im like a blue belt i think', 'blue'],
  ]);
});

describe('position: refusals said after what they refuse, and no side favoured', () => {
  check([
    ['main_position', 'nunca puxo pra guarda, nem sei fazer guarda direito', 'top'],
    ['main_position', 'wrestling up e passagem, guarda não é comigo', 'top'],
    ['main_position', 'la guardia no es lo mio, paso y presiono', 'top'],
    ['main_position', 'bottom nem pensar, tenho o joelho ruim e fazer guarda me destrói', 'top'],
    ['main_position', 'não tenho posição preferida, não gosto de me prender num lado só', 'balanced'],
    ['main_position', 'no tengo posición favorita', 'balanced'],
    // controls: the same sides said plainly
    ['main_position', 'puxo pra guarda sempre', 'guard'],
    ['main_position', 'guarda é comigo mesmo', 'guard'],
  ]);
});

describe('someone else named, and the clause after goes on about them', () => {
  check([
    ['main_position', 'o pessoal do meu time é todo de guarda, eu não, sou de pressão por cima', 'top'],
    ['main_position', 'meu professor é guardeiro, passa a aula toda puxando pra guarda', null],
    ['main_position', 'mi compañero es pasador, juega siempre arriba', null],
    // control: the user takes the next clause over
    ['main_position', 'meu professor é guardeiro, eu passo a aula toda puxando pra guarda', 'guard'],
  ]);
});

describe('goals told by their prize, and refused with "nem"', () => {
  check([
    ['training_goals', 'meu parceiro de treino treina pra competir, eu vou só pra manter a forma', 'fitness'],
    ['training_goals', 'não treino pra briga de rua nem pra ficar sarado, quero subir no pódio', 'competition'],
    ['training_goals', 'quiero ganar medallas', 'competition'],
    ['training_goals', 'não venho pelo cardio nem pela medalha, quero evoluir tecnicamente', 'skill_development'],
    ['training_goals', 'medalha não me interessa, quero aprender de verdade', 'skill_development'],
    ['training_goals', 'sitaki mashindano, nataka afya tu', 'fitness'],
    // controls
    ['training_goals', 'quero competir', 'competition'],
    ['training_goals', 'nataka mashindano', 'competition'],
  ]);
});

describe('frequency: a plan from a date, a count taken back', () => {
  check([
    ['training_frequency', 'minha meta é treinar 3x por semana a partir de janeiro', null],
    ['training_frequency', 'mi objetivo es entrenar 4 veces por semana', null],
    ['training_frequency', 'planning to start going 3x once exams are done', null],
    ['training_frequency', 'mara tatu kwa wiki... hapana, mara nne', 4],
    // controls: the habit now
    ['training_frequency', 'treino 3x por semana', 3],
    ['training_frequency', 'treino 3x, a partir das 19h', 3],
    ['training_frequency', 'mara tatu kwa wiki', 3],
  ]);
});

describe('pending: an identity said first, then a log of tonight', () => {
  const answers: readonly Case[] = [
    ['belt_level', 'im a white belt still, tonight we drilled kimuras and i got tapped like 4 times', 'white'],
    ['main_position', 'honestly more of a top guy, i hate being on bottom. passed everyone tonight', 'top'],
    ['main_position', 'definitely a guard player, hit two triangles tonight', 'guard'],
    ['belt_level', 'still a blue belt tbh, rolled 5 rounds tonight and got smashed', 'blue'],
  ];
  // the two labelled in the routing fixture route there end to end as well
  it.each(answers.slice(0, 2))('routes: %s: %s', (field, text) => {
    expect(routeChat(text, field)).toBe('profile');
  });
  it.each(answers)('%s: %s', (field, text, expected) => {
    expect(parsePendingAnswer(field, text)).toEqual(expected);
    expect(routeByRules(routedMessage(text, field))).toBe('profile');
  });
  const logs: readonly [ProfileField, string][] = [
    ['training_frequency', 'rolled 6 times with the comp team tonight'],
    ['main_position', 'half guard all class, underhook sweeps to the back'],
    ['training_frequency', 'trained 3 times this week, today was guard passing and 4 rolls'],
    ['main_position', 'x guard drills, rolled 3, swept the brown belt once'],
    ['belt_level', 'rolled with a white belt tonight, got tapped 4 times'],
    ['main_position', 'top game day tonight, passed everyone'],
  ];
  it.each(logs)('stays a log: %s: %s', (field, text) => {
    // the identity rule reads no identity in them (the model routes them, as before)
    expect(identityLead(field, text)).toBeNull();
    expect(routeChat(text, field)).toBe('session');
  });
});

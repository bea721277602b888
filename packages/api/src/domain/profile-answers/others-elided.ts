// A clause that goes on about the person just named without naming them again: "meu professor é
// guardeiro, passa a aula toda puxando pra guarda", "mi compañero es pasador, juega siempre arriba",
// "my coach is a guard player, pulls every round". Portuguese and Spanish drop the subject; a clause
// opening on a verb of the third person, with no word for the user in it, is still theirs. So is a
// nickname tacked on after them: "my grandson's a guard player, little spider monkey".

import type { Token } from './text';

/** The clause's words open on a third-person verb (after an adverb or two) and never name the user. */
export function continuesTheirs(content: readonly Token[]): boolean {
  if (content.some((t) => THE_USER.has(t.text))) return false;
  let k = 0;
  while (ADVERBS.has(content[k]?.text ?? '') && k < 2) k++;
  return THIRD_PERSON.has(content[k]?.text ?? '') || isNickname(content) || namesThemAgain(content);
}

/**
 * "my coach is a guard guy, everything with him is berimbolo", "my wife's all guard, spider lasso the
 * works": a clause that names them by a pronoun, or only runs on their list to its end, is theirs.
 */
const namesThemAgain = (content: readonly Token[]): boolean =>
  content.some((t) => PRONOUNS.has(t.text)) ||
  LIST_ENDS.has(content.at(-1)?.text ?? '') ||
  LIST_TAILS.has(
    content
      .slice(-2)
      .map((t) => t.text)
      .join(' '),
  );
/** "spider and worm guard everything", "lasso, spider etc": one word that closes their list. */
const LIST_ENDS: ReadonlySet<string> = new Set(['everything', 'etc', 'whatever']);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their']);
const LIST_TAILS: ReadonlySet<string> = new Set([
  'the works',
  'the lot',
  'name it',
  'so on',
  'all that',
  'of it',
  'n stuff',
]);

/** "little spider monkey", "a real pressure monster", "total leglock goblin": a name for them, no verb. */
function isNickname(content: readonly Token[]): boolean {
  let k = 0;
  while (ARTICLES.has(content[k]?.text ?? '') && k < 2) k++;
  return FOND.has(content[k]?.text ?? '') && content.length - k >= 2 && content.length - k <= 4;
}
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'such', 'what', 'the']);
const FOND: ReadonlySet<string> = new Set(['little', 'lil', 'tiny', 'total', 'absolute', 'proper', 'real']);

const THE_USER: ReadonlySet<string> = new Set([
  ...['i', 'im', 'me', 'my', 'mine', 'myself', 'eu', 'meu', 'minha', 'mim', 'comigo', 'yo', 'mi', 'mis'],
  ...['conmigo', 'treino', 'entreno', 'jogo', 'juego', 'sou', 'soy', 'estou', 'estoy', 'to', 'tou'],
]);
const ADVERBS: ReadonlySet<string> = new Set([
  ...['sempre', 'siempre', 'so', 'solo', 'tambem', 'tambien', 'quase', 'casi', 'nunca', 'always', 'just'],
  ...['only', 'also', 'never', 'basically', 'basicamente', 'praticamente', 'practicamente'],
]);
const THIRD_PERSON: ReadonlySet<string> = new Set([
  // Portuguese
  ...['passa', 'joga', 'puxa', 'treina', 'fica', 'vive', 'gosta', 'faz', 'compete', 'luta', 'rola', 'ama'],
  ...['adora', 'prefere', 'usa', 'vai', 'anda', 'odeia', 'ensina', 'raspa', 'finaliza', 'monta', 'ataca'],
  // Spanish
  ...['pasa', 'juega', 'jala', 'tira', 'entrena', 'queda', 'vive', 'gusta', 'hace', 'compite', 'pelea'],
  ...['prefiere', 'va', 'odia', 'ensena', 'barre', 'finaliza', 'monta', 'ataca', 'lucha'],
  // English
  ...['plays', 'pulls', 'trains', 'lives', 'loves', 'prefers', 'competes', 'goes', 'hates', 'teaches'],
]);

// Who a question is relayed for (domain/topics/relayed.ts): "my son", "a minha filha", "my student".

export const RELAY_KIN_MALE: readonly string[] = [
  ...['son', 'husband', 'hubby', 'boyfriend', 'bf', 'brother', 'bro', 'dad', 'father', 'nephew', 'grandson'],
  ...['stepson', 'boy', 'filho', 'marido', 'namorado', 'irmao', 'pai', 'sobrinho', 'hijo', 'esposo', 'hermano'],
  // "our 15 stone lad dave says …"
  'lad',
];
export const RELAY_KIN_FEMALE: readonly string[] = [
  ...['wife', 'daughter', 'girlfriend', 'gf', 'sister', 'mom', 'mum', 'mother', 'niece', 'granddaughter'],
  ...['stepdaughter', 'missus', 'filha', 'esposa', 'mulher', 'namorada', 'irma', 'mae', 'sobrinha', 'hija'],
  ...['hermana', 'aluna'],
];
/** Told apart by the first pronoun after them ("my student … his back"). */
export const RELAY_KIN_EITHER: readonly string[] = [
  ...['kid', 'kiddo', 'child', 'teen', 'teenager', 'student', 'students', 'buddy', 'friend', 'mate', 'teammate'],
  ...['cousin', 'aluno'],
  // a coach's: "one of my blue belts", "my competitor"
  ...['belts', 'kids', 'teens', 'athlete', 'athletes', 'competitor', 'competitors', 'fighter', 'fighters'],
];
/**
 * Someone of the same gender in the story ("a big guy", "this purple belt") may own the pronouns:
 * then they are not read as the user's.
 */
export const SINGLE_OPPONENT_NOUNS: Readonly<Record<'male' | 'female', readonly string[]>> = {
  male: [
    'guy',
    'dude',
    'man',
    'bloke',
    'lad',
    'fella',
    'fellow',
    'boy',
    'kid',
    'belt',
    'wrestler',
    'judoka',
    'opponent',
  ],
  female: ['girl', 'woman', 'lady', 'gal', 'chick', 'kid', 'belt', 'wrestler', 'judoka', 'opponent'],
};
/** Words a message may open with to address the reader ("bro he keeps mounting me"), not a person relayed for. */
export const ADDRESSED: readonly string[] = ['bro', 'mate', 'buddy', 'friend', 'boy', 'man', 'dude', 'lad'];

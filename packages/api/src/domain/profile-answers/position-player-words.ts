// main_position: the player the user is, named by a noun in Spanish, Portuguese, Italian or French:
// "guardista", "sono un guardista", "guardeiro", "guardero", "passador", "pasador", "passatore",
// "jogador de guarda", "jugador de guardia", "giocatore di passaggio". Data only; position-words.ts
// spreads it into the position table.

import type { PhraseTable } from './lexicon';
import type { MainPosition } from './types';

const GUARD_PLAYERS = [
  ...['guardista', 'guardistas', 'guardiste', 'guardistes'],
  ...['guardeiro', 'guardeiros', 'guardeira', 'guardeiras', 'guardero', 'guarderos', 'guardera', 'guarderas'],
];
const TOP_PLAYERS = [
  ...['passador', 'passadores', 'passadora', 'passadoras', 'pasador', 'pasadores', 'pasadora', 'pasadoras'],
  ...['passatore', 'passatori', 'passatrice', 'passeur', 'passeurs', 'passeuse'],
];
const PLAYER = 'jogador|jogadora|jugador|jugadora|giocatore|giocatrice|joueur|joueuse|lutador|lutadora';

export const PLAYER_NOUNS: PhraseTable<MainPosition> = [
  [GUARD_PLAYERS.join('|'), 'guard'],
  [TOP_PLAYERS.join('|'), 'top'],
  // "jogador de guarda", "jugador de guardia", "giocatore di guardia", "joueur de garde"
  [`${PLAYER} de|di|da guarda|guardia|garde`, 'guard'],
  [`${PLAYER} de|di|da passagem|passaggio|pase|pases|passage|cima|arriba|sopra|dessus`, 'top'],
  [`${PLAYER} de|di|da baixo|abajo|sotto|dessous`, 'guard'],
];

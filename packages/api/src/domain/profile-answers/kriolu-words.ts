// Cape Verdean Creole (Kriolu), for main_position: "N ta gosta di fika riba, N ka gosta di guarda" (I
// like staying on top, I don't like guard). "riba" is on top, "baxu" underneath; "ka" before a verb
// negates it (alone, "ka" is Tagalog "you", so only before the verb). "guarda" is read already
// (position-words.ts). Data only; world-words.ts spreads it in.

import type { TongueWords } from './tongue-words';

export const KRIOLU: TongueWords = {
  positions: [
    ['riba|enriba', 'top'],
    ['baxu|baixu|dibaxu', 'guard'],
    ['tudu|tudo dos', 'balanced'],
  ],
  negations: [['ka gosta|kre|ta|sta|fika|djuga|joga', 'pre']],
};

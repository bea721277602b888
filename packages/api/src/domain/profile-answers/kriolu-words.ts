// Cape Verdean Creole (Kriolu), for main_position: "N ta gosta di fika riba, N ka gosta di guarda" (I
// like staying on top, I don't like guard). "riba" is on top, "baxu" underneath; "ka" before a verb
// negates it (alone, "ka" is Tagalog "you", so only before the verb). "guarda" is read already
// (position-words.ts). For belt_level: "Ami é sintu roxu" (I'm a purple belt); "ami" is I, and
// "azul" is read already. Data only; world-words.ts spreads it in.

import type { TongueWords } from './tongue-words';

export const KRIOLU: TongueWords = {
  positions: [
    ['riba|enriba', 'top'],
    ['baxu|baixu|dibaxu', 'guard'],
    ['tudu|tudo dos', 'balanced'],
  ],
  negations: [['ka gosta|kre|ta|sta|fika|djuga|joga', 'pre']],
  colours: [
    ['branku|brancu', 'white'],
    ['roxu', 'purple'],
    ['kastanhu|castanhu|maron', 'brown'],
    ['pretu', 'black'],
  ],
  i: ['ami'],
};

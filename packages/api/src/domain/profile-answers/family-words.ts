// Family by the names people call them, in English, Spanish, Portuguese and Tagalog: "my kuya is
// purple", "mi primo compite", "meu marido é faixa preta" tell of someone else, not the user. Data only.

import { WORLD_RELATIVES } from './world-words';

export const RELATIVES: readonly string[] = [
  ...['uncle', 'aunt', 'auntie', 'grandpa', 'grandma', 'granddad', 'grandad', 'stepdad', 'stepmom', 'stepbrother'],
  ...['cousin', 'cousins', 'father', 'mother', 'parents'],
  // "my mum thinks I should learn to defend myself": what she thinks is her word, not the user's
  ...['mum', 'mummy', 'mommy', 'momma', 'daddy', 'grandmother', 'grandfather', 'nana'],
  // the generations below and the in-laws: "my grandson goes 3 times a week, I drive him"
  ...['grandson', 'grandsons', 'granddaughter', 'granddaughters', 'grandkid', 'grandkids', 'grandchild'],
  ...['grandchildren', 'stepson', 'stepdaughter', 'stepkid', 'stepkids', 'stepsister', 'stepmum'],
  // Spanish and Portuguese: "mi primo", "minha tia", "meu marido"
  ...['primo', 'prima', 'tio', 'tia', 'abuelo', 'abuela', 'avo', 'padre', 'madre', 'papa', 'mama', 'pai', 'mae'],
  ...['sobrino', 'sobrina', 'sobrinho', 'sobrinha', 'cunado', 'cunada', 'cunhado', 'cunhada'],
  ...['namorada', 'namorado', 'esposa', 'esposo', 'marido', 'mulher', 'novia', 'novio'],
  ...['filho', 'filha', 'hijo', 'hija', 'irmao', 'irma', 'hermano', 'hermana'],
  // Tagalog: kuya (older brother), tito/tita, lolo/lola, pinsan (cousin), anak (child), apo (grandchild)
  ...['kuya', 'tito', 'tita', 'lolo', 'lola', 'pinsan', 'tatay', 'nanay', 'anak', 'asawa', 'apo', 'kapatid', 'bayaw'],
  // French, Polish, Japanese, Turkish, Indonesian, Dutch, German, Italian: "mon frère", "kakak saya"
  ...WORLD_RELATIVES,
];

/** Tagalog "ate" (older sister) is English "ate" alone, so only after a word that makes it a person. */
export const RELATIVE_PHRASES: readonly string[] = ['my|si|yung|ang ate'];

// The word the user calls the one they write to: "kuya, blue belt na po ako", "bhai top pe hi rehna
// pasand hai", "3x a week po ate", "hi sir! guard". Tagalog, Hindi and English address a stranger as
// family ("kuya", "ate", "bhai", "didi"), so read as a relative the whole answer would be about someone
// else. An address opens or closes the answer, or stands between commas; with a possessive before
// it ("my kuya", "si ate", "mera bhai") or a verb after it ("kuya is purple") it is a person spoken of.

const ADDRESS_WORDS = [
  // Tagalog and Taglish: older brother and sister, uncle and aunt, elders, friends, bosses
  ...['kuya', 'ate', 'manong', 'manang', 'tito', 'tita', 'lods', 'lodi', 'idol', 'pare', 'pre', 'tol', 'brad'],
  ...['boss', 'bossing', 'sir', 'maam', "ma'am", 'mam', 'sis', 'bes', 'beshie', 'mars', 'pars'],
  // Hindi and Hinglish: brother, sister, friend, the respectful "ji"
  ...['bhai', 'bhaiya', 'bhaiyya', 'bhaisahab', 'bhaisaab', 'bhaijaan', 'didi', 'yaar', 'ji', 'sirji', 'bhau'],
  // English
  ...['bro', 'bruh', 'brah', 'dude', 'man', 'mate', 'fam', 'buddy', 'bud', 'chief', 'homie', 'dawg'],
];
const WORD = `(?:${ADDRESS_WORDS.join('|')})`;

/** Greetings an address may follow: "hi kuya", "hello po sir", "namaste bhaiya". */
const GREETING = String.raw`(?:(?:hi|hello|hey|hiya|yo|uy|oy|oi|hola|ola|namaste|kumusta|musta|good (?:morning|afternoon|evening|day))(?:\s+po)?[\s,!.]+)`;

/**
 * After the address, the person is the subject or owned ("kuya ko", "bhai ka", "kuya is purple",
 * "ate's gi"), or the word is a count heard by voice-to-text ("ate times a month" is eight).
 */
const SPOKEN_OF = String.raw`(?:'s|s|ko|mo|niya|nya|namin|natin|nila|ni|ka|ki|ke|ne|is|was|has|had|does|did|and|&|plays|trains|goes|says|said|got|gets|also|too|who|times|x|days|classes|sessions|nights|per|or|to)`;

/** Before the address, the person is owned or named: "my kuya", "si ate", "mera bhai". */
const OWNED = String.raw`(?:my|our|your|his|her|their|si|ni|kay|yung|ang|ng|mera|meri|mere|tera|teri|apna|apni|i|we|you|he|she|they|just|then|already|never|finally|have|has|had)`;

// the address ends at a space or a stop: "pre-comp camp" opens on no "pre"
const OPENING = new RegExp(String.raw`^(\s*${GREETING}?)${WORD}(?=[\s,!.:;]|$)(?!\s*${SPOKEN_OF}\b)[\s,!.:;]*`, 'i');
const CLOSING = new RegExp(
  String.raw`(\b(?!${OWNED}\b)[\p{L}\p{N}]+[\s,]+)${WORD}([\s.!?~]*(?:\p{Extended_Pictographic}\s*)*)$`,
  'iu',
);
const BETWEEN_COMMAS = new RegExp(String.raw`,\s*${WORD}\s*,`, 'gi');

/** The answer without the words it addresses its reader by. */
export function withoutAddress(text: string): string {
  const stripped = text.replace(OPENING, '$1').replace(BETWEEN_COMMAS, ',').replace(CLOSING, '$1$2');
  return stripped.trim() === '' ? text : stripped;
}

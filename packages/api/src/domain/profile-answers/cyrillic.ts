// Russian and Ukrainian typed in Cyrillic, spelt in the Latin letters people use when they type them
// without a Cyrillic keyboard ("три раза в неделю" → "tri raza v nedelyu"), so russian-words.ts and
// ukrainian-words.ts read both. The accents come off first, so "й" and "ё" arrive as "и" and "е".

const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ё: 'e',
  // Ukrainian and Belarusian letters Russian has not
  і: 'i',
  ї: 'i',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
};
const CYRILLIC = /[\u0400-\u04ff]/g;
// Ukrainian writes an apostrophe inside a word as Russian writes "ъ" ("п'ять", "здоров'я"): it
// keeps the word whole and is spelt as nothing, so "п'ять" is Russian "пять", "pyat".
const APOSTROPHE_IN_WORD = /(?<=[\u0400-\u04ff])['\u2019\u02bc`](?=[\u0400-\u04ff])/g;

/** The text with Cyrillic letters spelt in Latin ones; a capital stays a capital. */
export function latinOfCyrillic(text: string): string {
  return text.replace(APOSTROPHE_IN_WORD, '').replace(CYRILLIC, (letter) => {
    const lower = letter.toLowerCase();
    const latin = LATIN[lower] ?? '';
    return letter === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}

// Laughter as typed in every language the answers come in: "lol", "hahaha", "kkkk" (Portuguese, which
// the tokens fold to "k"), "jajaja", "rsrs", "hehe", "wkwk" (Indonesian), "ㅋㅋ" (Korean), "xD". It
// says nothing of its own ("every day in my dreams lol") and puts no break before a bare "no" ("black?
// lol no"). Pure.

const LAUGHS: ReadonlySet<string> = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'xd', 'hah', 'k', 'kk']);
// two laughs or more, any length: "haha", "ahahah", "jajajaja", "hihi", "rsrsrs", "huehue", "lolol"
const REPEATED = /^a?(?:(?:ha|he|hi|ja|je|ji|rs|hue|wk)){2,}h?$|^(?:lo)+l$/;
// Korean "ㅋㅋ", "ㅎㅎ", as the tokens spell those letters
const HANGUL_LAUGH = /^[\u110f\u1112]{2,}$/;

export const isLaughter = (word: string): boolean => LAUGHS.has(word) || REPEATED.test(word) || HANGUL_LAUGH.test(word);

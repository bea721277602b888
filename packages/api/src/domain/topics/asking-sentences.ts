// "A brown belt kept taking my back every time I turtled. How do I stop the back take?": in a message
// of several sentences, the ones that ask say what is asked; the others tell the story around it.

/** A message split into the sentences that ask and those that tell the story around them, each joined. */
export interface AskingAndTelling {
  readonly asking: string;
  readonly telling: string;
}

/**
 * The sentences that ask and those that tell, when some sentences of the message ask and others only
 * tell; else null. A sentence asks with a question mark, a word of asking ("how", "need", "pls", "also"), or as
 * a fragment: a few words, or a name said first ("Armbar from mount when they hide their arms.").
 * `namesATopic` tells whether words name a topic, for a want further on in a sentence; without it every
 * want asks.
 */
export function askingSentences(
  query: string,
  opensWithName: (words: readonly string[]) => boolean,
  namesATopic: (words: readonly string[]) => boolean = () => true,
): AskingAndTelling | null {
  const sentences = query.split(SENTENCE_BREAK).filter((s) => s.trim());
  if (sentences.length < 2) return null;
  const wordsOf = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];
  // a word that also tells asks only near the sentence's start ("anyone got …", not "against anyone
  // heavier"), or, for a want, before what is wanted in its sentence ("i want ONE reliable takedown", not "i
  // want to stay on my feet")
  const asks = (s: string): boolean => {
    const words = wordsOf(s);
    return (
      asksOutright(s) ||
      // "are wristlocks even allowed at blue belt or was the ref wrong": a question without its mark
      YES_NO_OPENERS.has(words[0] ?? '') ||
      ASKS_A_LIST.test(s) ||
      WOULD_BE_GOOD.test(s) ||
      words.some((w, k) => {
        // ("what's", "how'd")
        const word = w.replace(/'.*$/, '');
        // ("… also got caught in a guillotine once": more of the story told)
        if (word === 'also' && ALSO_TOLD.has(words[k + 1] ?? '')) return false;
        if (!ASKING.has(word) || k < OPENING_WORDS) return ASKING.has(word);
        // ("i dont want to give up side control" rules out; it asks nothing)
        // ("a new guy who only wants to wrestle" tells of someone else)
        if (WANTING.has(word))
          return (
            !NOT.has(words[k - 1] ?? '') && !words.slice(k - 2, k).includes('who') && namesATopic(words.slice(k + 1))
          );
        return !ALSO_TELLS.has(word);
      })
    );
  };
  // fragments only ("darce. every. single. time. …") ask nothing outright: the whole message is read
  if (!sentences.some(asks)) return null;
  // "… can u send him one. and one for me on …", "… tonight we did kneebar entries. also how do you
  // not get heel hooked back": a sentence that adds to the one before carries it along
  if (sentences.slice(1).some((s) => ADDING.has(wordsOf(s)[0] ?? ''))) return null;
  const isAsking = sentences.map((s) => {
    const words = wordsOf(s);
    // "Then maybe a kneebar I can counter with.", "So bow and arrow, armbar from the back etc.": an ask added or summed up
    // ("Then he passed and won": a lead word before someone doing something opens no ask)
    const lead = LEADS.has(words[0] ?? '') && !SUBJECTS.has(words[1] ?? '') ? 1 : 0;
    const training = tellsOfTraining(words);
    return (
      asks(s) ||
      LIST_MARK.test(s) ||
      (words.length <= FRAGMENT_WORDS && !tellsAResult(words) && !training) ||
      words[lead] === 'maybe' ||
      // (the cheap tests first: reading the opening words is the costly one)
      (!training && !opensOnAResult(words) && opensWithName(words.slice(lead, lead + NAME_WORDS)))
    );
  });
  const asking = sentences.filter((_, k) => isAsking[k]);
  if (!asking.length || asking.length === sentences.length) return null;
  return { asking: asking.join(' '), telling: sentences.filter((_, k) => !isAsking[k]).join(' ') };
}
// "2) his americana from side control, people just straighten the arm.": an item of a list of asks
const LIST_MARK = /^\s*\(?\d{1,2}[).:]\s/;

// ("thinking omoplata or kimura from closed guard, not triangles …": the ask considered)
const LEADS: ReadonlySet<string> = new Set(['then', 'and', 'or', 'plus', 'so', 'thinking']);
const SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'he',
  'she',
  'they',
  'we',
  'you',
  'it',
  'my',
  'his',
  'her',
  'their',
]);
/** "quarters i won by armbar.", "r3 bye.": a short sentence telling how something went asks nothing. */
const tellsAResult = (words: readonly string[]): boolean => words.some((w) => RESULTS.has(w)) && !asksInAWord(words);
/**
 * "got inside heel hooked in my first match …, won the second with a guillotine": a match told,
 * opening on a name ("got" only as its first word: "… got those from wrestling already" still asks).
 */
const opensOnAResult = (words: readonly string[]): boolean =>
  (words[0] === 'got' || words.some((w) => MATCH_RESULTS.has(w))) && !asksInAWord(words);
const asksInAWord = (words: readonly string[]): boolean => words.some((w) => ASKING.has(w.replace(/'.*$/, '')));
// (not "lost": "lost on takedowns again" is a struggle)
const MATCH_RESULTS: ReadonlySet<string> = new Set(['won', 'win', 'loss', 'tapped', 'bye', 'stalled', 'drew']);
const RESULTS: ReadonlySet<string> = new Set([...MATCH_RESULTS, 'got', 'went']);
/**
 * Where one sentence ends and the next begins: after . ! or ? and a space, outside brackets ("toe-holded
 * me (tow hold?? idk spelling) from his half guard" is one sentence).
 */
export const SENTENCE_BREAK = /(?<=[.!?])\s+(?![^(]*\))/;
/** "so kimura from side control would be great": a wish put politely asks. */
const WOULD_BE_GOOD = /\b(?:would|d) be (?:great|awesome|ideal|perfect|amazing|helpful|ace|sick|class)\b/i;
/** "so 2 things: sweeps from deep half, and …", "question: …": what follows is asked. */
const ASKS_A_LIST = /\b(?:\d|two|three|couple|few)\s+(?:things|questions|qs)\s*:|\b(?:question|q)\s*:/i;
/** A spelling or name doubted in brackets ("(tow hold??)") asks nothing. */
const asksOutright = (s: string): boolean => s.replace(/\([^)]*\)/g, '').includes('?');
const WORD = /[\p{L}\p{N}']+/gu;
// a sentence this short is a fragment of the ask ("Gi only.", "From half guard bottom if possible.")
const FRAGMENT_WORDS = 5;
// a name said first opens a request ("Sweeps from spider guard when …", "Reverse de la riva against …"),
// not a class or roll told of ("nogi leglock session tonite, some dude …", "gi class yesterday was
// rough", "mounted one of the white belts last night and …")
const NAME_WORDS = 4;
const tellsOfTraining = (words: readonly string[]): boolean =>
  words.some((w, k) => WHEN_TRAINED.has(w) || (w === 'last' && LAST_TIMES.has(words[k + 1] ?? '')));
const WHEN_TRAINED: ReadonlySet<string> = new Set([
  ...['session', 'class', 'tonight', 'tonite', 'today', 'yesterday', 'yesterdays', 'todays', 'tonights'],
]);
const LAST_TIMES: ReadonlySet<string> = new Set(['night', 'nite', 'week', 'time', 'class', 'session', 'roll']);
// ("e se ele não deixar, como pego as costas", "y si juego butterfly …")
const ADDING: ReadonlySet<string> = new Set(['also', 'and', 'plus', 'e', 'y', 'und', 'et']);
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['are', 'is', 'isnt', 'arent', 'r', 'does', 'should', 'would']);
// where a sentence's ask opens: "so anyone got …", "ok honestly need help with …"
const OPENING_WORDS = 3;
const ALSO_TELLS: ReadonlySet<string> = new Set([
  ...['any', 'anyone', 'can', 'could', 'should', 'alguem', 'alguém', 'alguien'],
  // "i rolled out like they teach", "everyone plays lapel stuff which i hate"
  ...['teach', 'stuff', 'which'],
]);
// ("… also got caught in a guillotine once": what follows "also" is told)
const ALSO_TOLD: ReadonlySet<string> = new Set([
  'got',
  'had',
  'was',
  'were',
  'did',
  'went',
  'tapped',
  'rolled',
  'caught',
  'lost',
  'won',
  'ended',
  'tried',
]);
const NOT: ReadonlySet<string> = new Set(['dont', "don't", 'not', 'never', 'didnt', "didn't", 'doesnt', "doesn't"]);
const WANTING: ReadonlySet<string> = new Set(['want', 'wants', 'wanna']);
const ASKING: ReadonlySet<string> = new Set([
  ...['how', 'what', 'whats', 'which', 'any', 'anyone', 'can', 'could', 'should', 'show', 'send', 'teach'],
  ...['need', 'needs', 'want', 'wants', 'wanna', 'looking', 'tips', 'help', 'pls', 'plz', 'please', 'learn'],
  ...['vid', 'vids', 'video', 'videos', 'stuff', 'also', 'ask', 'asks', 'asked'],
  // "… pensei em entrar no single leg x tbm e raspar": the Portuguese "also"
  ...['tbm', 'tb', 'tambem', 'também'],
  // "choke i mean, the north south choke": the ask said again
  'mean',
  // "im more curious about taking the back from lasso tho"
  'curious',
  'wondering',
  // Portuguese, Spanish
  ...['como', 'cómo', 'qual', 'quais', 'cual', 'cuál', 'que', 'qué', 'quero', 'quiero', 'preciso', 'necesito'],
  // "alguem manda passagem de guarda fechada pfv"
  ...['manda', 'mandem', 'mande', 'alguem', 'alguém', 'alguien', 'pfv', 'porfa'],
]);

import { BODY_PARTS, PAIN_WORDS } from '../data/body-and-pain';
import { splitWords, toToken } from './topics/tokenize';

// A query often names what the taxonomy has no id for ("berimbolo" is a back take, "arm drags" are
// nothing at all); a video whose title names it is the better answer among equals.
const MIN_LENGTH = 3;
const COMMON = new Set(
  [
    'the',
    'how',
    'for',
    'and',
    'you',
    'can',
    'get',
    'got',
    'top',
    'any',
    'are',
    'was',
    'not',
    'but',
    'out',
    'off',
    'one',
    'two',
    'new',
    'old',
    'bad',
    'big',
    'way',
    'use',
    'its',
    'his',
    'her',
    'who',
    'why',
    'arm',
    'leg',
    'own',
    'too',
    'all',
    'did',
    'see',
    'let',
    'put',
    'set',
    'run',
    'me',
    'my',
    'im',
    'lol',
    'pls',
    'what',
    'whats',
    'when',
    'where',
    'which',
    'with',
    'from',
    'into',
    'your',
    'that',
    'this',
    'have',
    'best',
    'good',
    'great',
    'some',
    'show',
    'video',
    'videos',
    'help',
    'need',
    'want',
    'more',
    'better',
    'against',
    'about',
    'should',
    'could',
    'would',
    'jiu',
    'jitsu',
    'jiujitsu',
    'bjj',
    'nogi',
    'beginner',
    'beginners',
    'white',
    'blue',
    'purple',
    'brown',
    'black',
    'belt',
    'belts',
    'technique',
    'techniques',
    'basics',
    'fundamentals',
    'guide',
    'tips',
    'learn',
    'master',
    'system',
    'systems',
    'people',
    'someone',
    'rolling',
    'roll',
    'rolls',
    'train',
    'training',
    'after',
    'before',
    'still',
    'really',
    'every',
    'time',
    'today',
    'week',
    // Words in half the titles: they pick out nothing.
    'guard',
    'pass',
    'passing',
    'escape',
    'escapes',
    'defense',
    'defence',
    'sweep',
    'sweeps',
    'lock',
    'control',
    'position',
    'open',
    'closed',
    'half',
    'side',
    'back',
    'game',
    'drill',
    'drills',
    'attack',
    'attacks',
    'submission',
    'submissions',
    'from',
    // The body and how it feels: "my knee hurts" asks about an injury, not the knee cut.
    ...BODY_PARTS,
    ...PAIN_WORDS,
  ].map(stem),
);

function stem(word: string): string {
  return toToken(word).stem;
}

/** The query's words that could pick out a title: three letters or more, not common BJJ or question words. */
export function distinctiveWords(query: string): Set<string> {
  return new Set(
    splitWords(query)
      .filter((w) => w.length >= MIN_LENGTH && !COMMON.has(w))
      .map(stem)
      .filter((w) => !COMMON.has(w)),
  );
}

const titleStems = new Map<string, ReadonlySet<string>>();

/** True when the title names one of the words (compared as stems: "Arm Drags" names "drag"). */
export function titleNames(title: string, words: ReadonlySet<string>): boolean {
  if (!words.size) return false;
  let stems = titleStems.get(title);
  if (!stems) titleStems.set(title, (stems = new Set(splitWords(title).map(stem))));
  for (const w of words) if (stems.has(w)) return true;
  return false;
}

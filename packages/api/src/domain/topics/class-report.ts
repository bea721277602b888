// "we drilled kesa gatame escapes today and i was fine with that. i wanted to ask about the knee
// slice": a sentence that reports what a class or a week covered is the story, not the question, when
// another sentence asks a topic of its own.
import { type Sentence, type Unit, isTopic, rawOf, sentencesOf } from './match';
import { isAttire, isPosition } from '../../data/canonical-topics';
import { isSubmission } from '../../data/topic-names';
import { GOING_ON_WITH, POINTERS } from './story-pointed-at';

/**
 * The topic units of the sentences that report a class ("class was leg locks, coach showed heel
 * hook entries", "drilled turtle rides all class"), when a sentence that reports nothing asks a
 * topic not ruled out. A position of the report stays when the question points at it ("… the
 * kneebar from there").
 */
export function classReportUnits(units: readonly Unit[], ruledOut: ReadonlySet<number>): Set<number> {
  const sentences = sentencesOf(units);
  const reports = sentences.filter((s) => reportsAClass(units, s) && !asks(units, s));
  if (!reports.length) return new Set();
  const asking = sentences.filter(
    (s) => !reports.includes(s) && asks(units, s) && unitsIn(s).some((i) => isTopic(units[i]) && !ruledOut.has(i)),
  );
  // "… also how do you not get heel hooked back": the question adds to what the report asked
  if (!asking.length || asking.some(([start]) => ADDING.has(rawOf(units[start]) ?? ''))) return new Set();
  const pointsBack = asking.some((s) => unitsIn(s).some((i) => POINTING_AT_A_PLACE.has(rawOf(units[i]) ?? '')));
  // "we drilled the omoplata … how do i turn it into a sweep": the question goes on with the report's attack
  const goesOn = asking.some((s) =>
    unitsIn(s).some((i) => GOING_ON_WITH.has(rawOf(units[i]) ?? '') && POINTERS.has(rawOf(units[i + 1]) ?? '')),
  );
  const out = new Set<number>();
  for (const s of reports)
    for (const i of unitsIn(s)) {
      const u = units[i];
      // the class's attire is where the question is asked too ("in the gi class tonight …")
      if (!isTopic(u) || ruledOut.has(i) || u.topics.every((t) => isAttire(t))) continue;
      if (pointsBack && u.topics.every((t) => isPosition(t))) continue;
      if (goesOn && u.topics.every((t) => isSubmission(t))) continue;
      out.add(i);
    }
  return out;
}

const unitsIn = ([start, end]: Sentence): number[] => Array.from({ length: end - start }, (_, k) => start + k);

/** A question mark, or a word of asking: the sentence asks something. */
const asks = (units: readonly Unit[], s: Sentence): boolean =>
  unitsIn(s).some((i) => rawOf(units[i]) === '?' || ASKING.has(rawOf(units[i]) ?? ''));

/** "we drilled", "coach showed", "class was", "all class", "today's class": the sentence tells a class. */
function reportsAClass(units: readonly Unit[], s: Sentence): boolean {
  const words = unitsIn(s).map((i) => rawOf(units[i]) ?? '');
  return words.some((w, k) => {
    const next = words[k + 1] ?? '';
    return (
      REPORTING.has(w) ||
      (w === 'we' && WE_DID.has(next)) ||
      (TEACHERS.has(w) && SHOWED.has(next)) ||
      (SHOWED.has(w) && next === 'us') ||
      (CLASS_WORDS.has(w) && (next === 'was' || next === 'on' || next === 'today' || next === 'tonight')) ||
      (CLASS_WORDS.has(next) && CLASS_OF.has(w))
    );
  });
}

// a verb that only ever reports training done
const REPORTING: ReadonlySet<string> = new Set(['drilled']);
const WE_DID: ReadonlySet<string> = new Set([
  ...['did', 'drilled', 'went', 'covered', 'worked', 'learned', 'learnt', 'practiced', 'practised'],
  ...['spent', 'focused', 'started', 'had', 'were', 'do', 'always'],
]);
const TEACHERS: ReadonlySet<string> = new Set(['coach', 'prof', 'professor', 'instructor', 'teacher', 'sensei']);
const SHOWED: ReadonlySet<string> = new Set(['showed', 'taught', 'covered', 'went']);
const CLASS_WORDS: ReadonlySet<string> = new Set(['class', 'warmup', 'lesson', 'seminar']);
const CLASS_OF: ReadonlySet<string> = new Set(['todays', 'tonights', 'whole', 'all', 'entire', 'last', 'the']);
const ASKING: ReadonlySet<string> = new Set([
  ...['how', 'what', 'whats', 'which', 'want', 'wanted', 'wanna', 'need', 'help', 'tips', 'vids', 'videos'],
  'video',
  ...['any', 'can', 'could', 'should', 'rather', 'pls', 'please', 'ask', 'question', 'show', 'teach'],
]);
// "from there", "in that spot": the question is asked where the story was
const POINTING_AT_A_PLACE: ReadonlySet<string> = new Set(['there', 'spot', 'position', 'bottom']);
const ADDING: ReadonlySet<string> = new Set(['also', 'and', 'plus']);

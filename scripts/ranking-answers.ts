// How the ranking evals answer a graded question: as for a new user with no history, and — when the
// question is one of the graded set the shipped coach tally and graded neighbours were made from —
// without its own grades in the tally and without itself among its neighbours, so that no question is
// answered by looking up its own answer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import COACH_PICKS from '../packages/api/src/data/coach-picks.json';
import { coachPrior, tallyCoachPicks } from '../packages/api/src/domain/coach-picks';
import { buildNeighbourIndex } from '../packages/api/src/domain/neighbour-picks';
import { recommend, SHIPPED_NEIGHBOURS } from '../packages/api/src/domain/recommend';
import { parseGradedLines, type GradedQuery } from '../packages/api/src/domain/ranking-scoring';
import { understandQuery, type QueryUnderstanding } from '../packages/api/src/domain/understand';

export const GRADED_SET = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../packages/api/test/fixtures/ranking.graded.jsonl',
);
const tallied = new Map(parseGradedLines(readFileSync(GRADED_SET, 'utf8')).map((l) => [l.q, l.grades]));
const viewer = { belt: null, requestCount: 1, recentTopics: [], recentRequests: [], feedback: [] };

/** The ids recommended for a graded question, read as `reading`. */
export function answerGraded(line: GradedQuery, reading: QueryUnderstanding): string[] {
  const own = tallied.get(line.q);
  const options = own
    ? {
        coachPrior: coachPrior(COACH_PICKS, reading, own),
        neighbourPrior: SHIPPED_NEIGHBOURS.picksNear(line.q, line.q),
      }
    : {};
  return recommend(reading, viewer, options).videos.map((v) => v.video.id);
}

/**
 * An answerer that knows only `earlier` graded questions: the tally and the neighbours are made from
 * them alone, so later questions are answered as a new labeller's would be (`eval:ranking --last`).
 */
export function answererFrom(
  earlier: readonly GradedQuery[],
): (line: GradedQuery, reading: QueryUnderstanding) => string[] {
  const table = tallyCoachPicks(
    earlier,
    earlier.map((l) => understandQuery(l.q)),
  );
  const neighbours = buildNeighbourIndex(earlier);
  return (line, reading) =>
    recommend(reading, viewer, {
      coachPrior: coachPrior(table, reading),
      neighbourPrior: neighbours.picksNear(line.q),
    }).videos.map((v) => v.video.id);
}

// What coaches handed over for the graded questions worded most like this one. The coach tally
// (coach-picks.ts) knows a question only by what it was read as; the wording says more — where the
// technique is wanted, against whom, in which words the asker thinks — and questions worded alike
// were answered alike. A nearest-neighbour model over the graded set (test/fixtures/
// ranking.graded.jsonl, shipped as data/graded-questions.json by `pnpm fit:coach-picks`): TF-IDF
// vectors of words and word pairs, cosine similarity, the closest questions' picks weighted by
// their similarity squared. Deterministic, built once, a few dozen microseconds a question.

import { credit } from './coach-picks';
import { splitWords, stemWord } from './topics/tokenize';

export interface GradedQuestion {
  readonly q: string;
  readonly grades: Readonly<Record<string, number>>;
}

export interface NeighbourIndex {
  /**
   * Each video's share of the picks of the graded questions worded most like `query`, 0–1.
   * `without` leaves a graded question out of its own neighbours (evals answer a graded question
   * as if it had never been graded).
   */
  picksNear(query: string, without?: string): (videoId: string) => number;
}

/** How many of the closest questions speak, and how sharply closer ones outweigh farther ones. */
const NEIGHBOURS = 15;
const SIMILARITY_POWER = 2;

// Words every question has: they say nothing about which video answers it.
const STOP_WORDS: ReadonlySet<string> = new Set(
  "i me my a an the to and or of in on for is it im i'm how do what with when from that this you your get got any some can but so just be are at they he she them".split(
    ' ',
  ),
);

/** A question's terms: its words (folded as the topic reader folds them, stop words out) and each pair of neighbouring words. */
export function questionTerms(question: string): string[] {
  const words = splitWords(question)
    .filter((w) => /^[a-z0-9]/.test(w) && !STOP_WORDS.has(w))
    .map(stemWord);
  return [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
}

export function buildNeighbourIndex(questions: readonly GradedQuestion[]): NeighbourIndex {
  const termsOf = questions.map((question) => questionTerms(question.q));
  const documentFrequency = new Map<string, number>();
  for (const terms of termsOf)
    for (const t of new Set(terms)) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  const vectorOf = (terms: readonly string[]): Map<string, number> => {
    const vector = new Map<string, number>();
    for (const t of terms) {
      const df = documentFrequency.get(t);
      if (df) vector.set(t, (vector.get(t) ?? 0) + Math.log(1 + questions.length / df));
    }
    let norm = 0;
    for (const x of vector.values()) norm += x * x;
    for (const [t, x] of vector) vector.set(t, x / Math.sqrt(norm));
    return vector;
  };
  // Inverted lists: a question is compared only with the graded questions that share a term with it.
  const postings = new Map<string, { question: number; weight: number }[]>();
  termsOf.forEach((terms, question) => {
    for (const [t, weight] of vectorOf(terms)) {
      const list = postings.get(t) ?? [];
      list.push({ question, weight });
      postings.set(t, list);
    }
  });
  const byText = new Map(questions.map((question, i) => [question.q, i]));
  // Reused between calls, each of which runs to completion: no allocation per graded question.
  const similarity = new Float64Array(questions.length);
  const touched: number[] = [];

  function closest(query: string, left: number): { question: number; similarity: number }[] {
    for (const [t, x] of vectorOf(questionTerms(query)))
      for (const { question, weight } of postings.get(t) ?? []) {
        if (question === left) continue;
        if (similarity[question] === 0) touched.push(question);
        similarity[question] = similarity[question]! + x * weight;
      }
    // The few closest, kept in order as the scores are read once.
    const top: { question: number; similarity: number }[] = [];
    for (const question of touched) {
      const s = similarity[question]!;
      similarity[question] = 0;
      if (top.length === NEIGHBOURS) {
        if (s <= top[NEIGHBOURS - 1]!.similarity) continue;
        top.pop();
      }
      let at = top.length;
      while (at > 0 && top[at - 1]!.similarity < s) at--;
      top.splice(at, 0, { question, similarity: s });
    }
    touched.length = 0;
    return top;
  }

  return {
    picksNear(query, without) {
      const top = closest(query, without === undefined ? -1 : (byText.get(without) ?? -1));
      const total = top.reduce((sum, n) => sum + n.similarity ** SIMILARITY_POWER, 0);
      const share = new Map<string, number>();
      for (const { question, similarity: s } of top)
        for (const [id, grade] of Object.entries(questions[question]!.grades))
          share.set(id, (share.get(id) ?? 0) + (credit(grade) * s ** SIMILARITY_POWER) / total);
      return (id) => share.get(id) ?? 0;
    },
  };
}

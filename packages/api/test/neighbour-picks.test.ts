import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import SHIPPED from '../src/data/graded-questions.json';
import { PARTIAL_CREDIT } from '../src/domain/coach-picks';
import { buildNeighbourIndex, questionTerms } from '../src/domain/neighbour-picks';
import { parseGradedLines } from '../src/domain/ranking-scoring';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('questionTerms', () => {
  it('keeps the words that say something, folded as the topic reader folds them, and each pair of neighbouring words', () => {
    expect(questionTerms('How do I stop the Triangles from closed guard?')).toEqual([
      'stop',
      'triangl',
      'clos',
      'guard',
      'stop triangl',
      'triangl clos',
      'clos guard',
    ]);
  });

  it('reads accented academy names as they are typed without accents', () => {
    expect(questionTerms('mão de vaca')).toEqual(questionTerms('mao de vaca'));
    expect(questionTerms('mão de vaca')).toContain('mao de');
  });

  it('leaves short words and double s alone', () => {
    expect(questionTerms('pass his cross')).toEqual(['pass', 'his', 'cross', 'pass his', 'his cross']);
  });
});

describe('picksNear', () => {
  const index = buildNeighbourIndex([
    { q: 'kimura from half guard', grades: { 'kimura-half': 2, 'kimura-any': 1 } },
    { q: 'kimura from side control', grades: { 'kimura-side': 2 } },
    { q: 'escape mount', grades: { 'mount-escapes': 2 } },
  ]);

  it('shares the picks of the questions worded alike, the closer one counting more', () => {
    const prior = index.picksNear('how do i hit the kimura from half guard');
    expect(prior('kimura-half')).toBeGreaterThan(prior('kimura-side'));
    expect(prior('kimura-side')).toBeGreaterThan(0);
    expect(prior('kimura-any')).toBeCloseTo(prior('kimura-half') * PARTIAL_CREDIT);
    expect(prior('mount-escapes')).toBe(0);
    // shares of one question's full picks: they add up to at most 1
    expect(prior('kimura-half') + prior('kimura-side')).toBeCloseTo(1);
  });

  it('gives nothing to a question that shares no word with any graded one', () => {
    expect(index.picksNear('what gi should i buy')('kimura-half')).toBe(0);
  });

  it('answers a graded question as if it had never been graded', () => {
    const prior = index.picksNear('kimura from half guard', 'kimura from half guard');
    expect(prior('kimura-half')).toBe(0);
    expect(prior('kimura-side')).toBeCloseTo(1);
  });

  it('reads the same question the same way every time', () => {
    const a = index.picksNear('kimura from side control');
    index.picksNear('escape mount');
    const b = index.picksNear('kimura from side control');
    expect(b('kimura-side')).toBe(a('kimura-side'));
    expect(b('kimura-half')).toBe(a('kimura-half'));
  });

  it('listens to the fifteen closest questions only', () => {
    const many = buildNeighbourIndex([
      ...Array.from({ length: 15 }, () => ({ q: 'armbar from mount', grades: { near: 2 } })),
      { q: 'armbar when they stack me in closed guard', grades: { far: 2 } },
    ]);
    const prior = many.picksNear('armbar from mount');
    expect(prior('near')).toBeCloseTo(1);
    expect(prior('far')).toBe(0);
  });
});

describe('the shipped graded questions (data/graded-questions.json)', () => {
  it('are the graded set (else run pnpm fit:coach-picks)', () => {
    const graded = parseGradedLines(readFileSync(path.join(here, 'fixtures/ranking.graded.jsonl'), 'utf8'));
    expect(SHIPPED).toEqual(graded.map((l) => ({ q: l.q, grades: l.grades })));
  });
});

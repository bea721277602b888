import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import SHIPPED from '../src/data/coach-picks.json';
import type { LibraryVideo } from '../src/data/videos';
import {
  coachPickKeys,
  coachPrior,
  PARTIAL_CREDIT,
  tallyCoachPicks,
  tallyGradedSet,
  type Reading,
} from '../src/domain/coach-picks';
import { rankVideos, type RankingInput } from '../src/domain/ranking';
import { parseGradedLines } from '../src/domain/ranking-scoring';

const here = path.dirname(fileURLToPath(import.meta.url));
const reading = (topics: string[], extra: Partial<Reading> = {}): Reading =>
  ({ topics, terms: [], family: null, general: null, ...extra }) as Reading;

describe('coachPickKeys', () => {
  it('keys a reading by each topic, named technique and family, leaving attire out', () => {
    const keys = coachPickKeys(
      reading(['triangle', 'triangle_defense', 'gi'], { terms: ['knee_cut'], family: { label: 'chokes' } as never }),
    );
    expect(keys).toEqual(['T:triangle_defense', 'M:knee_cut', 'F:chokes']);
    expect(coachPickKeys(reading(['triangle', 'closed_guard']))).toEqual(['T:triangle', 'T:closed_guard']);
  });

  it('keys a topic asked defended by its defence alone: coaches hand over other videos for stopping it', () => {
    expect(coachPickKeys(reading(['turtle', 'back_take', 'back_take_defense']))).toEqual([
      'T:turtle',
      'T:back_take_defense',
    ]);
    expect(coachPickKeys(reading(['mount', 'mount_escape']))).toEqual(['T:mount_escape']);
  });

  it('keys a named technique done by the user apart from one stopped: coaches hand over other videos', () => {
    expect(coachPickKeys(reading(['guard_passing'], { terms: ['knee_cut'] }))).toContain('M:knee_cut:attack');
    expect(coachPickKeys(reading(['guard_retention'], { terms: ['knee_cut'] }))).toContain('M:knee_cut');
    expect(coachPickKeys(reading(['guard_passing', 'guard_retention'], { terms: ['knee_cut'] }))).toContain(
      'M:knee_cut',
    );
  });

  it('gives a message that asks no technique no keys: its picks are the fundamentals', () => {
    expect(coachPickKeys(reading(['mount'], { general: { kind: 'gear' } as never }))).toEqual([]);
  });
});

describe('coachPrior', () => {
  const lines: { grades: Record<string, number> }[] = [
    { grades: { a: 2, b: 1 } },
    { grades: { a: 2 } },
    { grades: { c: 2 } },
  ];
  const table = tallyCoachPicks(lines, [reading(['armbar']), reading(['armbar']), reading(['armbar_defense'])]);

  it('credits a handed-over video fully and a partial one in part, smoothed by one question', () => {
    const prior = coachPrior(table, reading(['armbar']));
    expect(prior('a')).toBeCloseTo(2 / 3);
    expect(prior('b')).toBeCloseTo(PARTIAL_CREDIT / 3);
    expect(prior('c')).toBe(0);
  });

  it('averages over the keys of a reading, counting keys nobody graded', () => {
    const prior = coachPrior(table, reading(['armbar', 'kimura', 'mount']));
    expect(prior('a')).toBeCloseTo(2 / 3 / 3);
    expect(coachPrior(table, reading(['kimura', 'armbar_defense', 'mount']))('c')).toBeCloseTo(1 / 2 / 3);
  });

  it('answers a tallied question as if its own grades had never been counted', () => {
    const prior = coachPrior(table, reading(['armbar']), lines[0]!.grades);
    expect(prior('a')).toBeCloseTo(1 / 2);
    expect(prior('b')).toBe(0);
    // the only question under its key: nothing is left
    expect(coachPrior(table, reading(['armbar_defense']), lines[2]!.grades)('c')).toBe(0);
  });
});

describe('the shipped tally (data/coach-picks.json)', () => {
  it('is the tally of the graded set as questions are read today (else run pnpm fit:coach-picks)', () => {
    const graded = parseGradedLines(readFileSync(path.join(here, 'fixtures/ranking.graded.jsonl'), 'utf8'));
    expect(SHIPPED).toEqual(tallyGradedSet(graded));
  });
});

describe('rankVideos with a prior from the graded set', () => {
  const video = (id: string): LibraryVideo => ({
    id,
    title: `Kimura ${id}`,
    instructor: `coach-${id}`,
    topics: ['kimura'],
    belts: ['white', 'blue', 'purple', 'brown', 'black'],
    attire: 'both',
    description: 'The kimura from everywhere.',
    url: `https://example.com/${id}`,
  });
  const library = [
    video('one'),
    video('two'),
    video('three'),
    { ...video('armbar'), topics: ['armbar'] as never, title: 'Armbar', description: 'Armbars.' },
  ];
  const input: RankingInput = {
    topics: ['kimura'],
    belt: null,
    attire: null,
    helpfulInstructors: new Set(),
    rejectedVideoIds: new Set(),
    recentVideoIds: new Set(),
    fundamentals: [],
  };
  // the tally's prior (questions read alike) and the neighbours' (questions worded alike) act alike
  describe.each(['coachPrior', 'neighbourPrior'] as const)('%s', (kind) => {
    const ids = (prior?: (id: string) => number) =>
      rankVideos(library, { ...input, [kind]: prior }).map((r) => r.video.id);

    it('puts the video coaches reach for first among ones that teach the topic alike', () => {
      expect(ids()[0]).toBe('one');
      expect(ids((id) => (id === 'three' ? 0.5 : 0))[0]).toBe('three');
    });

    it('never brings in a video that does not teach what was asked', () => {
      expect(ids((id) => (id === 'armbar' ? 1 : 0))).not.toContain('armbar');
    });
  });
});

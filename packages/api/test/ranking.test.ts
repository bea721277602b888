import { describe, expect, it } from 'vitest';
import type { TopicId } from '../src/data/canonical-topics';
import type { LibraryVideo } from '../src/data/videos';
import { rankVideos, type RankingInput } from '../src/domain/ranking';
import { distinctiveWords } from '../src/domain/title-words';

// A small made-up library: each case below is decided by one rule, so a broken rule fails it.
const video = (id: string, topics: TopicId[], extra: Partial<LibraryVideo> = {}): LibraryVideo => ({
  id,
  title: id,
  instructor: `coach-${id}`,
  topics,
  belts: ['white', 'blue', 'purple', 'brown', 'black'],
  attire: 'both',
  description: `About ${id}.`,
  url: `https://example.com/${id}`,
  ...extra,
});

const library: LibraryVideo[] = [
  video('triangle-basics', ['triangle', 'closed_guard'], { belts: ['white', 'blue'] }),
  video('triangle-advanced', ['triangle'], { belts: ['purple', 'brown', 'black'] }),
  video('triangle-defense', ['triangle_defense', 'triangle']),
  video('triangle-escape-only', ['triangle_defense']),
  video('closed-guard-sweeps', ['closed_guard', 'sweep']),
  video('armbar-gi', ['armbar'], { attire: 'gi' }),
  video('armbar-nogi', ['armbar'], { attire: 'no-gi' }),
  video('armbar-both', ['armbar', 'mount'], { instructor: 'Favourite Coach' }),
  video('fundamentals-1', ['closed_guard', 'mount_escape']),
  video('fundamentals-2', ['guard_passing']),
];

// For the weighting rules: videos that each cover one side of a two-topic question.
const weighted: LibraryVideo[] = [
  video('passing-pressure', ['guard_passing']),
  video('passing-speed', ['guard_passing']),
  video('retention-frames', ['guard_retention']),
  video('kneebar-entries', ['kneebar']),
  video('half-underhook', ['half_guard']),
  video('darce-attacks', ['darce']),
  video('a-spider-sweeps', ['spider_guard', 'sweep']),
  video('passing-spider', ['guard_passing', 'spider_guard']),
  video('darce-1-survival', ['darce', 'darce_defense']),
];

const base: RankingInput = {
  topics: [],
  belt: null,
  attire: null,
  helpfulInstructors: new Set(),
  rejectedVideoIds: new Set(),
  recentVideoIds: new Set(),
  fundamentals: [library[8]!, library[9]!],
};
const ids = (input: Partial<RankingInput>, from = library) =>
  rankVideos(from, { ...base, ...input }).map((r) => r.video.id);

describe('rankVideos', () => {
  it('puts videos covering every asked topic first', () => {
    expect(ids({ topics: ['triangle', 'closed_guard'] })[0]).toBe('triangle-basics');
  });

  it('returns between one and three videos', () => {
    expect(ids({ topics: ['triangle'] })).toHaveLength(3);
    expect(ids({ topics: ['sweep'] })).toEqual(['closed-guard-sweeps']);
  });

  it('prefers the defensive video when the user asks to defend', () => {
    expect(ids({ topics: ['triangle', 'triangle_defense'] })[0]).toBe('triangle-defense');
  });

  it('prefers a video tagged with the technique itself over one only about defending it', () => {
    const ranked = ids({ topics: ['triangle'] });
    expect(ranked.indexOf('triangle-escape-only')).toBe(-1);
  });

  it('keeping guard against passes is the point of "stop people passing my guard", not passing', () => {
    expect(ids({ topics: ['guard_passing', 'guard_retention'] }, weighted)[0]).toBe('retention-frames');
  });

  it('prefers, among equals, a video whose title names what was asked', () => {
    const titled: LibraryVideo[] = [
      video('a-back-basics', ['back_take'], { title: 'Back Take Basics' }),
      video('z-bolo', ['back_take'], { title: 'The Berimbolo System' }),
    ];
    expect(ids({ topics: ['back_take'], queryWords: distinctiveWords("what's a berimbolo") }, titled)[0]).toBe(
      'z-bolo',
    );
  });

  it('answers a query with no known topic from titles that name it before falling back to fundamentals', () => {
    const titled = [...library, video('z-arm-drags', [], { title: 'Master The Move: Arm Drags' })];
    expect(ids({ topics: [], queryWords: distinctiveWords('arm drags') }, titled)).toEqual(['z-arm-drags']);
    expect(ids({ topics: [], queryWords: distinctiveWords('hi') }, titled)).toEqual([
      'fundamentals-1',
      'fundamentals-2',
    ]);
  });

  it('getting out of a guard is passing it', () => {
    expect(ids({ topics: ['spider_guard', 'spider_guard_escape'] }, weighted)).toEqual([
      'passing-spider',
      'passing-pressure',
      'passing-speed',
    ]);
  });

  it('a technique outweighs the position it is done from', () => {
    expect(ids({ topics: ['kneebar', 'half_guard'] }, weighted)[0]).toBe('kneebar-entries');
  });

  it('asked to attack, prefers attacking videos over ones about defending it', () => {
    expect(ids({ topics: ['darce'] }, weighted)).toEqual(['darce-attacks', 'darce-1-survival']);
    expect(ids({ topics: ['darce', 'darce_defense'] }, weighted)[0]).toBe('darce-1-survival');
  });

  it("suits the user's belt when known", () => {
    expect(ids({ topics: ['triangle'], belt: 'brown' })[0]).toBe('triangle-advanced');
    expect(ids({ topics: ['triangle'], belt: 'white' })[0]).toBe('triangle-basics');
  });

  it('honours gi / no-gi named in the query as something to cover', () => {
    expect(ids({ topics: ['armbar', 'no-gi'] })).not.toContain('armbar-gi');
    expect(ids({ topics: ['armbar', 'no-gi'] })[0]).toMatch(/armbar-(nogi|both)/);
  });

  it('leans to the attire the user trains in when the query does not say', () => {
    const ranked = ids({ topics: ['armbar'], attire: 'gi' });
    expect(ranked.indexOf('armbar-gi')).toBeLessThan(ranked.indexOf('armbar-nogi'));
  });

  it('lifts instructors the user marked helpful', () => {
    expect(ids({ topics: ['armbar'], helpfulInstructors: new Set(['Favourite Coach']) })[0]).toBe('armbar-both');
  });

  it('never shows a video the user marked not helpful, even when nothing else fits', () => {
    expect(ids({ topics: ['sweep'], rejectedVideoIds: new Set(['closed-guard-sweeps']) })).not.toContain(
      'closed-guard-sweeps',
    );
  });

  it('avoids videos from recent requests unless nothing else fits', () => {
    expect(ids({ topics: ['armbar'], recentVideoIds: new Set(['armbar-gi', 'armbar-nogi']) })).toEqual(['armbar-both']);
    expect(ids({ topics: ['sweep'], recentVideoIds: new Set(['closed-guard-sweeps']) })).toEqual([
      'closed-guard-sweeps',
    ]);
  });

  it('answers a query with no known topic with the fundamentals', () => {
    expect(ids({ topics: [] })).toEqual(['fundamentals-1', 'fundamentals-2']);
  });

  it('spreads picks across instructors when coverage ties', () => {
    const sameCoach = [
      video('a1', ['kimura'], { instructor: 'X' }),
      video('a2', ['kimura'], { instructor: 'X' }),
      video('b1', ['kimura'], { instructor: 'Y' }),
    ];
    const ranked = rankVideos(sameCoach, { ...base, topics: ['kimura'] }).map((r) => r.video.id);
    expect(ranked.slice(0, 2)).toEqual(['a1', 'b1']);
  });

  it('reports which asked topics each video covers', () => {
    const [first] = rankVideos(library, { ...base, topics: ['triangle', 'closed_guard'] });
    expect(first!.covered).toEqual(['triangle', 'closed_guard']);
  });
});

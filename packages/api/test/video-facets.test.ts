import { describe, expect, it } from 'vitest';
import type { TopicId } from '../src/data/canonical-topics';
import { VIDEO_LIBRARY, type LibraryVideo } from '../src/data/videos';
import { deriveFacets } from '../src/domain/video-facets';

const video = (topics: TopicId[], extra: Partial<LibraryVideo> = {}): LibraryVideo => ({
  id: 'v',
  title: 'Untitled',
  instructor: 'Some Coach',
  topics,
  belts: ['blue'],
  attire: 'both',
  description: 'About it.',
  url: 'https://example.com',
  ...extra,
});

describe('deriveFacets', () => {
  it.each([
    ['the first tag is the subject', video(['kimura', 'side_control'], { description: 'The kimura.' }), 'kimura', 1],
    ['a subject neither title nor description names is less sure', video(['kimura', 'side_control']), 'kimura', 0.85],
    ['a later tag is covered less centrally', video(['kimura', 'side_control', 'half_guard']), 'half_guard', 0.6],
    [
      'a tag the description names is taught, not only touched',
      video(['kimura', 'side_control', 'half_guard'], { description: 'Kimuras from half guard.' }),
      'half_guard',
      0.7,
    ],
    [
      'a tag the title names is nearly the subject',
      video(['kimura', 'half_guard'], { title: 'Half Guard Kimuras' }),
      'half_guard',
      0.9,
    ],
    [
      'a submission from guard in the title is from the closed guard',
      video(['armbar', 'closed_guard'], { title: 'The Armbar from Guard' }),
      'closed_guard',
      0.9,
    ],
  ] as [string, LibraryVideo, string, number][])('strength: %s', (_, v, topic, strength) => {
    expect(deriveFacets(v).strength.get(topic)).toBe(strength);
  });

  it.each([
    ['an attack tag alone teaches the attack', video(['armbar', 'mount']), 'armbar', ['attack']],
    [
      'a defensive tag beside its technique teaches the defence only',
      video(['armbar_defense', 'armbar']),
      'armbar',
      ['defence'],
    ],
    [
      'a description that says both sides teaches both',
      video(['heel_hook', 'heel_hook_defense'], { description: 'Attacking and defending the heel.' }),
      'heel_hook',
      ['attack', 'defence'],
    ],
    ['an escape tag teaches escaping the position', video(['mount_escape', 'mount']), 'mount', ['defence']],
    ['guard retention is the defence of guard passing', video(['guard_retention']), 'guard_passing', ['defence']],
  ] as [string, LibraryVideo, string, string[]][])('sides: %s', (_, v, base, sides) => {
    expect([...(deriveFacets(v).sides.get(base) ?? [])].sort()).toEqual([...sides].sort());
  });

  it('finds named techniques in the title and description', () => {
    const f = deriveFacets(
      video(['back_take'], { title: 'The Berimbolo', description: 'Finishing with the crab ride.' }),
    );
    expect(Object.fromEntries(f.terms)).toEqual({ berimbolo: 1, crab_ride: 0.7 });
  });

  it.each([
    ['older', 'For older or less athletic grapplers.'],
    ['smaller', 'Sweeps that work against bigger opponents.'],
    ['beginner', 'A first course for white belts.'],
  ] as const)('reads whom a video suits from its description: %s', (suit, description) => {
    expect(deriveFacets(video(['half_guard'], { description })).suits.has(suit)).toBe(true);
  });

  it('tells a course from a short lesson, and a specialist from anyone', () => {
    expect(deriveFacets(video(['triangle'], { description: 'A complete triangle system.' })).scope).toBe('course');
    expect(deriveFacets(video(['triangle'], { description: 'A short lesson on the triangle.' })).scope).toBe('lesson');
    expect(deriveFacets(video(['triangle'], { title: 'Triangles by Some Coach' })).scope).toBe('lesson');
    expect(
      deriveFacets(video(['x_guard'], { description: 'X guard from the player who popularised it.' })).specialist,
    ).toBe(true);
  });
});

describe('the library read as facets', () => {
  // The words that say a video teaches the defending or escaping side (passing, for a guard).
  const DEFENSIVE_WORDS =
    /\b(escap\w*|defen[cs]\w*|defend\w*|stop\w*|surviv\w*|counter\w*|get(ting)? out|retention|keep(ing)? (the|your) guard|prevent\w*|safe\w*|sprawl\w*|pass\w*)\b/i;

  it('every defensive tag is supported by the title or description', () => {
    const unsupported = VIDEO_LIBRARY.filter(
      (v) =>
        v.topics.some((t) => t.endsWith('_defense') || t.endsWith('_escape') || t === 'guard_retention') &&
        !DEFENSIVE_WORDS.test(`${v.title} ${v.description}`),
    ).map((v) => v.id);
    expect(unsupported).toEqual([]);
  });

  it('every video teaches at least one side of its subject', () => {
    for (const v of VIDEO_LIBRARY) {
      const f = deriveFacets(v);
      const subject = v.topics[0]!.replace(/_(defense|escape)$/, '');
      const base = v.topics[0] === 'guard_retention' ? 'guard_retention' : subject;
      expect(f.sides.get(base)?.size ?? 0, v.id).toBeGreaterThan(0);
    }
  });
});

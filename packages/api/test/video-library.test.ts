import { describe, expect, it } from 'vitest';
import {
  POSITIONS,
  TECHNIQUES,
  defenseTopicOf,
  escapeTopicOf,
  isCanonicalTopic,
  type Position,
  type Technique,
  type TopicId,
} from '../src/data/canonical-topics';
import { RETIRED_VIDEO_IDS } from '../src/data/retired-videos';
import { VIDEO_LIBRARY, youtubeSearchUrl, type Belt } from '../src/data/videos';

const BELTS: readonly Belt[] = ['white', 'blue', 'purple', 'brown', 'black'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const videosWith = (topic: TopicId) => VIDEO_LIBRARY.filter((v) => v.topics.includes(topic));

describe('VIDEO_LIBRARY', () => {
  it('has at least 150 videos', () => {
    expect(VIDEO_LIBRARY.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique kebab-case ids', () => {
    const bad = VIDEO_LIBRARY.filter((v) => !KEBAB.test(v.id)).map((v) => v.id);
    expect(bad).toEqual([]);
    const ids = VIDEO_LIBRARY.map((v) => v.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('never reuses a retired id: stored engagements may still point at it', () => {
    const ids = new Set(VIDEO_LIBRARY.map((v) => v.id));
    expect(RETIRED_VIDEO_IDS.filter((id) => ids.has(id))).toEqual([]);
    expect(new Set(RETIRED_VIDEO_IDS).size).toBe(RETIRED_VIDEO_IDS.length);
  });

  it('holds no title that could not be placed', () => {
    const unplaced = VIDEO_LIBRARY.filter((v) => /master the move|down under leg/i.test(v.title)).map((v) => v.id);
    expect(unplaced).toEqual([]);
  });

  it('has no duplicate title + instructor pair', () => {
    const keys = VIDEO_LIBRARY.map((v) => `${v.title.toLowerCase()}|${v.instructor.toLowerCase()}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('has non-empty title, instructor and a short plain description on every video', () => {
    for (const v of VIDEO_LIBRARY) {
      expect(v.title.trim(), v.id).not.toBe('');
      expect(v.instructor.trim(), v.id).not.toBe('');
      expect(v.description.trim().length, v.id).toBeGreaterThan(10);
      expect(v.description.length, v.id).toBeLessThanOrEqual(300);
    }
  });

  it('uses only canonical topics, at least one per video, none repeated', () => {
    for (const v of VIDEO_LIBRARY) {
      expect(v.topics.length, v.id).toBeGreaterThan(0);
      expect(
        v.topics.filter((t) => !isCanonicalTopic(t)),
        v.id,
      ).toEqual([]);
      expect(new Set(v.topics).size, v.id).toBe(v.topics.length);
    }
  });

  it('covers every technique and position in at least 3 videos', () => {
    const thin = [...TECHNIQUES, ...POSITIONS]
      .map((t) => ({ topic: t, count: videosWith(t).length }))
      .filter((r) => r.count < 3);
    expect(thin).toEqual([]);
  });

  it('covers defending the commonly defended techniques', () => {
    const defended: Technique[] = [
      'triangle',
      'armbar',
      'kimura',
      'guillotine',
      'darce',
      'rear_naked_choke',
      'heel_hook',
      'arm_triangle',
      'omoplata',
      'americana',
      'straight_ankle_lock',
      'takedown',
      'anaconda',
      'kneebar',
      'back_take',
    ];
    const missing = defended.map(defenseTopicOf).filter((t) => videosWith(t).length < 1);
    expect(missing).toEqual([]);
    expect(videosWith('guard_retention').length).toBeGreaterThanOrEqual(15);
  });

  it('covers escaping the commonly escaped positions in at least 2 videos', () => {
    const escaped: Position[] = [
      'mount',
      'side_control',
      'back_control',
      'turtle',
      'knee_on_belly',
      'north_south',
      'half_guard',
      'closed_guard',
    ];
    const thin = escaped.map(escapeTopicOf).filter((t) => videosWith(t).length < 2);
    expect(thin).toEqual([]);
  });

  it('represents gi and no-gi well', () => {
    const count = (a: string) => VIDEO_LIBRARY.filter((v) => v.attire === a).length;
    expect(count('gi')).toBeGreaterThanOrEqual(40);
    expect(count('no-gi')).toBeGreaterThanOrEqual(40);
    expect(count('both')).toBeGreaterThanOrEqual(20);
    expect(VIDEO_LIBRARY.every((v) => ['gi', 'no-gi', 'both'].includes(v.attire))).toBe(true);
  });

  it('has valid, non-empty, unique belts on every video', () => {
    for (const v of VIDEO_LIBRARY) {
      expect(v.belts.length, v.id).toBeGreaterThan(0);
      expect(
        v.belts.filter((b) => !BELTS.includes(b)),
        v.id,
      ).toEqual([]);
      expect(new Set(v.belts).size, v.id).toBe(v.belts.length);
    }
  });

  it('has plenty for beginners and for advanced belts', () => {
    expect(VIDEO_LIBRARY.filter((v) => v.belts.includes('white')).length).toBeGreaterThanOrEqual(60);
    expect(VIDEO_LIBRARY.filter((v) => v.belts.includes('black')).length).toBeGreaterThanOrEqual(30);
    // A few broad beginner game plans (fundamentals pick when a query names nothing specific).
    const broad = VIDEO_LIBRARY.filter(
      (v) =>
        v.belts.includes('white') &&
        v.topics.length >= 4 &&
        v.topics.some((t) => t.endsWith('_escape')) &&
        v.topics.some((t) => t === 'closed_guard' || t === 'guard_passing'),
    );
    expect(broad.length).toBeGreaterThanOrEqual(2);
  });

  it('links every video to a YouTube search for its title and instructor', () => {
    for (const v of VIDEO_LIBRARY) {
      const url = new URL(v.url);
      expect(url.origin + url.pathname, v.id).toBe('https://www.youtube.com/results');
      expect([...url.searchParams.keys()], v.id).toEqual(['search_query']);
      const query = url.searchParams.get('search_query') ?? '';
      expect(query, v.id).toContain(v.title);
      expect(query, v.id).toContain(v.instructor);
      expect(v.url, v.id).toBe(youtubeSearchUrl(v.title, v.instructor));
    }
  });
});

describe('fundamentals', () => {
  it('every curated fundamentals id is a library video suited to that belt', async () => {
    const { FUNDAMENTALS_BY_BELT } = await import('../src/data/fundamentals');
    const byId = new Map(VIDEO_LIBRARY.map((v) => [v.id, v]));
    for (const [belt, ids] of Object.entries(FUNDAMENTALS_BY_BELT)) {
      expect(ids.length).toBeGreaterThanOrEqual(3);
      for (const id of ids) {
        expect(byId.has(id), id).toBe(true);
        expect(byId.get(id)!.belts, `${id} for ${belt}`).toContain(belt);
      }
    }
  });

  it('an attire the user trains in keeps the other one out and brings its own first courses', async () => {
    const { NO_GI_FUNDAMENTALS, fundamentalsFor } = await import('../src/data/fundamentals');
    const byId = new Map(VIDEO_LIBRARY.map((v) => [v.id, v]));
    for (const id of NO_GI_FUNDAMENTALS) expect(byId.get(id)?.attire, id).toBe('no-gi');
    const noGi = fundamentalsFor('white', null, 'no-gi');
    expect(noGi.map((v) => v.id).slice(0, NO_GI_FUNDAMENTALS.length)).toEqual(NO_GI_FUNDAMENTALS);
    expect(noGi.filter((v) => v.attire === 'gi')).toEqual([]);
    expect(fundamentalsFor('white', null, 'gi').filter((v) => v.attire === 'no-gi')).toEqual([]);
    expect(fundamentalsFor('white').some((v) => v.attire === 'gi')).toBe(true);
  });
});

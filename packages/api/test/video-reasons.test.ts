import { describe, expect, it } from 'vitest';
import type { TopicId } from '../src/data/canonical-topics';
import { VIDEO_LIBRARY, type LibraryVideo } from '../src/data/videos';
import { rankVideos, type RankedVideo } from '../src/domain/ranking';
import { videoReason } from '../src/domain/video-reasons';

const video = (overrides: Partial<LibraryVideo>): LibraryVideo => ({
  id: 'v',
  title: 'Untitled',
  instructor: 'Some Coach',
  topics: ['closed_guard'],
  belts: ['white', 'blue'],
  attire: 'both',
  description: 'About it.',
  url: 'https://example.com',
  ...overrides,
});
const ranked = (v: LibraryVideo, extra: Partial<RankedVideo> = {}): RankedVideo => ({
  video: v,
  covered: [],
  terms: [],
  side: null,
  suits: [],
  general: false,
  family: null,
  helpfulInstructor: false,
  beltFit: false,
  attireFit: false,
  titleMatch: false,
  ...extra,
});
const covering = (v: LibraryVideo, covered: TopicId[], extra: Partial<RankedVideo> = {}) =>
  videoReason(ranked(v, { covered, ...extra }), null);

describe('videoReason: how the video fits this question', () => {
  it.each([
    [
      'an attack, from where it is asked',
      video({
        title: 'Kimura from Half Guard',
        topics: ['kimura', 'half_guard'],
        description: 'Kimura entries from half guard.',
      }),
      ['kimura', 'half_guard'],
      'Teaches the kimura from half guard — kimura entries from half guard.',
    ],
    [
      'the defence, for a defence question',
      video({ topics: ['armbar_defense', 'armbar'], description: 'Escaping armbars before they are locked.' }),
      ['armbar', 'armbar_defense'],
      'Teaches defending the armbar — escaping armbars before they are locked.',
    ],
    [
      'keeping the guard, for "they pass my guard"',
      video({ topics: ['guard_retention'], description: 'Guard retention against the main passes.' }),
      ['guard_retention'],
      'Teaches keeping your guard — guard retention against the main passes.',
    ],
    [
      "getting past someone's guard",
      video({ topics: ['guard_passing', 'spider_guard_escape'], description: 'Passing the spider guard.' }),
      ['spider_guard_escape'],
      'Teaches getting past spider guard — passing the spider guard.',
    ],
  ] as [string, LibraryVideo, TopicId[], string][])('names %s', (_, v, covered, expected) => {
    expect(covering(v, covered)).toBe(expected);
  });

  it('says when an attacking course answers a defence question, instead of claiming it covers the defence', () => {
    const reason = covering(
      video({ topics: ['armbar'], description: 'Armbar finishes from everywhere.' }),
      ['armbar', 'armbar_defense'],
      {
        side: 'attack',
      },
    );
    expect(reason).toBe(
      'Teaches the attacking side of the armbar, which shows you what to defend — armbar finishes from everywhere.',
    );
    expect(reason).not.toMatch(/defending the armbar|defen[cs]e —/);
  });

  it('claims only topics the title or description names, never a tag alone', () => {
    const v = video({
      topics: ['closed_guard', 'omoplata'],
      title: 'Closed Guard Basics',
      description: 'Posture breaking from closed guard.',
    });
    const reason = covering(v, ['omoplata']);
    expect(reason).not.toMatch(/omoplata/);
    expect(reason).toBe('Close to what you asked — posture breaking from closed guard.');
  });

  it('names a named technique rather than the topic it belongs to', () => {
    const v = video({
      title: 'The Berimbolo',
      topics: ['back_take', 'de_la_riva'],
      description: 'The berimbolo from de la Riva.',
    });
    expect(covering(v, ['back_take'], { terms: ['berimbolo'] })).toBe(
      'Teaches the berimbolo — the berimbolo from de la Riva.',
    );
  });

  it('lets a named technique name its own place', () => {
    const v = video({
      title: 'Turtle Breakdowns',
      topics: ['turtle'],
      description: 'How to break down an opponent in turtle.',
    });
    expect(covering(v, ['turtle'], { terms: ['turtle_breakdown'] })).toBe(
      'Teaches breaking down the turtle — how to break down an opponent in turtle.',
    );
  });

  it('says a general pick is general, never "named for what you asked"', () => {
    const reason = videoReason(ranked(video({ description: 'A beginner map of jiu jitsu.' }), { general: true }), null);
    expect(reason).toBe('A general pick, not tied to one technique — a beginner map of jiu jitsu.');
    for (const v of VIDEO_LIBRARY) expect(videoReason(ranked(v, { general: true }), null)).not.toMatch(/named for/i);
  });

  it('answers a family question with the family when no single member is named', () => {
    const v = video({ topics: ['turtle', 'loop_choke'], description: 'The main gi strangles.' });
    expect(covering(v, [], { family: 'chokes' })).toBe('Teaches chokes — the main gi strangles.');
  });

  it('adds how the video fits the user: attire, constraint, belt, an instructor they found helpful', () => {
    const v = video({
      topics: ['mount_escape'],
      attire: 'gi',
      instructor: 'Gordon Ryan',
      description: 'Mount escapes.',
    });
    expect(
      videoReason(
        ranked(v, { covered: ['mount_escape', 'gi'], suits: ['smaller'], beltFit: true, helpfulInstructor: true }),
        'white',
      ),
    ).toBe(
      'Teaches escaping mount — mount escapes (gi specific, made to work against bigger opponents, pitched right for a white belt, you found Gordon Ryan helpful before).',
    );
  });
});

describe('videoReason: the description', () => {
  it('never quotes what the user ruled out: the angle stops before it, or is left out', () => {
    const headlock = video({
      id: 'headlock-reason-test',
      title: 'Attacking the Front Headlock',
      topics: ['guillotine', 'darce', 'anaconda'],
      description: 'Front headlock control and its attacks: guillotines, darces, anacondas and go-behinds.',
    });
    const reason = (ruledOut: TopicId[]) => videoReason(ranked(headlock, { covered: ['guillotine'] }), null, ruledOut);
    expect(reason([])).toMatch(/darces/);
    expect(reason(['darce'])).toBe('Teaches the guillotine — front headlock control and its attacks: guillotines…');
    expect(reason(['guillotine'])).toBe('Teaches the guillotine — front headlock control and its attacks.');
    const darceOnly = video({
      id: 'darce-reason-test',
      topics: ['darce'],
      description: 'Darce chokes from everywhere.',
    });
    expect(videoReason(ranked(darceOnly, { covered: ['darce'] }), null, ['darce'])).toBe('Teaches the darce.');
  });

  it('keeps names capitalised and long descriptions to one short clause', () => {
    const general = (description: string) => videoReason(ranked(video({ description }), { general: true }), null);
    expect(
      general(
        "Danaher's back system built around the straight jacket: getting to the back, keeping it and finishing with the rear naked choke, for grapplers who struggle to finish.",
      ),
    ).toBe("A general pick, not tied to one technique — Danaher's back system built around the straight jacket.");
    expect(general('Saulo Ribeiro on survival first.')).toBe(
      'A general pick, not tied to one technique — Saulo Ribeiro on survival first.',
    );
    expect(general('The Gracie University beginner curriculum.')).toBe(
      'A general pick, not tied to one technique — the Gracie University beginner curriculum.',
    );
    const long = general(`A ${'very '.repeat(40)}long sentence without any clause break at all.`);
    expect(long.length).toBeLessThan(160);
    expect(long).toMatch(/…$/);
  });

  it('gives different reasons to different videos on the same question', () => {
    const reasons = rankVideos(VIDEO_LIBRARY, {
      topics: ['guard_passing'],
      belt: 'blue',
      attire: null,
      helpfulInstructors: new Set(),
      rejectedVideoIds: new Set(),
      recentVideoIds: new Set(),
      fundamentals: [],
    }).map((r) => videoReason(r, 'blue'));
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('every video in the library gets a one-line reason for its own subject', () => {
    for (const v of VIDEO_LIBRARY) {
      const reason = videoReason(ranked(v, { covered: [v.topics[0]!] }), 'purple');
      expect(reason.length, reason).toBeLessThan(240);
      expect(reason).not.toMatch(/\n/);
    }
  });
});

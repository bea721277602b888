import { describe, expect, it } from 'vitest';
import { VIDEO_LIBRARY, type LibraryVideo } from '../src/data/videos';
import { videoReason } from '../src/domain/video-reasons';

const video = (overrides: Partial<LibraryVideo>): LibraryVideo => ({ ...VIDEO_LIBRARY[0]!, ...overrides });
const ranked = (
  v: LibraryVideo,
  covered: string[] = [],
  extra: { helpfulInstructor?: boolean; beltFit?: boolean; titleMatch?: boolean } = {},
) => ({
  video: v,
  covered: covered as LibraryVideo['topics'][number][],
  helpfulInstructor: false,
  beltFit: false,
  attireFit: false,
  titleMatch: false,
  ...extra,
});

describe('videoReason', () => {
  it('says what the video covers of the question and what this video in particular brings', () => {
    const v = video({ description: 'Front, side, reverse and rear triangles and how to enter them. For everyone.' });
    expect(videoReason(ranked(v, ['triangle', 'triangle_defense']), null)).toBe(
      'Covers triangle and triangle defense — front, side, reverse and rear triangles and how to enter them.',
    );
  });

  it('gives different reasons to different videos on the same topic', () => {
    const reasons = VIDEO_LIBRARY.filter((v) => v.topics.includes('guard_passing'))
      .slice(0, 3)
      .map((v) => videoReason(ranked(v, ['guard_passing']), 'blue'));
    expect(new Set(reasons).size).toBe(3);
  });

  it('keeps names capitalised and long descriptions to one short clause', () => {
    expect(
      videoReason(
        ranked(
          video({
            description:
              "Danaher's back system built around the straight jacket: getting to the back, keeping it and finishing with the rear naked choke, for grapplers who struggle to finish.",
          }),
        ),
        null,
      ),
    ).toBe("A fundamentals pick — Danaher's back system built around the straight jacket.");
    expect(videoReason(ranked(video({ description: 'Saulo Ribeiro on survival first.' })), null)).toBe(
      'A fundamentals pick — Saulo Ribeiro on survival first.',
    );
    expect(videoReason(ranked(video({ description: 'The Gracie University beginner curriculum.' })), null)).toBe(
      'A fundamentals pick — the Gracie University beginner curriculum.',
    );
    const long = videoReason(
      ranked(video({ description: `A ${'very '.repeat(40)}long sentence without any clause break at all.` })),
      null,
    );
    expect(long.length).toBeLessThan(150);
    expect(long).toMatch(/…$/);
  });

  it('adds how the video fits the user: belt, an instructor they found helpful', () => {
    const reason = videoReason(
      ranked(video({ description: 'Escapes.', instructor: 'Gordon Ryan' }), ['mount_escape'], {
        beltFit: true,
        helpfulInstructor: true,
      }),
      'white',
    );
    expect(reason).toBe(
      'Covers escaping mount — escapes (pitched right for a white belt, you found Gordon Ryan helpful before).',
    );
  });

  it("getting out of someone's guard reads as getting past it", () => {
    expect(videoReason(ranked(video({ description: 'Passing it.' }), ['spider_guard_escape']), null)).toBe(
      'Covers getting past spider guard — passing it.',
    );
  });

  it('a video found by its title says so instead of calling itself a fundamentals pick', () => {
    expect(
      videoReason(ranked(video({ description: 'Arm drags from every guard.' }), [], { titleMatch: true }), null),
    ).toBe('Named for what you asked — arm drags from every guard.');
  });

  it('every video in the library gets a one-line reason', () => {
    for (const v of VIDEO_LIBRARY) {
      const reason = videoReason(ranked(v, [v.topics[0]!]), 'purple');
      expect(reason.length, reason).toBeLessThan(220);
      expect(reason).not.toMatch(/\n/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { TopicId } from '../src/data/canonical-topics';
import type { LibraryVideo } from '../src/data/videos';
import { rankVideos, type RankingInput } from '../src/domain/ranking';
import { distinctiveWords } from '../src/domain/title-words';

// A small made-up library: each case below is decided by one rule, so a broken rule fails it. What
// a video teaches is read from its tags, title and description, as for the real library.
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
  video('triangle-defense', ['triangle_defense', 'triangle'], { description: 'Escaping the triangle.' }),
  video('closed-guard-sweeps', ['closed_guard', 'sweep']),
  video('armbar-gi', ['armbar'], { attire: 'gi' }),
  video('armbar-nogi', ['armbar'], { attire: 'no-gi' }),
  video('armbar-both', ['armbar', 'mount'], { instructor: 'Favourite Coach' }),
  video('fundamentals-1', ['closed_guard', 'mount_escape']),
  video('fundamentals-2', ['guard_passing']),
];

const base: RankingInput = {
  topics: [],
  belt: null,
  attire: null,
  helpfulInstructors: new Set(),
  rejectedVideoIds: new Set(),
  recentVideoIds: new Set(),
  fundamentals: [library[7]!, library[8]!],
};
const ids = (input: Partial<RankingInput>, from: readonly LibraryVideo[] = library) =>
  rankVideos(from, { ...base, ...input }).map((r) => r.video.id);

describe('rankVideos: what answers the question', () => {
  it('puts videos covering every asked topic first', () => {
    expect(ids({ topics: ['triangle', 'closed_guard'] })[0]).toBe('triangle-basics');
  });

  it('reports which asked topics each video covers', () => {
    const [first] = rankVideos(library, { ...base, topics: ['triangle', 'closed_guard'] });
    expect(first!.covered).toEqual(['triangle', 'closed_guard']);
  });

  it.each([
    // Two videos teach the triangle: a third that only shares the guard is not added to fill the slot.
    [
      'only the videos that answer well, even if that is fewer than three',
      ['triangle'],
      ['triangle-advanced', 'triangle-basics'],
    ],
    ['one when only one fits', ['sweep'], ['closed-guard-sweeps']],
  ] as [string, TopicId[], string[]][])('returns %s', (_, topics, expected) => {
    expect(ids({ topics }).sort()).toEqual([...expected].sort());
  });

  it('answers a named technique the taxonomy has no id for with the videos that name it', () => {
    const named = [
      video('a-back-takes', ['back_take'], { title: 'Back Take Basics' }),
      video('z-bolo', ['back_take', 'de_la_riva'], { title: 'The Berimbolo System' }),
    ];
    expect(ids({ topics: ['back_take'], terms: ['berimbolo'] }, named)).toEqual(['z-bolo']);
    expect(
      ids({ topics: [], terms: ['arm_drag'] }, [...library, video('z-drags', ['back_take'], { title: 'Arm Drags' })]),
    ).toEqual(['z-drags']);
  });

  it('never takes a word shared with a title for relevance: a question it cannot tie to a technique gets one general pick', () => {
    const titled = [...library, video('security-guard', ['open_guard'], { title: 'Security Guard Stories' })];
    const ranked = rankVideos(titled, { ...base, topics: [], queryWords: distinctiveWords('my security guard job') });
    expect(ranked.map((r) => r.video.id)).toEqual(['fundamentals-1']);
    expect(ranked[0]!.general).toBe(true);
  });

  it('answers a message that asks no technique with one general video', () => {
    const ranked = rankVideos(library, { ...base, topics: ['gi'], general: true });
    expect(ranked).toHaveLength(1);
    expect(ranked[0]!.general).toBe(true);
  });

  it('answers a question of what to study with up to three fundamentals, still said to be general', () => {
    const ranked = rankVideos(library, { ...base, topics: [], study: true });
    expect(ranked.length).toBeGreaterThan(1);
    expect(ranked.every((r) => r.general)).toBe(true);
    expect(rankVideos(library, { ...base, topics: [], study: true, general: true })).toHaveLength(1);
  });

  it('answers a general question with what coaches handed over for questions worded alike, beside the fundamentals', () => {
    // "getting smashed every roll": coaches hand over a survival course the curated fundamentals do not hold
    const survival = (id: string) => (id === 'closed-guard-sweeps' ? 1 : 0);
    const study = { ...base, topics: [], study: true, neighbourPrior: survival };
    expect(ids(study)[0]).toBe('closed-guard-sweeps');
    expect(ids({ ...study, general: true })).toEqual(['closed-guard-sweeps']);
    expect(ids({ ...base, topics: [], study: true })).not.toContain('closed-guard-sweeps');
  });

  it('answers a family question from the family, and a family beside a place from both', () => {
    const chokes: TopicId[] = ['rear_naked_choke', 'cross_collar_choke', 'bow_and_arrow'];
    const lib = [
      video('rnc', ['rear_naked_choke', 'back_control']),
      video('back-holds', ['back_control']),
      video('collar-chokes', ['cross_collar_choke', 'closed_guard']),
    ];
    expect(ids({ topics: [], familyTopics: chokes }, lib).sort()).toEqual(['collar-chokes', 'rnc']);
    expect(ids({ topics: ['back_control'], familyTopics: chokes }, lib)[0]).toBe('rnc');
  });

  it("never lets coaches' picks for alike questions carry a video that teaches only the other side", () => {
    const lib = [
      video('guillotine-attacks', ['guillotine'], { description: 'Finishing the guillotine.' }),
      video('guillotine-escape', ['guillotine_defense', 'guillotine'], { description: 'Escaping the guillotine.' }),
    ];
    const favoured = (id: string) => (id === 'guillotine-escape' ? 1 : 0);
    expect(ids({ topics: ['guillotine'], neighbourPrior: favoured }, lib)[0]).toBe('guillotine-attacks');
    // asked defended, the same picks lead
    expect(ids({ topics: ['guillotine', 'guillotine_defense'], neighbourPrior: favoured }, lib)[0]).toBe(
      'guillotine-escape',
    );
  });

  it("keeps a family's other members when coaches favour one of them", () => {
    const chokes: TopicId[] = ['rear_naked_choke', 'cross_collar_choke', 'ezekiel'];
    const lib = [
      video('rnc', ['rear_naked_choke']),
      video('collar-chokes', ['cross_collar_choke']),
      video('ezekiel', ['ezekiel']),
    ];
    const favoured = (id: string) => (id === 'rnc' ? 1 : 0);
    const family = { topics: [], familyTopics: chokes, coachPrior: favoured };
    expect(ids(family, lib)[0]).toBe('rnc');
    expect(ids(family, lib)).toHaveLength(3);
    // a single topic asked keeps its floor: the favoured answer is not padded with weak ones
    const single = { topics: ['rear_naked_choke' as TopicId], coachPrior: favoured };
    expect(ids(single, [...lib, video('back', ['back_control'])])).toEqual(['rnc']);
  });

  it('weighs a named technique over the topic it belongs to', () => {
    const lib = [
      video('back-takes', ['back_take'], { title: 'Back Takes', description: 'Taking the back, and the twister.' }),
      video('twister', ['side_control', 'mount', 'turtle', 'back_take'], { title: 'The Twister' }),
    ];
    expect(ids({ topics: ['back_take'], terms: ['twister'] }, lib)[0]).toBe('twister');
  });

  it('answers a broad question with a video on all of it before one named for a narrower part', () => {
    const lib = [
      video('a-half', ['guard_passing', 'half_guard'], { title: 'Half Guard Passing' }),
      video('b-all', ['guard_passing'], { title: 'Guard Passing Fundamentals' }),
      video('c-knee-cut', ['guard_passing'], { title: 'Guard Passing: the Knee Cut' }),
    ];
    expect(ids({ topics: ['guard_passing'] }, lib)).toEqual(['b-all', 'c-knee-cut', 'a-half']);
  });

  it('takes the position a movement leads to as where it ends, not a second subject', () => {
    const lib = [
      video('a-chair-sit', ['back_take', 'back_control', 'mount', 'turtle']),
      video('b-from-turtle', ['back_take', 'turtle'], { title: 'Back Takes From Turtle' }),
    ];
    expect(ids({ topics: ['back_take', 'turtle', 'back_control'] }, lib)[0]).toBe('b-from-turtle');
  });

  it("reads a guard named beside keeping guard as the user's own guard, not one to pass", () => {
    const lib = [
      video('a-spider-pass', ['guard_retention', 'guard_passing', 'spider_guard'], { title: 'Passing Spider Guard' }),
      video('b-spider-play', ['spider_guard', 'guard_retention'], { title: 'Spider Guard Retention' }),
    ];
    expect(ids({ topics: ['guard_passing', 'guard_retention', 'spider_guard'] }, lib)[0]).toBe('b-spider-play');
  });

  it('answers keeping guard against a named pass with the retention that answers its kind of pass', () => {
    const lib = [
      video('a-close-retention', ['guard_retention'], {
        title: 'Retention Close Range',
        description: 'Guard retention against passes that cut through the legs, such as the knee cut.',
      }),
      video('b-general-retention', ['guard_retention'], { description: 'Keeping your guard.' }),
      video('c-around-retention', ['guard_retention'], {
        title: 'Retention Around',
        description: 'Guard retention for when the passer is getting around your legs.',
      }),
      video('d-leg-drag-course', ['guard_passing'], { title: 'Leg Drag Passing', description: 'The leg drag pass.' }),
    ];
    const asked = { topics: ['guard_retention', 'guard_passing'] as TopicId[] };
    const legDrag = ids({ ...asked, terms: ['leg_drag'] }, lib);
    expect(legDrag.slice(0, 2)).toEqual(['c-around-retention', 'b-general-retention']);
    expect(legDrag).not.toContain('d-leg-drag-course');
    expect(ids({ ...asked, terms: ['knee_cut'] }, lib)[0]).toBe('a-close-retention');
    expect(ids({ ...asked, terms: [], queryWords: new Set(['stack']) }, lib)).not.toContain('d-leg-drag-course');
  });

  it('weighs an intent that only says when the attack is wanted as context', () => {
    const lib = [
      video('a-takedown-defense', ['takedown_defense', 'takedown'], { description: 'Stopping takedowns.' }),
      video('b-guillotine', ['guillotine']),
    ];
    const topics: TopicId[] = ['guillotine', 'takedown', 'takedown_defense'];
    expect(ids({ topics, moment: ['takedown_defense'] }, lib)[0]).toBe('b-guillotine');
  });

  it('weighs the risk an attack is to avoid as context: the attack is the subject', () => {
    const lib = [
      video('a-guillotine', ['guillotine'], { title: 'Guillotine' }),
      video('b-guillotine-defense', ['guillotine_defense', 'guillotine'], { description: 'Escaping the guillotine.' }),
      video('c-takedowns', ['takedown'], { title: 'Takedowns' }),
    ];
    const topics: TopicId[] = ['takedown', 'guillotine', 'guillotine_defense'];
    expect(ids({ topics, moment: ['guillotine_defense'] }, lib)[0]).toBe('c-takedowns');
  });

  it('lets several risks share one context weight: the attack asked stays the subject', () => {
    const lib = [
      video('a-heel-hooks', ['heel_hook', 'straight_ankle_lock'], { title: 'Heel Hooks' }),
      video('b-passing', ['guard_passing', 'butterfly_guard'], { title: 'Passing' }),
    ];
    const topics: TopicId[] = [
      'guard_passing',
      'butterfly_guard',
      'sweep',
      'sweep_defense',
      'heel_hook',
      'heel_hook_defense',
      'straight_ankle_lock',
      'straight_ankle_lock_defense',
    ];
    const moment: TopicId[] = ['sweep_defense', 'heel_hook_defense', 'straight_ankle_lock_defense'];
    expect(ids({ topics, moment }, lib)[0]).toBe('b-passing');
  });

  it('answers a named technique ruled out of a topic with a video named for another of its kind', () => {
    const lib = [
      video('a-passing-course', ['guard_passing'], { title: 'Guard Passing', description: 'Passing the guard.' }),
      video('b-leg-drag', ['guard_passing'], { title: 'The Leg Drag', description: 'The leg drag pass.' }),
    ];
    expect(ids({ topics: ['guard_passing'], excludedTerms: ['knee_cut'] }, lib)[0]).toBe('b-leg-drag');
    expect(ids({ topics: ['guard_passing'] }, lib)[0]).toBe('a-passing-course');
  });

  it('takes no pass of the kind ruled out for an alternative', () => {
    const lib = [
      video('a-smash', ['guard_passing'], { title: 'The Smash Pass', description: 'The smash pass.' }),
      video('b-toreando', ['guard_passing'], { title: 'Toreando', description: 'The toreando pass.' }),
    ];
    expect(ids({ topics: ['guard_passing'], excludedTerms: ['pressure_passing'] }, lib)[0]).toBe('b-toreando');
  });

  it('prefers a video made for the attire insisted on when the other is ruled out', () => {
    const lib = [
      video('a-both', ['guard_retention'], { title: 'Guard Retention', attire: 'both' }),
      video('b-nogi', ['guard_retention'], { title: 'Guard Retention', attire: 'no-gi' }),
    ];
    // an instructor the user found helpful outweighs the attire named, but not the attire insisted on
    const asked = { topics: ['guard_retention', 'no-gi'] as TopicId[], helpfulInstructors: new Set(['coach-a-both']) };
    expect(ids(asked, lib)[0]).toBe('a-both');
    expect(ids({ ...asked, excluded: ['gi'] }, lib)[0]).toBe('b-nogi');
  });

  it('answers a family asked "from top" with videos taught from the top positions', () => {
    const lib = [
      video('a-subs', ['armbar', 'triangle', 'guillotine'], { title: 'Submissions' }),
      video('b-mount-attacks', ['mount', 'armbar', 'americana'], { title: 'Mount Attacks' }),
    ];
    const chokesAndLocks: TopicId[] = ['armbar', 'triangle', 'guillotine', 'americana'];
    expect(ids({ topics: [], familyTopics: chokesAndLocks }, lib)[0]).toBe('a-subs');
    expect(ids({ topics: [], familyTopics: chokesAndLocks, fromTop: true }, lib)[0]).toBe('b-mount-attacks');
  });

  it('answers takedowns with the shots ruled out by the upper body', () => {
    const lib = [
      video('a-legs', ['takedown'], { title: 'Takedowns', description: 'The single leg and the double leg.' }),
      video('b-upper', ['takedown'], { title: 'Takedowns', description: 'Takedowns from upper body ties.' }),
    ];
    const ruledOut = ['leg_shot', 'single_leg', 'double_leg', 'ankle_pick'];
    expect(ids({ topics: ['takedown'], excludedTerms: ruledOut }, lib)).toEqual(['b-upper']);
  });

  it('answers takedowns in the gi with throws too, whatever else is named', () => {
    const thrown = ids({ topics: ['takedown', 'gi'], terms: ['collar_sleeve'] }, [
      video('a-wrestling', ['takedown'], { title: 'Takedowns', attire: 'no-gi' }),
      video('b-judo-throw', ['throw', 'takedown'], { title: 'Osoto Gari', attire: 'gi', description: 'A judo throw.' }),
    ]);
    expect(thrown[0]).toBe('b-judo-throw');
  });

  it('answers takedowns in the gi with throws too', () => {
    const lib = [
      video('a-wrestling', ['takedown'], { title: 'Takedowns', attire: 'no-gi' }),
      video('b-judo-throw', ['throw', 'takedown'], { title: 'Osoto Gari', attire: 'gi', description: 'A judo throw.' }),
      video('c-leg-shot', ['takedown'], { title: 'Leg Shots' }),
    ];
    expect(ids({ topics: ['takedown', 'gi'] }, lib)[0]).toBe('b-judo-throw');
  });

  it('starts a series at its first part', () => {
    const lib = [
      video('a-part-2', ['armbar'], { title: 'Armbar System Part 2' }),
      video('b-part-1', ['armbar'], { title: 'Armbar System Part 1' }),
    ];
    expect(ids({ topics: ['armbar'] }, lib)[0]).toBe('b-part-1');
  });

  it('keeps a video naming a ruled-out topic only when a technique asked is more central to it', () => {
    const lib = [
      video('kneebars', ['kneebar', 'heel_hook'], { description: 'Kneebars, with a word on heel hooks.' }),
      video('heel-hooks', ['heel_hook', 'kneebar'], { description: 'Heel hooks and kneebars.' }),
      video('back-and-legs', ['back_control', 'heel_hook'], { description: 'Back attacks and heel hooks.' }),
      video('back', ['back_control']),
    ];
    expect(ids({ topics: ['kneebar'], excluded: ['heel_hook'] }, lib)).toEqual(['kneebars']);
    expect(ids({ topics: ['back_control'], excluded: ['heel_hook'] }, lib)).toEqual(['back']);
  });

  it("prefers, among videos on what was asked, the one teaching what answers the opponent's reaction", () => {
    const lib = [
      video('closed-guard-subs', ['closed_guard', 'armbar'], { title: 'Closed Guard Attacks' }),
      video('loop-choke', ['loop_choke', 'closed_guard'], { title: 'The Loop Choke' }),
    ];
    const asked = { topics: ['closed_guard'] as TopicId[] };
    expect(ids(asked, lib)[0]).toBe('closed-guard-subs');
    expect(ids({ ...asked, reaction: { topics: ['loop_choke'], terms: [] } }, lib)[0]).toBe('loop-choke');
  });

  it('keeps out a video named for a place ruled out, though it teaches the technique asked', () => {
    const lib = [
      video('turtle-back-takes', ['back_take', 'turtle'], { title: 'Attacking the Turtle' }),
      video('arm-drag-back-takes', ['back_take'], { title: 'Arm Drag to the Back' }),
    ];
    expect(ids({ topics: ['back_take'], excluded: ['turtle'] }, lib)).toEqual(['arm-drag-back-takes']);
    expect(ids({ topics: ['back_take'] }, lib)).toContain('turtle-back-takes');
  });

  it('answers stopping the back take in part with escaping the back, the same fight a moment later', () => {
    const lib = [
      video('back-escapes', ['back_control_escape', 'back_control'], { description: 'Escaping the back.' }),
      video('turtle-attacks', ['turtle']),
    ];
    expect(ids({ topics: ['back_take', 'back_take_defense'] }, lib)).toEqual(['back-escapes']);
  });

  it('never returns a video that names a ruled-out technique', () => {
    const lib = [
      video('retention-basics', ['guard_retention']),
      video('retention-bolo', ['guard_retention'], { description: 'Retention with inversions and the berimbolo.' }),
    ];
    expect(ids({ topics: ['guard_retention'], excludedTerms: ['berimbolo'] }, lib)).toEqual(['retention-basics']);
  });

  it('answers the guards family with guards to play, not a course on passing them', () => {
    const guards: TopicId[] = ['closed_guard', 'open_guard', 'half_guard', 'butterfly_guard'];
    const lib = [
      video('a-passing', ['guard_passing', 'half_guard', 'butterfly_guard', 'open_guard'], { title: 'The System' }),
      video('b-bottom-game', ['closed_guard', 'half_guard'], { title: 'Bottom Game' }),
    ];
    expect(ids({ topics: [], familyTopics: guards }, lib)[0]).toBe('b-bottom-game');
  });

  it('answers a family question with videos on doing its members, not escaping them', () => {
    const chokes: TopicId[] = ['triangle', 'arm_triangle', 'guillotine'];
    const lib = [
      video('a-escapes', ['triangle_defense', 'triangle', 'arm_triangle_defense', 'arm_triangle'], {
        title: 'Escapes',
        description: 'Escaping triangles and arm triangles.',
      }),
      video('b-attacks', ['guillotine'], { title: 'Guillotine Attacks' }),
    ];
    expect(ids({ topics: [], familyTopics: chokes }, lib)[0]).toBe('b-attacks');
  });

  it('reports a place asked beside its own family once', () => {
    const lib = [video('butterfly', ['butterfly_guard', 'open_guard'], { description: 'Butterfly and open guard.' })];
    const [first] = rankVideos(lib, {
      ...base,
      topics: ['butterfly_guard'],
      familyTopics: ['butterfly_guard', 'open_guard'],
    });
    expect(first!.covered).toEqual(['butterfly_guard', 'open_guard']);
  });

  it('takes the place as the subject of a family asked from it ("subs from side control")', () => {
    const subs: TopicId[] = ['kimura', 'americana', 'armbar'];
    const lib = [
      video('side-attacks', ['side_control', 'americana']),
      video('kimura-course', ['kimura', 'side_control']),
    ];
    expect(ids({ topics: ['side_control'], familyTopics: subs }, lib)[0]).toBe('side-attacks');
  });
});

describe('rankVideos: the side of the technique', () => {
  const sides = [
    video('darce-attacks', ['darce'], { title: 'Darce Attacks', description: 'Darce chokes: entries and finishes.' }),
    video('darce-more-attacks', ['darce'], {
      title: 'Darce Darce Darce',
      description: 'The darce, the darce and the darce.',
    }),
    video('darce-survival', ['darce_defense', 'darce'], { description: 'Defending the darce before it is locked.' }),
    video('darce-both', ['darce', 'darce_defense'], { description: 'Attacking and defending the darce.' }),
  ];

  it.each([
    [
      'a defence question gets the courses that teach the defence, not the attack named more often',
      ['darce', 'darce_defense'],
      ['darce-survival', 'darce-both'],
    ],
    [
      'an attack question gets the attacking courses, not one only about surviving it',
      ['darce'],
      ['darce-attacks', 'darce-both', 'darce-more-attacks'],
    ],
  ] as [string, TopicId[], string[]][])('%s', (_, topics, expected) => {
    expect(ids({ topics }, sides).sort()).toEqual([...expected].sort());
  });

  it('says for each video whether it teaches the side asked', () => {
    const ranked = rankVideos(sides, { ...base, topics: ['darce', 'darce_defense'] });
    expect(ranked.map((r) => r.side)).toEqual(['defence', 'defence']);
  });

  it('keeping guard against passes is the point of "stop people passing my guard", not passing', () => {
    const lib = [video('passing-pressure', ['guard_passing']), video('retention-frames', ['guard_retention'])];
    expect(ids({ topics: ['guard_passing', 'guard_retention'] }, lib)).toEqual(['retention-frames']);
  });

  it("getting out of someone's guard is passing it: a pass against that guard first", () => {
    const lib = [
      video('a-spider-sweeps', ['spider_guard', 'sweep']),
      video('passing-spider', ['guard_passing', 'spider_guard']),
      video('passing-any', ['guard_passing']),
    ];
    expect(ids({ topics: ['spider_guard', 'spider_guard_escape'] }, lib)[0]).toBe('passing-spider');
    expect(ids({ topics: ['spider_guard', 'spider_guard_escape'] }, lib)).not.toContain('a-spider-sweeps');
  });

  it('a defence question about a named technique prefers the video that defends it', () => {
    const lib = [
      video('knee-cut-passing', ['guard_passing'], { title: 'The Knee Cut Pass' }),
      video('stop-knee-cut', ['guard_retention'], { title: 'Defending the Knee Cut' }),
    ];
    expect(ids({ topics: ['guard_passing', 'guard_retention'], terms: ['knee_cut'] }, lib)).toEqual(['stop-knee-cut']);
  });

  it('a named technique asked on its attacking side prefers the video that does it', () => {
    const lib = [
      video('stop-knee-cut', ['guard_retention', 'half_guard'], { title: 'Defending the Knee Cut' }),
      video('passing-half-guard', ['guard_passing', 'half_guard'], {
        title: 'Passing Half Guard',
        description: 'Passing half guard, with a part on the knee cut.',
      }),
    ];
    expect(ids({ topics: ['half_guard', 'guard_passing'], terms: ['knee_cut'] }, lib)).toEqual(['passing-half-guard']);
  });

  it('a guard named by a technique beside passing is the guard passed: a course on playing it is no answer', () => {
    const lib = [
      video('play-z-guard', ['half_guard'], { title: 'The Z Guard', description: 'Playing the z guard.' }),
      video('passing', ['guard_passing'], { title: 'Passing', description: 'Passing the guard.' }),
    ];
    expect(ids({ topics: ['guard_passing'], terms: ['z_guard'] }, lib)).toEqual(['passing']);
  });
});

describe('rankVideos: where and for whom it is taught', () => {
  it('a technique asked from a position prefers the videos that teach it there', () => {
    const lib = [
      video('kimura-anywhere', ['kimura']),
      video('kimura-half-guard', ['kimura', 'half_guard'], { title: 'Kimura from Half Guard' }),
      video('half-guard-sweeps', ['half_guard', 'sweep']),
    ];
    expect(ids({ topics: ['kimura', 'half_guard'] }, lib)[0]).toBe('kimura-half-guard');
  });

  it('a video named for doing the technique somewhere else answers less than one about the technique', () => {
    const lib = [
      video('armbar-mount', ['armbar', 'mount'], { title: 'Armbar from Mount' }),
      video('armbar-system', ['armbar'], { title: 'Armbar System' }),
    ];
    expect(ids({ topics: ['armbar', 'closed_guard'] }, lib)[0]).toBe('armbar-system');
    expect(ids({ topics: ['armbar', 'mount'] }, lib)[0]).toBe('armbar-mount');
  });

  it('a technique ruled out keeps out the videos named for it, not one that teaches another of its kind beside it', () => {
    const lib = [
      video('upa', ['mount_escape', 'mount'], { title: 'The Upa', description: 'The upa mount escape.' }),
      video('two-escapes', ['mount_escape', 'mount'], {
        title: 'Mount Escapes',
        description: 'The bridge and roll and the elbow-knee escape.',
      }),
      video('only-upa', ['mount_escape', 'mount'], { title: 'Escape Mount', description: 'The bridge and roll.' }),
    ];
    expect(ids({ topics: ['mount', 'mount_escape'], excludedTerms: ['upa'] }, lib)).toEqual(['two-escapes']);
  });

  it('passing against leg lockers is a passing question: the leg locks are its risk', () => {
    const lib = [
      video('heel-hook-escapes', ['heel_hook', 'heel_hook_defense', 'straight_ankle_lock_defense']),
      video('safe-passing', ['guard_passing', 'heel_hook_defense'], { title: 'Passing Without Getting Leg Locked' }),
      video('knee-cut', ['guard_passing']),
    ];
    const asked: TopicId[] = ['guard_passing', 'heel_hook', 'straight_ankle_lock', 'straight_ankle_lock_defense'];
    expect(ids({ topics: asked }, lib)[0]).toBe('safe-passing');
  });

  it('passing against sweepers is a passing question: the sweeps are its risk', () => {
    const lib = [
      video('deep-half-sweeps', ['deep_half_guard', 'sweep', 'sweep_defense']),
      video('passing-half-guard', ['guard_passing', 'half_guard', 'deep_half_guard']),
    ];
    const asked: TopicId[] = ['guard_passing', 'half_guard', 'deep_half_guard', 'sweep', 'sweep_defense'];
    expect(ids({ topics: asked }, lib)[0]).toBe('passing-half-guard');
  });

  it('a technique outweighs the position it is done from', () => {
    const lib = [video('kneebar-entries', ['kneebar']), video('half-underhook', ['half_guard'])];
    expect(ids({ topics: ['kneebar', 'half_guard'] }, lib)[0]).toBe('kneebar-entries');
  });

  it.each([
    ['smaller', 'Half guard sweeps that work against bigger opponents.'],
    ['older', 'A half guard for older or less athletic grapplers.'],
  ] as const)('a "%s" constraint prefers the video whose description says it suits it', (constraint, description) => {
    const lib = [video('a-half-guard', ['half_guard']), video('z-half-guard-suited', ['half_guard'], { description })];
    expect(ids({ topics: ['half_guard'] }, lib)[0]).toBe('a-half-guard');
    const ranked = rankVideos(lib, { ...base, topics: ['half_guard'], constraints: [constraint] });
    expect(ranked[0]!.video.id).toBe('z-half-guard-suited');
    expect(ranked[0]!.suits).toEqual([constraint]);
  });

  it('answers fighting with strikes with a video made for it, not only a preference', () => {
    const lib = [
      video('a-guards', ['closed_guard', 'half_guard', 'open_guard'], { title: 'Guards' }),
      video('z-mma-guard', ['closed_guard'], { description: 'A closed guard for MMA, safe from strikes.' }),
    ];
    const asked = { topics: [] as TopicId[], familyTopics: ['closed_guard', 'half_guard', 'open_guard'] as TopicId[] };
    expect(ids(asked, lib)[0]).toBe('a-guards');
    expect(ids({ ...asked, constraints: ['strikes'] }, lib)[0]).toBe('z-mma-guard');
  });

  it('answers an escape that should end on offence with the escape that turns into offence', () => {
    const lib = [
      video('a-side-escape', ['side_control_escape', 'side_control'], {
        title: 'Side Control Escapes',
        description: 'Escaping side control: frames and getting guard back.',
      }),
      video('z-side-escape-sweep', ['side_control_escape', 'side_control'], {
        description: 'A lesson on side control to half guard and sweeping from there.',
      }),
    ];
    const asked = { topics: ['side_control', 'side_control_escape'] as TopicId[] };
    expect(ids(asked, lib)[0]).toBe('a-side-escape');
    expect(ids({ ...asked, constraints: ['escape_to_offence'] }, lib)[0]).toBe('z-side-escape-sweep');
  });

  it('gives a message with no technique but a constraint the general video made for it', () => {
    const lib = [...library, video('self-defence-course', ['takedown'], { description: 'A self defence curriculum.' })];
    expect(ids({ topics: [], constraints: ['self_defence'] }, lib)).toEqual(['self-defence-course']);
  });

  it('answers a question past the basics with a video that is not for beginners', () => {
    const lib = [
      video('a-retention-basics', ['guard_retention'], { description: 'Guard retention basics for white belts.' }),
      video('b-retention', ['guard_retention'], { description: 'Guard retention details.' }),
    ];
    expect(ids({ topics: ['guard_retention'] }, lib)[0]).toBe('a-retention-basics');
    expect(ids({ topics: ['guard_retention'], pastBasics: true }, lib)[0]).toBe('b-retention');
  });

  it('honours gi / no-gi named in the query as something to cover', () => {
    expect(ids({ topics: ['armbar', 'no-gi'] })).not.toContain('armbar-gi');
    expect(ids({ topics: ['armbar', 'no-gi'] })[0]).toBe('armbar-nogi');
  });

  it('leans to the attire the user trains in when the query does not say', () => {
    const ranked = ids({ topics: ['armbar'], attire: 'gi' });
    expect(ranked.indexOf('armbar-gi')).toBeLessThan(ranked.indexOf('armbar-nogi'));
  });

  it("suits the user's belt when known, and a beginner's question the beginner video", () => {
    expect(ids({ topics: ['triangle'], belt: 'brown' })[0]).toBe('triangle-advanced');
    expect(ids({ topics: ['triangle'], belt: 'white' })[0]).toBe('triangle-basics');
    const lib = [
      video('a-passing', ['guard_passing']),
      video('b-passing', ['guard_passing'], { description: 'Passing for beginners.' }),
    ];
    expect(ids({ topics: ['guard_passing'], beginner: true }, lib)[0]).toBe('b-passing');
  });

  it("does not push the biggest system at a beginner's broad question", () => {
    const lib = [
      video('a-system', ['guard_passing'], {
        title: 'Guard Passing System',
        description: 'A complete guard passing system.',
      }),
      video('b-lesson', ['guard_passing'], {
        title: 'Guard Passing',
        description: 'A short lesson on guard passing for beginners.',
      }),
    ];
    expect(ids({ topics: ['guard_passing'] }, lib)[0]).toBe('a-system');
    expect(ids({ topics: ['guard_passing'], beginner: true }, lib)[0]).toBe('b-lesson');
  });

  it('gives a short lesson or a whole course when the message asks for one', () => {
    const lib = [
      video('a-rnc-course', ['rear_naked_choke'], { description: 'A complete rear naked choke system.' }),
      video('b-rnc-lesson', ['rear_naked_choke'], { description: 'A short lesson on the rear naked choke.' }),
    ];
    expect(ids({ topics: ['rear_naked_choke'], length: 'lesson' }, lib)[0]).toBe('b-rnc-lesson');
    expect(ids({ topics: ['rear_naked_choke'], length: 'course' }, lib)[0]).toBe('a-rnc-course');
  });
});

describe('rankVideos: what the user ruled out', () => {
  it('keeps out a video whose description names a ruled-out topic it is not tagged with', () => {
    const lib = [
      video('a-seated', ['butterfly_guard'], { description: 'Butterfly sweeps and entries to leg locks.' }),
      video('b-butterfly', ['butterfly_guard'], { description: 'Butterfly sweeps.' }),
    ];
    const asked = { topics: ['butterfly_guard'] as TopicId[], excluded: ['heel_hook'] as TopicId[] };
    expect(ids(asked, lib)).toEqual(['b-butterfly']);
  });

  const legs = [
    video('heel-hooks', ['heel_hook', 'kneebar']),
    video('ankle-locks', ['straight_ankle_lock']),
    video('foot-locks', ['straight_ankle_lock', 'toe_hold', 'heel_hook'], {
      description: 'Ankle locks and toe holds.',
    }),
  ];

  it('keeps out videos about a ruled-out topic, but not one that only lists it among its tags', () => {
    expect(ids({ topics: ['straight_ankle_lock'], excluded: ['heel_hook'] }, legs).sort()).toEqual([
      'ankle-locks',
      'foot-locks',
    ]);
    expect(ids({ topics: ['kneebar'], excluded: ['heel_hook'] }, legs)).not.toContain('heel-hooks');
  });

  it('never shows a ruled-out instructor, and lifts one asked for by name', () => {
    expect(ids({ topics: ['armbar'], ruledOutInstructors: new Set(['Favourite Coach']) })).not.toContain('armbar-both');
    expect(ids({ topics: ['armbar'], askedInstructors: new Set(['coach-armbar-nogi']) })[0]).toBe('armbar-nogi');
  });

  it('ruling one attire out asks for the other', () => {
    expect(ids({ topics: ['armbar'], excluded: ['gi'] })).not.toContain('armbar-gi');
    expect(ids({ topics: ['armbar'], excluded: ['gi'] })[0]).toBe('armbar-nogi');
  });
});

describe('rankVideos: the user history', () => {
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

  it('spreads picks across instructors when answers tie', () => {
    const sameCoach = [
      video('a1', ['kimura'], { instructor: 'X' }),
      video('a2', ['kimura'], { instructor: 'X' }),
      video('b1', ['kimura'], { instructor: 'Y' }),
    ];
    expect(ids({ topics: ['kimura'] }, sameCoach).slice(0, 2)).toEqual(['a1', 'b1']);
  });
});

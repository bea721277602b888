// Words in a video's description that say more than its topics do: that it teaches both sides of a
// technique, or whom it suits. Data, matched as whole-word phrases on stems (domain/video-facets.ts).
/** The video teaches attacking and defending what it covers ("attacking and defending the heel"). */
export const BOTH_SIDES_CUES: readonly string[] = [
  'attacking and defending',
  'attack and defend',
  'attacks and defences',
  'attacks and defenses',
  'countering with your own',
  'counter locks',
  'from top and bottom',
  'top and bottom',
];

/** The constraints of domain/understand.ts, and being new to the sport. */
export type Suit =
  'smaller' | 'bigger' | 'older' | 'less_flexible' | 'strikes' | 'self_defence' | 'escape_to_offence' | 'beginner';

/** Who a video suits, by what its description says. */
export const SUIT_CUES: Readonly<Record<Suit, readonly string[]>> = {
  older: ['older', 'less athletic', 'athleticism', 'low energy', 'instead of speed', 'rather than speed'],
  less_flexible: ['less athletic', 'athleticism', 'low energy', 'instead of speed', 'rather than speed'],
  smaller: [
    'bigger opponent',
    'bigger opponents',
    'bigger partners',
    'heavier',
    'stronger opponents',
    'rather than strength',
    'instead of speed and strength',
    'not strength',
    'less athletic',
  ],
  bigger: ['pressure', 'heavy top', 'pinning'],
  strikes: ['mma', 'strikes', 'striking', 'self defence', 'self defense'],
  self_defence: ['self defence', 'self defense', 'street'],
  escape_to_offence: [
    'into offence',
    'into offense',
    'back to your feet',
    'to your feet',
    'sweeping from there',
    'reversal',
    'reversals',
    'come up on top',
  ],
  beginner: [
    'beginner',
    'beginners',
    'white belt',
    'white belts',
    'fundamental',
    'fundamentals',
    'basic',
    'basics',
    'introduction',
    'first',
  ],
};

/** The instructor is known for exactly this ("from the player who popularised it"): a coach hands that one over first. */
export const SPECIALIST_CUES: readonly string[] = [
  'popularised',
  'popularized',
  'best known',
  'best-known',
  'known for',
  'signature',
  'made it famous',
  'credited with',
  'one of the best',
  'favourite finishes',
  'his own',
  'own competition',
];

/** A whole course on its subject rather than one lesson: what answers a broad question. */
export const COURSE_CUES: readonly string[] = [
  'system',
  'complete',
  'full',
  'every',
  'all its forms',
  'catalogue',
  'in depth',
  'course',
  'anthology',
  'encyclopedia',
  'curriculum',
];

/** One short lesson: a detail, not the whole subject. */
export const LESSON_CUES: readonly string[] = ['short lesson', 'a short', 'quick', 'one lesson'];

/** Words in a question that say the asker is new: beginner-friendly videos answer it better. */
export const BEGINNER_QUERY_CUES: readonly string[] = [
  'beginner',
  'beginners',
  'white belt',
  'new to bjj',
  'new to jiu jitsu',
  'just started',
  'just starting',
  'newbie',
  'noob',
  'basics',
  'basic',
  'simple',
  'easy',
  'first time',
  'good first',
  'learn first',
  'first thing to learn',
  'where to start',
  'where do i start',
  'fundamentals',
  'faixa branca',
  'iniciante',
  'iniciantes',
];

/** The question wants one short lesson ("just a quick vid") rather than a whole course. */
export const LESSON_QUERY_CUES: readonly string[] = [
  'quick',
  'short',
  'too long',
  'one video',
  'one vid',
  'a vid',
  'a clip',
];

/** The question wants a whole course ("a passing course", "a full system"). */
export const COURSE_QUERY_CUES: readonly string[] = [
  'course',
  'instructional',
  'instructionals',
  'full system',
  'complete',
  'deep dive',
  'whole system',
  'dvd',
];

/** Words just before an instructor's name that rule them out ("not gordon ryan", "no danaher"). */
export const RULED_OUT_CUES: readonly string[] = [
  'no',
  'not',
  'except',
  'without',
  'besides',
  'other than',
  'anyone but',
  'anything but',
  'nothing from',
  'nothing by',
  'skip',
  'avoid',
  'done with',
  'tired of',
  'seen all',
  'isnt',
  'arent',
];

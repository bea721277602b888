import { VIDEO_LIBRARY, type Belt, type LibraryVideo, type VideoAttire } from './videos';

// What we answer a query with no known topic: broad, belt-appropriate foundations, best first.
// Ids refer to VIDEO_LIBRARY (a test checks they exist).
export const FUNDAMENTALS_BY_BELT: Record<Belt, readonly string[]> = {
  white: [
    'kesting-roadmap-for-bjj',
    'gracie-combatives',
    'lachlan-giles-fundamentals-of-escapes',
    'roy-dean-blue-belt-requirements',
    'saulo-ribeiro-jiu-jitsu-revolution',
    'danaher-ageless-bottom-game',
  ],
  blue: [
    'roy-dean-purple-belt-requirements',
    'danaher-nwjj-positional-escapes',
    'henry-akins-hidden-jiu-jitsu',
    'danaher-ageless-bottom-game',
    'saulo-ribeiro-jiu-jitsu-revolution',
    'danaher-fastest-way-submission-percentage',
  ],
  purple: [
    'danaher-nwjj-positional-escapes',
    'henry-akins-hidden-jiu-jitsu',
    'danaher-ageless-bottom-game',
    'danaher-ageless-top-game-gi',
    'gordon-systematically-attacking-the-guard',
    'danaher-fastest-way-submission-percentage',
  ],
  brown: [
    'henry-akins-hidden-jiu-jitsu',
    'danaher-ageless-top-game-gi',
    'danaher-ageless-bottom-game',
    'gordon-systematically-attacking-the-guard',
    'danaher-nwjj-positional-escapes',
  ],
  black: [
    'henry-akins-hidden-jiu-jitsu',
    'danaher-ageless-top-game-gi',
    'danaher-ageless-bottom-game',
    'danaher-ageless-bottom-game-gi',
    'gordon-systematically-attacking-the-guard',
  ],
};

/** Where a no-gi-only grappler starts (the lists above are mostly gi or both): escapes, a guard, passing. */
export const NO_GI_FUNDAMENTALS: readonly string[] = [
  'gordon-scrimmage-beginners-guide',
  'danaher-nwjj-positional-escapes',
  'gordon-pillars-pin-escapes',
  'danaher-nwjj-closed-guard',
  'danaher-fastest-way-guard-passer-no-gi',
];

const byId = new Map(VIDEO_LIBRARY.map((v) => [v.id, v]));

/**
 * Fundamentals for a belt; an unknown belt gets the white-belt list, the safest place to start. One
 * named for the belt the user works toward ("Blue Belt Requirements") comes first.
 */
export function fundamentalsFor(
  belt: Belt | null,
  toward: Belt | null = null,
  attire: VideoAttire | null = null,
): LibraryVideo[] {
  // an attire the user names ("only train nogi") keeps the other one's courses out
  const ids =
    attire === 'no-gi'
      ? [...NO_GI_FUNDAMENTALS, ...FUNDAMENTALS_BY_BELT[belt ?? 'white']]
      : FUNDAMENTALS_BY_BELT[belt ?? 'white'];
  const list = [...new Set(ids)]
    .map((id) => byId.get(id))
    .filter(
      (v): v is LibraryVideo => v !== undefined && (attire === null || v.attire === 'both' || v.attire === attire),
    );
  if (!toward) return list;
  const named = new RegExp(`\\b${toward} belt\\b`, 'i');
  return [...list.filter((v) => named.test(v.title)), ...list.filter((v) => !named.test(v.title))];
}

import { VIDEO_LIBRARY, type Belt, type LibraryVideo } from './videos';

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

const byId = new Map(VIDEO_LIBRARY.map((v) => [v.id, v]));

/**
 * Fundamentals for a belt; an unknown belt gets the white-belt list, the safest place to start. One
 * named for the belt the user works toward ("Blue Belt Requirements") comes first.
 */
export function fundamentalsFor(belt: Belt | null, toward: Belt | null = null): LibraryVideo[] {
  const list = FUNDAMENTALS_BY_BELT[belt ?? 'white']
    .map((id) => byId.get(id))
    .filter((v): v is LibraryVideo => v !== undefined);
  if (!toward) return list;
  const named = new RegExp(`\\b${toward} belt\\b`, 'i');
  return [...list.filter((v) => named.test(v.title)), ...list.filter((v) => !named.test(v.title))];
}

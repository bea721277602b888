import type { Attire } from '../data/canonical-topics';

/** The attire the user's recent requests lean to, if they named one more often than the other. */
export function attireFromHistory(recentTopics: readonly (readonly string[])[]): Attire | null {
  let gi = 0;
  let noGi = 0;
  for (const topics of recentTopics) {
    if (topics.includes('gi')) gi++;
    if (topics.includes('no-gi')) noGi++;
  }
  return gi > noGi ? 'gi' : noGi > gi ? 'no-gi' : null;
}

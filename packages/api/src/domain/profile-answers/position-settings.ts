// main_position: one side per setting, "i play guard in gi, in nogi I'm more on top", "against
// bigger guys guard, against smaller ones I always pass", "no treino guarda, em campeonato sempre por
// cima". A "more" or "always" said inside one setting prefers that side there only: with the other
// side played in another setting, both are played (a summing up outside them still decides).

import type { Token } from './text';

interface SideVote {
  readonly side: string;
  readonly at: number;
  readonly weight: number;
}

/** Votes with a side preferred inside one setting made plain, when the other side has another setting. */
export function perSetting<V extends SideVote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const settingOf = (v: V): string | null =>
    v.side === 'guard' || v.side === 'top' ? nearestSetting(tokens, v.at) : null;
  const settings = votes.map(settingOf);
  const splits = votes.some((v, i) =>
    votes.some((o, k) => o.side !== v.side && settings[i] && settings[k] && settings[i] !== settings[k]),
  );
  if (!splits) return [...votes];
  return votes.map((v, i) => (settings[i] && v.weight === PREFERRED ? { ...v, weight: PLAIN } : v));
}
const PREFERRED = 2;
const PLAIN = 1;

/** The setting named nearest a side in its clause ("guard in gi", "in nogi … on top"), else null. */
export function nearestSetting(tokens: readonly Token[], at: number): string | null {
  const clause = tokens[at]?.clause;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (let k = 0; k < tokens.length; k++) {
    const setting = settingAt(tokens, k);
    // ties go to the setting after the side: "guard in gi and top in nogi"
    const distance = Math.abs(k - at) + (k < at ? 0.5 : 0);
    if (setting && tokens[k]?.clause === clause && distance < bestDistance) [best, bestDistance] = [setting, distance];
  }
  return best;
}

/** "sem kimono", "sin gi", "without the gi": the attire left off is nogi. */
const settingAt = (tokens: readonly Token[], k: number): string | null => {
  const setting = SETTINGS.get(tokens[k]?.text ?? '') ?? null;
  const before = tokens[k - 1]?.text === 'the' ? tokens[k - 2]?.text : tokens[k - 1]?.text;
  // "since i got stronger": the user's own size, no opponents'
  if ((setting === 'bigger' || setting === 'smaller') && BECOMING.has(tokens[k - 1]?.text ?? '')) return null;
  return setting === 'gi' && WITHOUT.has(before ?? '') ? 'nogi' : setting;
};
const WITHOUT: ReadonlySet<string> = new Set(['without', 'sem', 'sin']);
const BECOMING: ReadonlySet<string> = new Set([
  'got',
  'get',
  'getting',
  'gotten',
  'im',
  'am',
  'became',
  'grew',
  'grown',
]);

const group = (setting: string, words: readonly string[]): (readonly [string, string])[] =>
  words.map((w) => [w, setting] as const);
const SETTINGS: ReadonlyMap<string, string> = new Map([
  ...group('gi', ['gi', 'kimono', 'quimono', 'pano']),
  ...group('nogi', ['nogi', 'rashguard']),
  ...group('competition', ['comp', 'comps', 'competition', 'competitions', 'tournament', 'tournaments']),
  ...group('competition', ['campeonato', 'campeonatos', 'competicao', 'competicion', 'torneo', 'torneos']),
  ...group('training', ['training', 'class', 'sparring', 'practice', 'treino', 'entrenamiento']),
  ...group('bigger', ['bigger', 'heavier', 'stronger', 'larger', 'maiores', 'mayores']),
  ...group('smaller', ['smaller', 'lighter', 'weaker', 'menores']),
]);

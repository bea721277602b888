// "stuck under north south and they keep choking me": a choke told from north south, with no choke
// named, is the north south choke — defended when the user is the one under the position.

const CHOKED = /\bchok(?:e|es|ed|ing)\b/g;
// "north south but not the choke", "never mind chokes": the choke ruled out
const NEGATED = /\b(?:no|not|never mind|without|except|nothing)\b(?:\s+\S+){0,2}\s*$/;
const CHOKED_ME = /\bchok(?:e|es|ed|ing)\s+me\b|\bchoked\s+out\b/;

/** A choke word in the message that nothing before it rules out. */
const saysChoked = (text: string): boolean =>
  [...text.matchAll(CHOKED)].some((m) => !NEGATED.test(text.slice(0, m.index)));

export function withNorthSouthChoke<T extends string>(query: string, found: Set<T>, excluded: ReadonlySet<T>): void {
  const [place, escape, choke, defence] = [
    'north_south',
    'north_south_escape',
    'north_south_choke',
    'north_south_choke_defense',
  ] as T[];
  const text = query.toLowerCase();
  if (!found.has(place!) || found.has(choke!) || excluded.size || !saysChoked(text)) return;
  if ([...found].some((t) => CHOKES.has(t))) return;
  found.add(choke!);
  if (found.has(escape!) || CHOKED_ME.test(text)) found.add(defence!);
}
// a choke already named is the one asked
const CHOKES: ReadonlySet<string> = new Set([
  'rear_naked_choke',
  'arm_triangle',
  'guillotine',
  'darce',
  'anaconda',
  'ezekiel',
  'triangle',
  'cross_collar_choke',
  'bow_and_arrow',
  'loop_choke',
  'baseball_choke',
]);

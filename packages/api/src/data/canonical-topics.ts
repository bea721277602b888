// The canonical topic ids of docs/contract.md "Canonical topics". Everything that names a topic
// (taxonomy, videos, teasers, sessions) uses these ids; display names are id with `_` → space.

/** Techniques that are something done again and again rather than one finish. */
export const MOVEMENTS = ['guard_passing', 'guard_retention', 'sweep', 'takedown', 'throw', 'back_take'] as const;

/** Guards played from the bottom. */
export const GUARDS = [
  'closed_guard',
  'open_guard',
  'half_guard',
  'deep_half_guard',
  'butterfly_guard',
  'x_guard',
  'single_leg_x',
  'de_la_riva',
  'reverse_de_la_riva',
  'spider_guard',
  'lasso_guard',
] as const;

export const TECHNIQUES = [
  'triangle',
  'arm_triangle',
  'armbar',
  'kimura',
  'americana',
  'omoplata',
  'guillotine',
  'darce',
  'anaconda',
  'rear_naked_choke',
  'bow_and_arrow',
  'loop_choke',
  'baseball_choke',
  'cross_collar_choke',
  'ezekiel',
  'north_south_choke',
  'heel_hook',
  'kneebar',
  'straight_ankle_lock',
  'toe_hold',
  'wristlock',
  ...MOVEMENTS,
] as const;

export const POSITIONS = [
  ...GUARDS,
  'mount',
  'side_control',
  'knee_on_belly',
  'north_south',
  'back_control',
  'turtle',
  'standing',
] as const;

export const ATTIRE = ['gi', 'no-gi'] as const;

export type Technique = (typeof TECHNIQUES)[number];
export type Position = (typeof POSITIONS)[number];
export type Attire = (typeof ATTIRE)[number];
/** A base topic, or an intent topic: `${Technique}_defense` / `${Position}_escape`. */
export type TopicId = Technique | Position | Attire | `${Technique}_defense` | `${Position}_escape`;

const techniqueSet: ReadonlySet<string> = new Set(TECHNIQUES);
const positionSet: ReadonlySet<string> = new Set(POSITIONS);

export const isTechnique = (id: string): id is Technique => techniqueSet.has(id);
export const isPosition = (id: string): id is Position => positionSet.has(id);
export const isAttire = (id: string): id is Attire => id === 'gi' || id === 'no-gi';

/** Defending a technique adds `T_defense`; defending guard passing is `guard_retention` (docs/contract.md). */
export function defenseTopicOf(technique: Technique): TopicId {
  return technique === 'guard_passing' ? 'guard_retention' : `${technique}_defense`;
}

export const escapeTopicOf = (position: Position): TopicId => `${position}_escape`;

/** True for every id the service may emit: base topics and their intent variants. */
export function isCanonicalTopic(id: string): id is TopicId {
  if (techniqueSet.has(id) || positionSet.has(id) || isAttire(id)) return true;
  if (id.endsWith('_defense')) return techniqueSet.has(id.slice(0, -'_defense'.length));
  if (id.endsWith('_escape')) return positionSet.has(id.slice(0, -'_escape'.length));
  return false;
}

/** The topic an intent id is about: "armbar_defense" → "armbar", "mount_escape" → "mount". */
export function baseTopicOf(id: string): string {
  if (id.endsWith('_defense')) return id.slice(0, -'_defense'.length);
  if (id.endsWith('_escape')) return id.slice(0, -'_escape'.length);
  return id;
}

/** "rear_naked_choke" → "rear naked choke". */
export const displayName = (id: string): string => id.replace(/_/g, ' ');

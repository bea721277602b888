// Words that name a whole family of techniques rather than one ("chokes", "submissions", "escapes").
// They map to no canonical topic — the reply's `topics` stays honest — but ranking can still answer
// "best gi chokes" with choke videos instead of generic fundamentals. Data, matched on word stems.
import type { TopicId } from './canonical-topics';

export interface TopicFamily {
  /** How Prof. OS names the family in its lead-in. */
  label: string;
  /** Stems (the extractor's folding: plurals and -ing/-ed forms removed) that name it. */
  stems: readonly string[];
  /** The topics a video may cover to answer it; the more it covers, the better it answers. */
  topics: readonly TopicId[];
  /** How the family is named when defending its members is asked ("choke escapes"). */
  defendedLabel?: string;
}

/** Words around a family's word that ask to defend its members: "choke defense", "escaping chokes". */
export const FAMILY_DEFENCE_CUES: readonly string[] = [
  'defense',
  'defence',
  'defend',
  'defending',
  'escape',
  'escapes',
  'escaping',
  'survive',
  'surviving',
  'stop',
  'counter',
  'counters',
];

/** The chokes and strangles. */
export const CHOKES: readonly TopicId[] = [
  'rear_naked_choke',
  'cross_collar_choke',
  'guillotine',
  'triangle',
  'arm_triangle',
  'bow_and_arrow',
  'ezekiel',
  'loop_choke',
  'baseball_choke',
  'north_south_choke',
  'darce',
  'anaconda',
];
/** The lower-body submissions. */
export const LEG_LOCKS: readonly TopicId[] = ['heel_hook', 'kneebar', 'straight_ankle_lock', 'toe_hold'];
const JOINT_LOCKS: readonly TopicId[] = ['armbar', 'kimura', 'americana', 'omoplata', 'wristlock', ...LEG_LOCKS];

export const TOPIC_FAMILIES: readonly TopicFamily[] = [
  {
    label: 'chokes',
    stems: ['choke', 'strangle', 'strangulation'],
    topics: CHOKES,
    defendedLabel: 'choke escapes',
  },
  {
    label: 'joint locks',
    stems: ['joint lock', 'jointlock'],
    topics: JOINT_LOCKS,
    defendedLabel: 'joint lock escapes',
  },
  {
    label: 'arm locks',
    stems: ['arm lock', 'arm attack', 'arm sub', 'arm submission'],
    topics: ['armbar', 'kimura', 'americana', 'omoplata', 'wristlock'],
    defendedLabel: 'arm lock escapes',
  },
  {
    label: 'submissions',
    // Portuguese "finalizar", "finalização"
    stems: ['submission', 'sub', 'finish', 'tap', 'finalizar', 'finalizacao', 'finalizacoe', 'finalizando'],
    topics: [...CHOKES, ...JOINT_LOCKS],
    defendedLabel: 'submission escapes',
  },
  {
    label: 'escapes',
    stems: ['escape', 'escaping', 'defense', 'defend', 'survival', 'survive'],
    topics: [
      'mount_escape',
      'side_control_escape',
      'back_control_escape',
      'knee_on_belly_escape',
      'north_south_escape',
      'turtle_escape',
    ],
  },
  {
    label: 'top positions',
    stems: [
      'top game',
      'top stuff',
      'top position',
      'top pressure',
      'playing top',
      'play top',
      // "want to get better on top in the gi"
      ...['better', 'improve', 'improving', 'stronger', 'work', 'working'].flatMap((w) => [
        `${w} on top`,
        `${w} from top`,
      ]),
    ],
    topics: ['mount', 'side_control', 'knee_on_belly', 'north_south', 'guard_passing'],
  },
  {
    label: 'guards',
    // "put me on my back and im lost": the guard, told as where the user is put
    stems: [
      'guard',
      'guard game',
      'bottom game',
      'guard player',
      'put me on my back',
      'playing bottom',
      'play bottom',
      // "want to get better on bottom"
      ...['better', 'improve', 'improving', 'stronger', 'work', 'working'].flatMap((w) => [
        `${w} on bottom`,
        `${w} on the bottom`,
        `${w} off my back`,
      ]),
    ],
    topics: ['closed_guard', 'open_guard', 'half_guard', 'butterfly_guard', 'de_la_riva', 'guard_retention'],
  },
];

// Named techniques, positions and set-ups that coaches and instructionals name but the canonical
// taxonomy has no id for ("berimbolo", "knee cut", "the saddle"). A query naming one is answered by
// the videos whose title or description names it; the reply's `topics` stay canonical. Data, matched
// on word stems like the alias table (domain/technique-terms.ts).
import type { TopicId } from './canonical-topics';

export interface TechniqueTerm {
  id: string;
  /** How a reason names it: "the berimbolo". */
  label: string;
  /** Ways it is written, in their base form. */
  phrases: readonly string[];
  /** Longer phrases that start the same way but name something else ("single leg x" is not a single leg). */
  notWhen?: readonly string[];
  /** The canonical topics it belongs to. */
  topics: readonly TopicId[];
}

export const TECHNIQUE_TERMS: readonly TechniqueTerm[] = [
  // ── passes ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'knee_cut',
    label: 'the knee cut',
    phrases: ['knee cut', 'knee slice', 'knee slide', 'knee cutting', 'knee through', 'knee slicing'],
    topics: ['guard_passing'],
  },
  { id: 'body_lock_pass', label: 'the body lock pass', phrases: ['body lock', 'bodylock'], topics: ['guard_passing'] },
  {
    id: 'toreando',
    label: 'the toreando pass',
    phrases: ['toreando', 'torreando', 'toreado', 'toreada', 'bullfighter', 'bull fighter'],
    topics: ['guard_passing'],
  },
  { id: 'leg_drag', label: 'the leg drag', phrases: ['leg drag'], topics: ['guard_passing'] },
  { id: 'over_under', label: 'the over-under pass', phrases: ['over under'], topics: ['guard_passing'] },
  {
    id: 'smash_pass',
    label: 'the smash pass',
    phrases: ['smash pass', 'smash style', 'smash stuff'],
    topics: ['guard_passing'],
  },
  { id: 'long_step', label: 'the long step pass', phrases: ['long step', 'longstep'], topics: ['guard_passing'] },
  {
    id: 'tripod_pass',
    label: 'tripod passing',
    // passing on one's feet: "i want to pass standing up, not on my knees"
    phrases: ['tripod', 'pass standing', 'pass standing up', 'passing standing', 'standing pass', 'standing passes'],
    topics: ['guard_passing'],
  },
  {
    id: 'pressure_passing',
    label: 'pressure passing',
    phrases: [
      'pressure pass',
      'pressure passing',
      'pressure passer',
      'heavy pressure',
      'pressure stuff',
      'pressure style',
      'slow and heavy',
    ],
    topics: ['guard_passing'],
  },
  {
    id: 'inside_passing',
    label: 'passing from inside the legs',
    phrases: ['inside camping', 'inside camp', 'passing from inside', 'inside passing'],
    topics: ['guard_passing'],
  },
  {
    id: 'headquarters',
    label: 'the headquarters position',
    phrases: ['headquarters', 'hq position', 'hq'],
    topics: ['guard_passing'],
  },
  {
    id: 'under_pass',
    label: 'passing under the legs',
    phrases: ['stack pass', 'double under', 'under the legs'],
    topics: ['guard_passing'],
  },
  // ── guards ───────────────────────────────────────────────────────────────────────────────
  { id: 'z_guard', label: 'the Z guard', phrases: ['z guard', 'zguard', 'knee shield'], topics: ['half_guard'] },
  { id: 'k_guard', label: 'the K guard', phrases: ['k guard', 'kguard'], topics: ['open_guard'] },
  {
    id: 'rubber_guard',
    label: 'the rubber guard',
    phrases: ['rubber guard', 'mission control'],
    topics: ['closed_guard'],
  },
  {
    id: 'worm_guard',
    label: 'the worm guard',
    phrases: ['worm guard', 'lapel guard', 'lapel', 'lapels'],
    topics: ['de_la_riva', 'open_guard'],
  },
  {
    id: 'collar_sleeve',
    label: 'collar and sleeve guard',
    phrases: ['collar sleeve', 'collar and sleeve', 'collar n sleeve', 'gola e manga', 'gola manga'],
    topics: ['open_guard'],
  },
  { id: 'double_sleeve', label: 'double sleeve guard', phrases: ['double sleeve'], topics: ['open_guard'] },
  { id: 'waiter', label: 'the waiter guard', phrases: ['waiter'], topics: ['open_guard'] },
  { id: 'coyote', label: 'the coyote half guard', phrases: ['coyote'], topics: ['half_guard'] },
  { id: 'turtle_guard', label: 'the turtle guard', phrases: ['turtle guard'], topics: ['turtle'] },
  {
    id: 'fifty_fifty',
    label: 'the 50/50',
    phrases: ['50 50', '5050', 'fifty fifty', 'fifty-fifty'],
    topics: ['heel_hook', 'open_guard'],
  },
  { id: 'matrix', label: 'the matrix', phrases: ['matrix'], topics: ['open_guard'] },
  {
    id: 'seated_guard',
    label: 'seated guard',
    phrases: ['seated guard', 'seated', 'sitting guard', 'sit up guard', 'sat up'],
    topics: ['open_guard', 'butterfly_guard'],
  },
  { id: 'supine_guard', label: 'supine guard', phrases: ['supine', 'on my back guard'], topics: ['open_guard'] },
  // ── leg entanglements ────────────────────────────────────────────────────────────────────
  {
    id: 'saddle',
    label: 'the saddle',
    phrases: ['saddle', 'inside sankaku', 'honey hole', '411', '4 11', 'four eleven'],
    topics: ['heel_hook'],
  },
  {
    id: 'ashi_garami',
    label: 'ashi garami',
    phrases: ['ashi garami', 'ashi'],
    topics: ['heel_hook', 'straight_ankle_lock'],
  },
  { id: 'mikey_lock', label: 'the Mikey lock', phrases: ['mikey lock'], topics: ['straight_ankle_lock'] },
  // ── back and turtle ──────────────────────────────────────────────────────────────────────
  {
    id: 'berimbolo',
    label: 'the berimbolo',
    phrases: ['berimbolo', 'bolo', 'berimbolos', 'berimbola', 'berimblo'],
    topics: ['back_take', 'de_la_riva'],
  },
  { id: 'crab_ride', label: 'the crab ride', phrases: ['crab ride'], topics: ['back_take'] },
  { id: 'crucifix', label: 'the crucifix', phrases: ['crucifix', 'crucifixes'], topics: ['turtle', 'back_control'] },
  { id: 'arm_drag', label: 'the arm drag', phrases: ['arm drag', 'armdrag'], topics: ['back_take'] },
  { id: 'twister', label: 'the twister', phrases: ['twister', 'truck'], topics: ['back_take'] },
  { id: 'chair_sit', label: 'the chair sit', phrases: ['chair sit'], topics: ['back_take'] },
  {
    id: 'rolling_back_take',
    label: 'rolling back takes',
    phrases: ['rolling back', 'kiss of the dragon'],
    topics: ['back_take'],
  },
  { id: 'body_triangle', label: 'the body triangle', phrases: ['body triangle'], topics: ['back_control'] },
  {
    id: 'seatbelt',
    label: 'the seatbelt',
    phrases: ['seatbelt', 'seat belt', 'straight jacket', 'straitjacket'],
    topics: ['back_control'],
  },
  {
    id: 'pins',
    label: 'pinning',
    phrases: ['pin', 'pins', 'pinning', 'top pin', 'top pins', 'pinned position'],
    topics: ['mount', 'side_control', 'north_south', 'knee_on_belly'],
  },
  {
    id: 'power_ride',
    label: 'riding',
    phrases: [
      'power ride',
      'wrestling ride',
      'wrestling rides',
      // "riding" alone stems as "ride": "people just ride me" is being pinned
      'ride them',
      'ride him',
      // the wrestler's own: "how do i use my riding / top stuff"
      'my riding',
      'my rides',
      'ride guys',
      'ride people',
      'keep them down',
      'keep them flat',
      'keep them pinned',
      'riding legs',
      'ride legs',
      'leg ride',
      'leg rides',
      'leg riding',
      'want to ride',
    ],
    topics: ['turtle'],
  },
  {
    id: 'back_retention',
    label: 'staying on the back',
    // keeping the back once there, not getting to it: "they peel my hooks off and turn in"
    phrases: [
      'back retention',
      'hook retention',
      'keep the back',
      'keeping the back',
      'keep back control',
      'keeping back control',
      'stay on the back',
      'staying on the back',
      'stay on their back',
      'stay on his back',
      'hold the back',
      'holding the back',
      'lose the back',
      'losing the back',
      'keep my hooks',
      'keep your hooks',
      'keep hooks',
      'peel my hooks',
      'strip my hooks',
      'pull my hooks',
      'clear my hooks',
      'remove my hooks',
      'kick my hooks',
      'slip out the back',
    ],
    topics: ['back_control'],
  },
  {
    id: 'turtle_breakdown',
    label: 'breaking down the turtle',
    // not "break down" alone: "a good berimbolo breakdown" is an explanation
    phrases: [
      'turtle breakdown',
      'break down the turtle',
      'breaking down the turtle',
      'break him down',
      'break them down',
      'break her down',
      'break the turtle',
      'flatten him out',
      'flatten them out',
    ],
    topics: ['turtle'],
  },
  // ── front headlock and chokes ─────────────────────────────────────────────────────────────
  {
    id: 'front_headlock',
    label: 'the front headlock',
    // "nogi chokes … i want stuff from the front"
    phrases: ['front headlock', 'front head lock', 'front headlocks', 'front facelock', 'snap down', 'from the front'],
    topics: ['guillotine', 'darce', 'anaconda'],
  },
  {
    id: 'clock_choke',
    label: 'the clock choke',
    phrases: ['clock choke', 'estrangulamento relogio'],
    topics: ['turtle'],
  },
  { id: 'high_elbow_guillotine', label: 'the high elbow guillotine', phrases: ['high elbow'], topics: ['guillotine'] },
  // ── sweeps ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'hip_bump',
    label: 'the hip bump sweep',
    phrases: ['hip bump', 'bump sweep', 'sit up sweep'],
    topics: ['sweep'],
  },
  {
    id: 'pendulum',
    label: 'the pendulum sweep',
    phrases: ['pendulum', 'flower sweep', 'pendulo', 'raspagem de pendulo', 'raspagem pendulo'],
    topics: ['sweep'],
  },
  { id: 'sumi_gaeshi', label: 'sumi gaeshi', phrases: ['sumi gaeshi', 'sumigaeshi'], topics: ['sweep'] },
  {
    id: 'old_school',
    label: 'the old school sweep',
    phrases: ['old school'],
    // "pass guard the old school way" is a manner, not the sweep
    notWhen: ['old school way', 'old school style', 'old school passing'],
    topics: ['half_guard', 'sweep'],
  },
  { id: 'side_sweep', label: 'the side sweep', phrases: ['side sweep'], topics: ['sweep'] },
  { id: 'kimura_trap', label: 'the kimura trap', phrases: ['kimura trap'], topics: ['kimura'] },
  // ── standing ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'single_leg',
    label: 'the single leg',
    // "single" alone is an everyday word ("every single time", "a single sweep"): only a shot at one
    phrases: [
      'single leg',
      'singles',
      'hit a single',
      'hitting a single',
      'shoot a single',
      'shooting a single',
      'shot a single',
      'hit singles',
      'hitting singles',
      'shoot singles',
      'shooting singles',
      'finish the single',
      'finish my single',
      'finishing the single',
    ],
    notWhen: [
      'single leg x',
      // "didnt hit a single sweep": not one
      'hit a single sweep',
      'hit a single submission',
      'hit a single sub',
      'hit a single takedown',
      'hit a single pass',
      'hit a single one',
      'hit a single thing',
      'hit a single move',
      'hit a single shot',
      'hit a single choke',
      'singles player',
      'singles match',
      'tennis singles',
    ],
    topics: ['takedown'],
  },
  {
    id: 'double_leg',
    label: 'the double leg',
    phrases: ['double leg', 'doubles'],
    notWhen: ['doubles as', 'doubles up', 'tennis doubles'],
    topics: ['takedown'],
  },
  { id: 'ankle_pick', label: 'the ankle pick', phrases: ['ankle pick'], topics: ['takedown'] },
  // shooting for the legs as a whole, and its other kind, the upper body: "takedowns that aren't shots"
  {
    id: 'leg_shot',
    label: 'shooting for the legs',
    phrases: [
      'shots',
      'wrestling shots',
      'leg shots',
      'penetration step',
      'penetration steps',
      'level change',
      'level changes',
      'shoot on the legs',
      'shoot for the legs',
      'shooting on the legs',
      'shooting for the legs',
      // "takedowns that dont involve shooting"
      'shooting',
    ],
    notWhen: [
      'shooting pain',
      'shooting pains',
      'shooting a video',
      'shooting video',
      'shooting hoops',
      'shooting range',
    ],
    topics: ['takedown'],
  },
  {
    id: 'upper_body_takedown',
    label: 'upper body takedowns',
    phrases: ['upper body takedown', 'upper body takedowns', 'upper body', 'clinch takedowns'],
    topics: ['takedown'],
  },
  {
    id: 'osoto_gari',
    label: 'osoto gari',
    phrases: ['osoto gari', 'osoto', 'o soto gari', 'o soto'],
    topics: ['throw'],
  },
  {
    id: 'ouchi_gari',
    label: 'ouchi gari',
    phrases: ['ouchi gari', 'ouchi', 'o uchi gari', 'o uchi'],
    topics: ['throw'],
  },
  { id: 'sprawl', label: 'the sprawl', phrases: ['sprawl', 'sprawling'], topics: ['takedown_defense'] },
  {
    id: 'stand_up',
    label: 'getting back to your feet',
    phrases: [
      'technical stand up',
      'technical standup',
      'wrestle up',
      'stand up from bottom',
      'get up from bottom',
      'back to my feet',
      'back to your feet',
      'come up from bottom',
      'come up from the bottom',
      'up to my feet',
      'up to your feet',
      'back on my feet',
      'get up off my back',
      'just stand up',
      'get back up from bottom',
      'get back up from the bottom',
      'back up from bottom',
      'stand back up',
      'get back up off the ground',
    ],
    topics: ['standing'],
  },
  // ── escapes and defensive postures ─────────────────────────────────────────────────────────
  { id: 'upa', label: 'the upa', phrases: ['upa', 'bridge and roll', 'trap and roll'], topics: ['mount_escape'] },
  {
    id: 'elbow_knee',
    label: 'the elbow-knee escape',
    phrases: ['elbow knee', 'elbow escape', 'shrimp', 'shrimping', 'hip escape', 'hip escaping'],
    topics: ['mount_escape', 'side_control_escape'],
  },
  // Surviving under pressure on the bottom: the defensive postures and concepts, not one escape.
  {
    id: 'bottom_survival',
    label: 'surviving on the bottom',
    phrases: [
      'smashed on bottom',
      'smashed on the bottom',
      'flattened on bottom',
      'flattened on the bottom',
      'crushed on bottom',
      'crushed on the bottom',
      'squashed on bottom',
      // "so im not getting squashed", "they just lay on me"
      'getting squashed',
      'get squashed',
      'not get squashed',
      'getting crushed',
      'lay on me',
      'lays on me',
      'pancake',
      'pancaked',
      'survive rounds',
      'survive the round',
      // "how do i survive rolls as a white belt, i just get smashed"
      'survive rolls',
      'survive the rolls',
      'survive rolling',
      'survive sparring',
      'get smashed',
      'getting smashed',
      // the wish, not a rule-out: "legit for not getting smashed"
      'not get smashed',
      'not getting smashed',
      'without getting smashed',
      'just survive',
      'survive on bottom',
      'survive on the bottom',
      'surviving on bottom',
      'surviving on the bottom',
      'bottom survival',
      'survival first',
      'defensive posture',
    ],
    topics: ['side_control_escape', 'mount_escape'],
  },
  // Underneath in a guard like half guard: staying on your side so the top player cannot flatten you.
  {
    id: 'staying_on_side',
    label: 'staying on your side underneath',
    phrases: [
      'on my side',
      'on your side',
      'safe underneath',
      'flatten me',
      'flattening me',
      'flattened out',
      'off your back',
      'off my back',
      'underhook half guard',
      'underhook half',
      // the user's words for what it fixes: "i hate being under there", "i always end up flat"
      'hate being under',
      'hate being underneath',
      'hate being under there',
      'hate being stuck under',
      'hate being stuck underneath',
      'being stuck underneath',
      'end up flat',
    ],
    // off the bottom altogether: "coach wants me off my back playing guard for a while"
    // and a guard played from there: "a guard off my back that ties ppl up"
    notWhen: ['off my back playing', 'off my back for', 'off my back completely', 'off my back that', 'off my back to'],
    topics: ['half_guard'],
  },
  {
    id: 'grilled_chicken',
    label: 'the grilled chicken posture',
    phrases: ['grilled chicken'],
    topics: ['side_control_escape'],
  },
  {
    id: 'heisenberg_heist',
    label: 'the Heisenberg heist',
    phrases: ['heisenberg heist', 'heisenberg'],
    topics: ['guard_retention'],
  },
  {
    id: 'leg_pummeling',
    label: 'leg pummeling',
    phrases: ['leg pummel', 'leg pummeling', 'pummeling'],
    topics: ['guard_retention'],
  },
];

/** Words right before a named technique (or right after it) that ask to get out of it: "get out of 50/50", "saddle escapes". */
export const TERM_DEFENCE_CUES: readonly string[] = [
  'escape',
  'escaping',
  'get out of',
  'getting out of',
  'out of',
  'defend',
  'defending',
  'defence',
  'defense',
  'stop',
  'counter',
  'survive',
  'surviving',
  'stuck in',
  'caught in',
];

/** After a named technique, these make it done to the user: "knee cut keeps going straight thru my guard". */
export const TERM_DONE_TO_USER: readonly string[] = ['thru my guard', 'through my guard', 'past my guard'];
/** Right after a named technique, these make it done to the user: "they just stand up on me". */
export const TERM_ON_USER: readonly string[] = ['on me', 'against me', 'to me'];

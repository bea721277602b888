// What about the user changes which videos fit: size, age, flexibility (domain/constraints.ts).
// "I'm small" and "against bigger guys" both make the user the smaller one; "as a big guy" and
// "smaller opponents" the bigger one.

/** Size words: said of the user they are the user's size; said of opponents, the other way round. */
export const BIG_WORDS: readonly string[] = [
  'big',
  'bigger',
  'biggest',
  'heavy',
  'heavier',
  'heaviest',
  'large',
  'larger',
  'huge',
  'massive',
  'strong',
  'stronger',
  'tall',
  'taller',
  'fat',
  'heavyweight',
  'heavyweights',
  'giant',
  'giants',
  'beefy',
  'jacked',
];
export const SMALL_WORDS: readonly string[] = [
  'small',
  'smaller',
  'smallest',
  'light',
  'lighter',
  'lightest',
  'little',
  'short',
  'shorter',
  'skinny',
  'tiny',
  'petite',
  'lightweight',
  'featherweight',
  'bantamweight',
  'weaker',
];

/** Before a size word these make it the user's: "I'm small", "as a big guy", "best guard for smaller guys". */
export const SELF_MARKERS: readonly string[] = ['im', 'am', 'as', 'being', 'for'];
/** After a size word these make it the opponents': "bigger guys", "heavier opponents". */
export const OPPONENT_NOUNS: readonly string[] = [
  'guy',
  'guys',
  'opponent',
  'opponents',
  'people',
  'person',
  'partner',
  'partners',
  'dude',
  'dudes',
  'men',
  'players',
  'grapplers',
  'folks',
  'ones',
];
/** Before a size word these make it the opponents': "against bigger", "vs heavy". */
export const AGAINST_WORDS: readonly string[] = ['against', 'vs', 'versus', 'with', 'under', 'outweigh', 'outweighs'];
/** Phrases that say the user is the smaller one without a size word next to them. */
export const SMALLER_PHRASES: readonly string[] = [
  'twice my size',
  'size disadvantage',
  'outweigh me',
  'outweighs me',
  'much bigger than me',
  'bigger than me',
  'heavier than me',
  // "everyone i roll with is way bigger"
  'everyone is bigger',
  'everyone is way bigger',
  'everybody is bigger',
  'i roll with is way bigger',
  'i roll with are way bigger',
  'i train with is way bigger',
  'i train with are way bigger',
  'stronger than me',
];
export const BIGGER_PHRASES: readonly string[] = ['smaller than me', 'lighter than me', 'size advantage'];

/** Phrases that say the user is older; an age of 35 or more said of the user says it too. */
export const OLDER_PHRASES: readonly string[] = [
  'older',
  'old guy',
  'old man',
  'old lady',
  'old body',
  'old joints',
  'getting old',
  'too old',
  'masters',
  'master',
  'over 35',
  'over 40',
  'over 45',
  'over 50',
  'in my 40s',
  'in my 50s',
  'in my 60s',
  'in my forties',
  'in my fifties',
  'dad bod',
  'aging',
  'ageing',
  'old knees',
  'old back',
  // training for the long run is the older grappler's question: "tips for training longer"
  'train for longer',
  'keep training into my',
  'longevity',
  'without getting broken',
  'without getting hurt all the time',
  'in my 70s',
  'in my sixties',
  'in my seventies',
];
export const OLDER_AGE = 35;
/** A user's own weight that makes them the smaller or the bigger one in most rooms (kg). */
export const LIGHT_KG = 70;
export const HEAVY_KG = 100;

export const LESS_FLEXIBLE_PHRASES: readonly string[] = [
  'not flexible',
  'not very flexible',
  'not that flexible',
  'not super flexible',
  'inflexible',
  'stiff',
  'tight hips',
  'tight hamstrings',
  'bad hips',
  'bad flexibility',
  'no flexibility',
  'poor flexibility',
  'zero flexibility',
  'limited flexibility',
  'lack flexibility',
  'lack of flexibility',
  'not bendy',
  'poor mobility',
  'bad mobility',
  'limited mobility',
  'cant do the splits',
  // what a worn body cannot do: the low-athleticism videos suit it
  'not athletic',
  'not very athletic',
  'not explosive',
  'not acrobatic',
  'arent acrobatic',
  'isnt acrobatic',
  'cant invert',
  'cant do inversions',
  'bad knees',
  'bad back',
  'dodgy back',
  'dodgy lower back',
  'bad lower back',
];

/** Training for fights with strikes: guards and positions that hold up when the opponent can punch. */
export const STRIKES_PHRASES: readonly string[] = ['mma', 'strikes', 'striking', 'punches', 'ground and pound', 'cage'];

/** Training for self-defence rather than sport. */
export const SELF_DEFENCE_PHRASES: readonly string[] = [
  'self defense',
  'self defence',
  'self-defense',
  'self-defence',
  'street',
  'real world',
  'real fight',
];

/** An escape that ends on top or on the feet: "side control escapes where i come up on top". */
export const ESCAPE_TO_OFFENCE_PHRASES: readonly string[] = [
  'come up on top',
  'come out on top',
  'end up on top',
  'come out attacking',
  'come up attacking',
  'come out on offense',
  'come out on offence',
  'into offense',
  'into offence',
  'get to my knees',
  'at least to my knees',
  'come up to my knees',
  'get to my feet',
  'back to my feet',
  'reversal',
  'reversals',
  'reverse them',
  'not back to guard',
  'not the shrimp back to guard',
];

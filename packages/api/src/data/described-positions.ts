// Positions and submissions told by what the bodies do rather than by name, as people new to the
// sport, parents and partners tell them: "someone sits on my chest" is mount, "he lies across me
// sideways" side control, "curled up in a ball on my knees" the turtle. Told as done to the user
// ("my", "me"), they are escaped or defended (`defending`); told as the user's own ("I can get behind
// people"), they are the position itself. Data for the phrase index (domain/topics/phrase-index.ts).
import type { BaseTopic } from './topic-aliases';

const WHOSE = ['my', 'her', 'his'];
const LYING = ['lay', 'lays', 'laying', 'lying', 'lies', 'lie'];
const SITTING = ['sits', 'sitting', 'sat', 'sit'];
const THEIRS = ['their', 'his', 'her', 'someones'];
const WAISTS_OF = [
  ...THEIRS,
  "someone's",
  'the other persons',
  'the other kids',
  'the other guys',
  'the other girls',
  'peoples',
];
const WRAPPING = ['wrap', 'wraps', 'wrapped', 'wrapping', 'lock', 'locks', 'locked', 'cross', 'crosses', 'crossed'];

export const DESCRIBED_POSITIONS: readonly {
  phrases: readonly string[];
  topics: readonly BaseTopic[];
  defending?: true;
}[] = [
  {
    // "guy straddling my chest throwing punches", "whenever someone sits on my chest I just freeze"
    phrases: [
      'straddling my chest',
      'straddles my chest',
      'straddling me',
      'straddles me',
      ...SITTING.flatMap((sit) =>
        WHOSE.flatMap((whose) => [`${sit} on ${whose} chest`, `${sit} high on ${whose} chest`]),
      ),
      ...SITTING.map((sit) => `${sit} on top of me`),
      'knee either side of my chest',
      'knees either side of my chest',
      'a knee on each side of my chest',
      'knees either side of me',
      ...SITTING.flatMap((sit) =>
        WHOSE.flatMap((whose) => ['stomach', 'belly', 'tummy', 'hips'].map((part) => `${sit} on ${whose} ${part}`)),
      ),
      'kneeling over me',
      'straddled me',
    ],
    topics: ['mount'],
    defending: true,
  },
  {
    // "a bigger girl lay across her chest sideways", "when a heavy bloke lies across me sideways"
    phrases: [
      ...LYING.flatMap((lie) => [...WHOSE.map((whose) => `${lie} across ${whose} chest`), `${lie} across me`]),
      ...LYING.map((lie) => `${lie} on me sideways`),
      'pinned from the side',
      // "he's chest to chest across me, head on the far side"
      'chest to chest across me',
      // "a bigger boy keeps holding him down from the side"
      ...['holding', 'holds', 'held', 'hold'].flatMap((hold) =>
        ['me', 'him', 'her'].map((whom) => `${hold} ${whom} down from the side`),
      ),
      'pins me from the side',
      'chest to chest from the side',
      // "getting out from under someone lying across you like that"
      ...LYING.map((lie) => `${lie} across you`),
      ...LYING.map((lie) => `${lie} across my body`),
    ],
    topics: ['side_control'],
    defending: true,
  },
  {
    // "lying sideways across my chest", "he lies sideways on top of me"
    phrases: [
      ...['across my chest', 'across me', 'on top of me'].map((where) => `sideways ${where}`),
      'across my chest sideways',
    ],
    topics: ['side_control'],
    defending: true,
  },
  {
    // the user on top: "when we're on top lying across someone"
    phrases: LYING.flatMap((lie) => ['someone', 'them', 'him', 'her', 'people'].map((whom) => `${lie} across ${whom}`)),
    topics: ['side_control'],
  },
  {
    // the user on top: "when i'm sitting on their chest", "sat on someone's chest"
    phrases: SITTING.flatMap((sit) =>
      ['their', 'someones', "someone's", 'somebodys'].flatMap((whose) =>
        ['chest', 'stomach', 'belly'].map((part) => `${sit} on ${whose} ${part}`),
      ),
    ),
    topics: ['mount'],
  },
  {
    // the user's own guard: "on my back with my legs wrapped around someone's waist"
    // ("your legs locked around the other kid's waist", "her legs wrapped round people's waist")
    // ("your legs are wrapped around the other person's waist", "my legs around the other guy's waist",
    // "from the legs-around-the-waist spot": a word like "spot" would make everyday words BJJ company)
    phrases: [
      ...['my', 'your', 'her', 'his'].flatMap((legs) =>
        ['', 'are ', 'were '].flatMap((are) =>
          ['', ...WRAPPING.map((wrap) => `${wrap} `)].flatMap((wrap) =>
            ['round', 'around'].flatMap((round) =>
              WAISTS_OF.map((whose) => `${legs} legs ${are}${wrap}${round} ${whose} waist`),
            ),
          ),
        ),
      ),
      'legs around the waist',
    ],
    topics: ['closed_guard'],
  },
  {
    // one leg held: "one of their legs trapped between my legs" (the user's half guard), "my leg got
    // trapped between the other person's legs" (the half guard the user is passing)
    phrases: [
      ...['trapped', 'caught', 'stuck', 'locked'].flatMap((held) => [
        `leg ${held} between my legs`,
        `my leg ${held} between`,
        `my leg got ${held} between`,
        `my leg gets ${held} between`,
      ]),
      'their leg between my legs',
      // "i have one of his legs between mine"
      ...['his', 'her', 'their'].flatMap((whose) => [
        `${whose} legs between mine`,
        `${whose} legs trapped between mine`,
      ]),
    ],
    topics: ['half_guard'],
  },
  {
    // the butterfly hooks met from on top: "they sit up with their feet hooked under my thighs"
    phrases: ['feet', 'foot', 'insteps', 'hooks', 'shins'].flatMap((hook) =>
      ['under', 'inside', 'between'].flatMap((where) => [
        `${hook} ${where} my thighs`,
        `${hook} hooked ${where} my thighs`,
        // the user's own: "sitting up with my feet hooked under his thighs"
        ...['his', 'her', 'their'].map((whose) => `${hook} hooked ${where} ${whose} thighs`),
      ]),
    ),
    topics: ['butterfly_guard'],
  },
  {
    // "kept his knee on my belly the whole round", "their knee on my tummy"
    // ("their knee digging into my belly")
    // ("getting that knee off my stomach": taken off it)
    phrases: ['on', 'in', 'into', 'digging into', 'pressing into', 'shoved into', 'dug into', 'off'].flatMap((at) =>
      ['belly', 'stomach', 'tummy', 'gut'].map((belly) => `knee ${at} my ${belly}`),
    ),
    topics: ['knee_on_belly'],
    defending: true,
  },
  {
    // "how do i get someone off when they kneel on my stomach"
    phrases: ['kneel', 'kneels', 'kneeling', 'knelt'].flatMap((kneel) =>
      ['belly', 'stomach', 'tummy', 'chest'].map((belly) => `${kneel} on my ${belly}`),
    ),
    topics: ['knee_on_belly'],
    defending: true,
  },
  {
    // the user's own: "putting your knee on their stomach and balancing on it"
    phrases: ['on', 'into'].flatMap((at) =>
      THEIRS.flatMap((whose) => ['belly', 'stomach', 'tummy'].map((belly) => `knee ${at} ${whose} ${belly}`)),
    ),
    topics: ['knee_on_belly'],
  },
  {
    // "curled up in a ball on my knees and people ride me round the mat"
    phrases: [
      'curled in a ball',
      'curled up in a ball',
      'curl up in a ball',
      'curl into a ball',
      'curled up like a ball',
      'balled up on my knees',
      'on my hands and knees',
    ],
    topics: ['turtle'],
    defending: true,
  },
  {
    // the guard the user is stuck in: "they wrap their legs round my waist from underneath"
    phrases: WRAPPING.flatMap((wrap) =>
      ['round', 'around'].flatMap((round) => [
        `${wrap} their legs ${round} my waist`,
        `them ${wrap} ${round} my waist`,
      ]),
    ),
    topics: ['closed_guard'],
  },
  {
    // the arm straightened on the user: "keeps getting his arm straightened", "straightens my arm"
    phrases: [
      ...['my', 'his', 'her'].flatMap((whose) =>
        ['arm straightened', 'elbow straightened', 'arm hyperextended', 'elbow hyperextended'].map(
          (done) => `${whose} ${done}`,
        ),
      ),
      'straighten my arm',
      'straightens my arm',
      'straightened my arm',
    ],
    topics: ['armbar'],
    defending: true,
  },
  {
    // the user on someone's back: "when ive got someone flattened out face down under me"
    phrases: ['face down under me', 'flattened out face down', 'flat on their stomach under me'],
    topics: ['back_control'],
  },
  {
    // someone on the user's back: "he gets behind me with his legs wrapped around me"
    phrases: [
      ...['his', 'their', 'her'].flatMap((whose) =>
        [
          'legs wrapped around me',
          'legs wrapped round me',
          'hooks in from behind',
          'legs around my waist from behind',
        ].map((w) => `${whose} ${w}`),
      ),
      ...['gets', 'got', 'get', 'getting'].flatMap((get) =>
        ['', 'round ', 'around '].map((round) => `${get} ${round}behind me`),
      ),
      // "always ends up behind me with both hooks in"
      'ends up behind me',
      'end up behind me',
      'behind me with both hooks in',
    ],
    topics: ['back_control'],
    defending: true,
  },
  {
    // a submission told by what it does: "legs around my neck and arm", "an arm around my neck from the front"
    phrases: ['around', 'round'].flatMap((round) => [`legs ${round} my neck`, `legs ${round} my head`]),
    topics: ['triangle'],
    defending: true,
  },
  {
    phrases: ['arm around my neck from the front', 'headlock from the front', 'front headlock on me'],
    topics: ['guillotine'],
    defending: true,
  },
  {
    phrases: ['bends', 'bent', 'cranks', 'cranked', 'twists', 'twisted'].map((bend) => `${bend} my arm behind my back`),
    topics: ['kimura'],
    defending: true,
  },
  {
    phrases: ['twisting', 'twists', 'twisted', 'twist'].flatMap((twist) =>
      ['heel', 'foot', 'knee'].map((part) => `${twist} my ${part}`),
    ),
    topics: ['heel_hook'],
    defending: true,
  },
  {
    // "leg lock gremlins keep yanking my heel"
    phrases: [
      'yank',
      'yanking',
      'yanks',
      'yanked',
      'crank',
      'cranking',
      'cranks',
      'cranked',
      'rip',
      'ripping',
      'rips',
    ].map((pull) => `${pull} my heel`),
    topics: ['heel_hook'],
    defending: true,
  },
  {
    // "ppl keep cranking my foot when i pass": the straight footlock
    phrases: ['crank', 'cranking', 'cranks', 'cranked'].map((pull) => `${pull} my foot`),
    topics: ['straight_ankle_lock'],
    defending: true,
  },
  {
    // "how do i get my heels out before they rip my knee": a heel pulled free of the hook
    phrases: ['get', 'pull', 'free', 'slip'].map((pull) => `${pull} my heel out`),
    topics: ['heel_hook'],
    defending: true,
  },
  {
    phrases: ['his', 'their', 'her'].map((whose) => `my arm between ${whose} legs`),
    topics: ['armbar'],
    defending: true,
  },
  {
    // a named sweep as a verb: "how do i not get old schooled when im passing half guard"
    phrases: [
      ...['get', 'got', 'getting', 'gets'].flatMap((got) => [`${got} old schooled`, `${got} oldschooled`]),
      'old schooled me',
    ],
    topics: ['sweep'],
    defending: true,
  },
  {
    // put down: "dumps me on my back", "keeps tackling me" (a leg grabbed may be a leg lock)
    phrases: [
      ...['picks', 'picked', 'pick', 'picking'].map((pick) => `${pick} my ankle`),
      ...['tackles', 'tackled', 'tackle', 'tackling'].map((tackle) => `${tackle} me`),
      ...['dumps', 'dumped', 'dump', 'dumping'].map((dump) => `${dump} me on my back`),
    ],
    topics: ['takedown'],
    defending: true,
  },
  {
    // turned over from underneath: "he just flips me over from the bottom" ("rolling me over with
    // it" may be an omoplata rolling the user, so only flipping)
    phrases: ['flips', 'flipped', 'flip', 'flipping'].map((flip) => `${flip} me over`),
    topics: ['sweep'],
    defending: true,
  },
  {
    // the hooks put in by the opponent: "every time i turtle they get both hooks in"
    phrases: [
      ...['they get', 'he gets', 'she gets', 'they got', 'he got', 'she got'].flatMap((get) =>
        ['both hooks in', 'the hooks in', 'their hooks in', 'his hooks in', 'her hooks in'].map(
          (hooks) => `${get} ${hooks}`,
        ),
      ),
    ],
    topics: ['back_take'],
    defending: true,
  },
  {
    // put on the back: "the wrestlers keep putting me on my back with doubles"
    // ("put me on my back and im lost" is being on the bottom)
    phrases: ['put', 'puts', 'putting'].map((put) => `${put} me on my back with`),
    topics: ['takedown'],
    defending: true,
  },
  {
    // head to toe on top: "chest to chest with me but facing my feet, his head near my belly"
    phrases: ['facing my feet', 'his head near my belly', 'his head on my belly', 'his head on my stomach'],
    topics: ['north_south'],
    defending: true,
  },
  {
    // the arm triangle told: "pushed my own arm across my face and squeezed with his head"
    phrases: [
      'my own arm across my face',
      'my arm across my face',
      'my own arm across my neck',
      // "squeezing my neck with my own arm trapped against it"
      ...['trapped', 'pinned', 'stuck', 'jammed'].flatMap((held) => [
        `my own arm ${held} against`,
        `my arm ${held} against my neck`,
      ]),
      'with my own arm',
    ],
    topics: ['arm_triangle'],
    defending: true,
  },
  {
    // a choke told as a verb done to the user: "getting ezekield from inside my own guard"
    phrases: ['get', 'gets', 'getting', 'got'].flatMap((got) => [`${got} ezekield`, `${got} ezekieled`]),
    topics: ['ezekiel'],
    defending: true,
  },
  {
    // the user's own shoulder lock told: "the one where his wrist goes behind his back", "bend the arm
    // up behind their back"
    phrases: ['wrist', 'hand', 'arm'].flatMap((limb) =>
      ['his', 'her', 'their', 'the'].flatMap((whose) => [
        `${limb} goes behind ${whose} back`,
        `${limb} up behind ${whose} back`,
        // (an arm "behind their back" is where they hide it: data/topic-aliases.ts)
        ...(whose === 'their' ? [] : [`${limb} behind ${whose} back`]),
      ]),
    ),
    topics: ['kimura'],
  },
  {
    // the user behind someone: "I can get behind people fine but never finish the choke"
    phrases: [
      'get behind people',
      'get behind someone',
      'getting behind people',
      // "so i finally got behind a blue belt (!!!)"
      'i finally got behind',
      // "once im on someones back i can never finish"
      'on someones back',
      'on somebodys back',
      'on peoples back',
    ],
    topics: ['back_control'],
  },
  {
    // the user across someone: "the one where you lie across them sideways"
    phrases: [
      ...LYING.map((lie) => `${lie} across them`),
      'across them sideways',
      'across him sideways',
      'across her sideways',
    ],
    topics: ['side_control'],
  },
  {
    // the user's own triangle told: "wrap your legs around their head and one arm"
    phrases: ['around', 'round'].flatMap((round) =>
      THEIRS.flatMap((whose) => [`legs ${round} ${whose} head and`, `legs ${round} ${whose} neck and`]),
    ),
    topics: ['triangle'],
  },
  {
    // the user's own armbar told: "swing your leg over their face and pull their arm straight"
    phrases: [
      ...THEIRS.flatMap((whose) => [`leg over ${whose} face`, `pull ${whose} arm straight`]),
      'straighten it across',
    ],
    topics: ['armbar'],
  },
  {
    // the head and neck wrapped from the front: "wraps my neck from above", "my head in his armpit"
    phrases: [
      ...['wraps', 'wrapped', 'wrap', 'wrapping'].map((wrap) => `${wrap} my neck`),
      ...['in', 'under'].flatMap((at) => ['his', 'their', 'her'].map((whose) => `my head ${at} ${whose} armpit`)),
    ],
    topics: ['guillotine'],
    defending: true,
  },
  {
    // "bending his wrist back", "bends my wrist"
    phrases: ['bending', 'bends', 'bent', 'bend', 'cranking', 'cranks'].flatMap((bend) =>
      WHOSE.map((whose) => `${bend} ${whose} wrist`),
    ),
    topics: ['wristlock'],
    defending: true,
  },
  {
    // "traps his foot under his armpit and leans back"
    phrases: ['foot', 'ankle'].flatMap((part) =>
      ['under', 'in'].flatMap((at) => ['his', 'their', 'her'].map((whose) => `${part} ${at} ${whose} armpit`)),
    ),
    topics: ['straight_ankle_lock'],
    defending: true,
  },
  {
    // "bends my knee the wrong way"
    phrases: WHOSE.flatMap((whose) => [`${whose} knee the wrong way`, `${whose} leg the wrong way`]),
    topics: ['kneebar'],
    defending: true,
  },
  {
    // turned over from underneath: "keep rolling him over onto his back from underneath"
    phrases: ['me', 'him', 'her'].flatMap((whom) =>
      ['rolling', 'rolls', 'rolled', 'roll'].map((roll) => `${roll} ${whom} over onto`),
    ),
    topics: ['sweep'],
    defending: true,
  },
  {
    // the user passing: "how do you get past someone's legs"
    phrases: ['get', 'getting', 'got'].flatMap((get) =>
      [...THEIRS, "someone's", 'the'].map((whose) => `${get} past ${whose} legs`),
    ),
    topics: ['guard_passing'],
  },
  {
    // head to toe, the user on top: "lying upside down on top of them, head to their belly"
    phrases: ['upside down on top of them', 'upside down on top of him', 'head to their belly', 'head to his belly'],
    topics: ['north_south'],
  },
  {
    // the user's open guard told: "on my back with my feet on their hips and hands on their sleeves"
    phrases: ['feet', 'foot'].flatMap((feet) => THEIRS.map((whose) => `my ${feet} on ${whose} hips`)),
    topics: ['open_guard'],
  },
  {
    // the choke from behind told: "your arm goes under their chin and you grab your own bicep"
    phrases: ['the', ...THEIRS].flatMap((whose) => [`arm under ${whose} chin`, `arm goes under ${whose} chin`]),
    topics: ['rear_naked_choke'],
  },
  {
    // "sit up and hook your feet inside their thighs"
    phrases: ['feet', 'hooks', 'insteps'].flatMap((feet) => THEIRS.map((whose) => `${feet} inside ${whose} thighs`)),
    topics: ['butterfly_guard'],
  },
  {
    // "that legs round the neck and arm thing"
    phrases: ['round', 'around'].flatMap((round) =>
      ['the', ...THEIRS].flatMap((whose) => [
        `legs ${round} ${whose} neck and arm`,
        `legs ${round} ${whose} head and arm`,
      ]),
    ),
    topics: ['triangle'],
  },
  {
    // done to the user: "they put their legs over my shoulder and neck and pull my head down"
    phrases: ['over', 'around', 'round'].flatMap((round) =>
      ['shoulder', 'arm'].flatMap((limb) => [`legs ${round} my ${limb} and neck`, `legs ${round} my ${limb} and head`]),
    ),
    topics: ['triangle'],
    defending: true,
  },
  {
    // "hook my foot behind their knee from the outside"
    phrases: THEIRS.map((whose) => `behind ${whose} knee from the outside`),
    topics: ['de_la_riva'],
  },
  {
    // "grab their wrist, put your other arm through and twist their arm behind their back"
    phrases: ['twist', 'twists', 'bend', 'bends', 'crank', 'cranks'].flatMap((turn) =>
      THEIRS.map((whose) => `${turn} ${whose} arm behind ${whose} back`),
    ),
    topics: ['kimura'],
  },
  {
    // "one hand deep in their collar, other hand grabs their pant leg and you lean back"
    phrases: ['pant leg and you lean back', 'pant leg and lean back', 'pants and lean back'],
    topics: ['bow_and_arrow'],
  },
  {
    // "… out through their armpit, you grab your bicep and roll them like a gator"
    phrases: ['like a gator', 'like an alligator', 'like a crocodile'],
    topics: ['anaconda'],
  },
  {
    // "when im all the way underneath him hugging his leg"
    phrases: [
      ...['him', 'them', 'her', ...THEIRS.map((whose) => `${whose} legs`)].map(
        (who) => `all the way underneath ${who}`,
      ),
      ...THEIRS.map((whose) => `underneath ${whose} legs`),
      ...THEIRS.map((whose) => `hugging ${whose} leg`),
    ],
    topics: ['deep_half_guard'],
  },
  {
    // "swing my leg over their face and pull the arm straight"
    phrases: [...THEIRS.map((whose) => `leg over ${whose} face`), 'pull the arm straight', 'pull their arm straight'],
    topics: ['armbar'],
  },
  {
    // a sweep told: "a simple way to knock someone over when im on my back"
    phrases: ['knock', 'knocking', 'tip', 'tipping'].flatMap((knock) =>
      ['someone', 'them', 'him', 'her', 'people'].map((who) => `${knock} ${who} over`),
    ),
    topics: ['sweep'],
  },
];

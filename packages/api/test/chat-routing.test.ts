import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { routeChat, type ChatRoute } from '../src/domain/chat-route';
import { looksLikeTrainingLog, scoreTrainingLog } from '../src/domain/chat-routing';
import type { ProfileField } from '../src/domain/profile-answers';
import { parseRoutingLines, scoreRouting } from '../src/domain/routing-scoring';

// A test over a whole fixture, which grows with every labelled round, gets more time than a unit test.
const FIXTURE_TIMEOUT = 60_000;

interface LabelledMessage {
  text: string;
  log: boolean;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture: LabelledMessage[] = readFileSync(path.resolve(here, 'fixtures/chat-routing.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledMessage);

const explain = (text: string): string => {
  const { score, cues } = scoreTrainingLog(text);
  return `${text} → ${score} [${cues.join(', ')}]`;
};

describe('the labelled fixture (fixtures/chat-routing.jsonl)', () => {
  it('has at least 150 well-formed lines with both labels well represented', () => {
    expect(fixture.length).toBeGreaterThanOrEqual(150);
    expect(fixture.every((m) => typeof m.text === 'string' && m.text !== '' && typeof m.log === 'boolean')).toBe(true);
    expect(fixture.filter((m) => m.log).length).toBeGreaterThanOrEqual(60);
    expect(fixture.filter((m) => !m.log).length).toBeGreaterThanOrEqual(60);
  });

  it('routes at least 95% correctly', () => {
    const misses = fixture.filter((m) => looksLikeTrainingLog(m.text) !== m.log);
    const accuracy = 1 - misses.length / fixture.length;
    expect(
      accuracy,
      misses.map((m) => `${m.log ? 'LOG ' : 'REQ '} ${explain(m.text)}`).join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('never sends a fixture request to the log when it opens with a question word or asks for videos', () => {
    const asks = fixture.filter((m) => !m.log && /^(how|what|show|videos?)\b/i.test(m.text));
    expect(asks.filter((m) => looksLikeTrainingLog(m.text)).map((m) => explain(m.text))).toEqual([]);
  });
});

describe('looksLikeTrainingLog', () => {
  describe('the brief’s examples', () => {
    it.each([
      ['just trained, worked on closed guard', true],
      ['today we drilled knee cuts', true],
      ['rolled 5 rounds, got swept from half guard', true],
      ['had a rough class, got smashed in side control', true],
      ['hit my first triangle tonight!', true],
      ['open mat was great, worked leg locks', true],
      ['Drilled knee cut passes for 30 min then sparred', true],
      ['trained no-gi this morning', true],
      ['class today: armbar from mount', true],
      ['how do I escape side control', false],
      ['show me triangle escapes', false],
      ['triangles', false],
      ['best guard for a beginner?', false],
      ['what should I drill today', false],
      ['videos on half guard sweeps', false],
      ['I keep getting swept from half guard, any tips?', false],
      ['trenowałem dzisiaj no gi, darce i anaconda z front headlocka, 6 rund sparingów', true],
      [
        'quick one after work, reverse dlr drills only, no sparring cos the knee is playing up. who else is in tmrw?',
        true,
      ],
      ['any drills with no sparring for beginners?', false],
    ] as const)('%s → %s', (text, expected) => {
      expect(looksLikeTrainingLog(text), explain(text)).toBe(expected);
    });
  });

  describe('matches whole words only', () => {
    it.each([
      ['controlled breathing', false], // not "rolled"
      ['patrolled the mats', false],
      ['unlocked a new level', false],
      ['rolled', true],
      ['sparred', true],
    ] as const)('%s → %s', (text, expected) => {
      expect(looksLikeTrainingLog(text), explain(text)).toBe(expected);
    });
  });

  describe('negation and plans are not sessions', () => {
    it.each([
      ["didn't train today, what can I drill at home?", false],
      ['haven’t rolled in 3 weeks', false],
      ['no class today', false],
      ['training tomorrow, gonna work half guard', false],
      ['about to head to class, what should I focus on', false],
      ["I'm training tonight", false],
    ] as const)('%s → %s', (text, expected) => {
      expect(looksLikeTrainingLog(text), explain(text)).toBe(expected);
    });
  });

  describe('habit plus an ask is a request; an event is a log', () => {
    it.each([
      ['I always get passed, help', false],
      ['i get tapped by kimuras a lot', false],
      ['got tapped by kimuras twice tonight', true],
      ['kept getting passed tonight', true],
      ["I've got a comp next week", false],
    ] as const)('%s → %s', (text, expected) => {
      expect(looksLikeTrainingLog(text), explain(text)).toBe(expected);
    });
  });

  describe('a story ending in a question: a complaint stays a log, asking for help with a technique is a request', () => {
    it.each([
      ['drilled guard retention all night, why is it so hard to keep my knees in', true],
      ['rolled 6 rounds today. how come nobody lets me play half guard?', true],
      ['rolled 6 rounds and got mounted every time, how can i escape mount', false],
      ['sparred 5 rounds today, any tips for my cardio?', false],
      ['rolled 6 rounds tonight and got swept every time, how do i fix that', false],
      ['first class today! is it normal to be this sore?', true],
      ['rolled 5 rounds tonight, is the kimura legal for white belts?', true],
      // "should i …?" about no technique is a yes-or-no aside; "can u show me" is an ask
      ['today 2hrs. 1hr drilling lasso guard, 1hr rolls. knees are cooked, should i ice them?', true],
      ['one class this morning, 60 min, deep half sweeps and 3 rolls after. should i be drilling more?', true],
      ['rolled 6 rounds tonight, should i learn the kimura or the americana first?', false],
      ['coach showed a sweep from deep half tonight but i forgot the grips, can u show me', false],
      ['rolled with a black belt saturday and he tapped me with a wristlock. any vids on wristlocks', false],
      // "how to" inside the story is not an ask
      ['coach showed us how to do the kimura from side control today', true],
    ] as const)('%s → %s', (text, expected) => {
      expect(looksLikeTrainingLog(text), explain(text)).toBe(expected);
    });
  });

  describe('a write-up headed by a time word, a workout, and the present perfect are logs', () => {
    it.each([
      ['tonight: x guard entries and flow rolling', true],
      ['mobility and conditioning today, solid workout', true],
      ['the whole week has been guard passing, today knee cuts', true],
      ['drilled x guard this week so far', true],
    ] as const)('%s → %s', (text, expected) => {
      expect(looksLikeTrainingLog(text), explain(text)).toBe(expected);
    });
  });

  describe('what held up in a round is a log; being held down is a habit', () => {
    it.each([
      ['every round started from top mount and i held it most of the time', true],
      ['positional from de la riva, my guard actually held up for once', true],
      ['i always get held down in side control, how do i get up', false],
    ] as const)('%s → %s', (text, expected) => {
      expect(looksLikeTrainingLog(text), explain(text)).toBe(expected);
    });
  });

  describe('counts, slang and typos', () => {
    it.each([
      ['4x6min rounds', true],
      ['did a couple of rounds, gassed', true],
      ['rolld 4 rounds tonite', true],
      ['6am class, drilled toe holds', true],
      ['yday open mat: survived lol 😅', true],
      ['2hr session, mostly passing 🔥', true],
    ] as const)('%s → %s', (text, expected) => {
      expect(looksLikeTrainingLog(text), explain(text)).toBe(expected);
    });
  });

  describe('logs told in French, Hindi-English, Portuguese and Jamaican patois', () => {
    it.each([
      ['mi roll wid di blue belts, den mi tap out twice', true],
      ['cours à soir, on a fait du passage de garde', true],
      ['jai fait du drilling de kimura hier', true],
      ['aaj kimura drill kiya coach ke saath', true],
      ['consegui a raspagem de meia guarda no treino', true],
      ['comment faire un triangle?', false],
      // a question word in Spanish or Portuguese asks, whatever the story before it
      ['hoy rodé 5 rounds, cómo mejoro mi guardia', false],
      ['treinei hoje, qual raspagem devo usar contra gente pesada', false],
      ['fui ao treino hoje, como faço a raspagem de gancho?', false],
    ] as const)('%s → %s', (text, expected) => {
      expect(looksLikeTrainingLog(text), explain(text)).toBe(expected);
    });
  });

  describe('ambiguous or empty text goes to videos', () => {
    it.each(['', '   ', 'hey', 'thanks!', 'half guard', 'armbar from mount', 'class', 'today', '🔥🔥🔥', 'jiu jitsu'])(
      '%j → false',
      (text) => {
        expect(looksLikeTrainingLog(text), explain(text)).toBe(false);
      },
    );
  });

  it('counts each cue once, so repetition does not outweigh a question', () => {
    expect(scoreTrainingLog('class class class class').score).toBe(scoreTrainingLog('class').score);
  });
});

// Written by a labeller who had not seen the router: messages with and without a pending question.
describe('routeChat on the pending-question fixture (fixtures/chat-routing.pending.jsonl)', () => {
  const lines = readFileSync(path.resolve(here, 'fixtures/chat-routing.pending.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; pending: ProfileField | null; expect: ChatRoute });

  it('covers all three routes, with and without a pending question', () => {
    for (const route of ['profile', 'session', 'videos'] as const)
      expect(lines.filter((l) => l.expect === route).length).toBeGreaterThanOrEqual(40);
    expect(lines.filter((l) => l.pending !== null && l.expect !== 'profile').length).toBeGreaterThanOrEqual(20);
  });

  it(
    'routes at least 98.5% as labelled, and 90% of every family of lines',
    () => {
      // each line is routed once: the family scores reuse the routes
      const routes = new Map(lines.map((l) => [`${l.pending}\u0000${l.text}`, routeChat(l.text, l.pending)]));
      const routed = (text: string, pending: ProfileField | null): ChatRoute => routes.get(`${pending}\u0000${text}`)!;
      const misses = lines.filter((l) => routed(l.text, l.pending) !== l.expect);
      expect(
        1 - misses.length / lines.length,
        misses.map((l) => `[${l.pending}] ${l.text} → ${routed(l.text, l.pending)}, want ${l.expect}`).join('\n'),
      ).toBeGreaterThanOrEqual(0.985);
      for (const [family, s] of scoreRouting(lines, routed).byFamily)
        expect(s.accuracy, family).toBeGreaterThanOrEqual(0.9);
    },
    FIXTURE_TIMEOUT,
  );

  describe('a log with numbers while the frequency question waits is a log; a weekly habit is the answer', () => {
    it.each([
      ['rolled six times with the comp team tonight', 'session'],
      ['did 7 rounds of 5 min tonight, gassed after 4', 'session'],
      ['trained twice today, morning gi and evening nogi', 'session'],
      ['went to both classes today, 1 gi 1 nogi', 'session'],
      ['trained 3 times this week', 'profile'],
      ['3 times a week usually', 'profile'],
      ['mon wed fri', 'profile'],
      // classes named and counted with nothing that happened is the week's habit; rolls counted are a session
      ['2 gi classes and an open mat', 'profile'],
      ['1 hour of takedown drills then 3 rolls', 'session'],
      ['light flow rolls only, ribs still hurt', 'session'],
      ['stuck on bottom half guard the whole roll against a 100kg dude', 'session'],
      // "in 3 weeks" is a span, not a weekly habit
      ['first class back in 3 weeks, hip escapes for 10 min then rolled 3', 'session'],
      ['top/bottom rotations from knee on belly tonight', 'session'],
    ] as const)('%s → %s', (text, route) => {
      expect(routeChat(text, 'training_frequency')).toBe(route);
    });
  });

  describe('a short answer first, then context that reads like a log, is the answer', () => {
    it.each([
      ['training_goals', 'competition, got a big tournament in june', 'profile'],
      ['training_goals', 'fitness mainly, lost 10 kg since i started', 'profile'],
      ['training_frequency', '3x a week, went tonight and drilled armbars', 'profile'],
      ['training_frequency', 'four times a week, usually the evening class where we drill passing', 'profile'],
      // a heading or a session in the first words is a log
      ['main_position', 'top game day: knee cuts and leg drags', 'session'],
      ['training_goals', 'fun class today, lots of drilling', 'session'],
      ['training_goals', 'hard cardio day at the gym, good for my conditioning', 'session'],
      ['training_goals', 'for the cardio, and i lost weight', 'profile'],
      // a verb in the past in the first words is the story, not an answer
      ['training_goals', 'sweated buckets, great cardio session today', 'session'],
    ] as const)('[%s] %s → %s', (field, text, route) => {
      expect(routeChat(text, field)).toBe(route);
    });
  });

  describe('a request while a question waits stays a request', () => {
    it.each([
      ['main_position', 'triangle from closed guard pls'],
      ['training_goals', 'self defense techniques for when someone grabs me from behind'],
      ['main_position', 'guard retention when they try to smash pass'],
    ] as const)('[%s] %s → videos', (field, text) => {
      expect(routeChat(text, field)).toBe('videos');
    });
  });

  it('reads learning with no technique named as an answer to the goals question', () => {
    expect(routeChat('get better, learn the techniques', 'training_goals')).toBe('profile');
  });

  describe('a log told the way people tell rolls', () => {
    it.each([
      'got my back taken like 4 times, rnc every time',
      'hit the ezekiel from mount on the new guy lol',
      'takedown day. hit 2 single legs in live',
      'treino bom hoje, finalizei com triângulo duas vezes',
    ])('%s → session', (text) => {
      expect(routeChat(text, null)).toBe('session');
    });
  });

  describe('a promotion while the belt question waits answers it', () => {
    it.each([
      ['just got promoted to blue tonight!!', 'profile'],
      ['got my brown belt last night, still buzzing', 'profile'],
      ['coach gave me my purple on saturday', 'profile'],
      ['rolled with a black belt tonight and got destroyed', 'session'],
      // the colour in the plural is a group of people
      ['got tapped by the browns again tonight', 'session'],
      // "got my" is a promotion only with a belt or a stripe after it
      ['got my ass handed to me by the blue belt tonight', 'session'],
      ['got my second stripe on blue tonight', 'profile'],
    ] as const)('%s → %s', (text, route) => {
      expect(routeChat(text, 'belt_level')).toBe(route);
    });
  });

  it('takes "what should I…" after an answer for a video request', () => {
    expect(routeChat('i want to compete, what should i drill', 'training_goals')).toBe('videos');
    expect(routeChat('blue belt, which should i learn first, kimura or armbar', 'belt_level')).toBe('videos');
  });

  it('takes a technique named while a question waits for a video request', () => {
    expect(routeChat('butterfly guard sweeps', 'main_position')).toBe('videos');
    expect(routeChat('best passes vs de la riva', 'main_position')).toBe('videos');
    expect(routeChat('leg lock defense for nogi comps', 'training_goals')).toBe('videos');
    expect(routeChat('top pressure passing', 'main_position')).toBe('profile');
    expect(routeChat('self defense', 'training_goals')).toBe('profile');
  });

  it('never takes a training log as an answer to the belt, position or goals question', () => {
    expect(routeChat('competed today, lost my first match to a heel hook', 'main_position')).toBe('session');
    expect(routeChat('rolled with my coach tonight, survived 4 minutes before getting choked', 'training_goals')).toBe(
      'session',
    );
    expect(routeChat('trained 3 times this week', 'training_frequency')).toBe('profile');
    expect(routeChat('trained today, got armbarred by a purple belt', 'belt_level')).toBe('session');
    expect(routeChat('purple belt, 2 stripes', 'belt_level')).toBe('profile');
  });
});

describe('parseRoutingLines and scoreRouting', () => {
  it('reads both line formats and scores each family of lines', () => {
    const lines = parseRoutingLines(
      [
        '{"text":"rolled 5 rounds","log":true}',
        '{"text":"armbar videos","log":false}',
        '{"text":"blue belt","pending":"belt_level","expect":"profile","family":"answer_while_pending"}',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.pending, l.expect])).toEqual([
      [null, 'session'],
      [null, 'videos'],
      ['belt_level', 'profile'],
    ]);
    const score = scoreRouting(lines, () => 'videos');
    expect(score.correct).toBe(1);
    expect(score.byFamily.get('answer_while_pending')?.accuracy).toBe(0);
    expect(score.byFamily.get('(untagged)')?.accuracy).toBe(0.5);
  });

  it('refuses a malformed line instead of scoring it', () => {
    expect(() => parseRoutingLines('{"text":"x","expect":"nowhere"}')).toThrow(/line 1/);
  });
});

describe('logs while the frequency question is pending', () => {
  it.each([
    '3 hour open mat saturday, rolled til i couldnt lift my arms',
    'missed all of last week but back tonight, drilled collar sleeve guard and rolled 3x',
    'hoje foram 5 rolas de 5 minutos, terminei morto',
  ])('%j is a session', (text) => {
    expect(routeChat(text, 'training_frequency')).toBe('session');
  });

  it('a week of sessions counted, with the regular day named, is still the answer', () => {
    expect(routeChat('2 gi classes, 2 nogi and the sunday open mat', 'training_frequency')).toBe('profile');
  });
});

describe('Spanish logs, and things asked for someone while a question is pending', () => {
  it.each([
    'hoy entrené con mi hijo en la clase de niños y luego hice la de adultos, trabajamos la guardia cerrada',
    'entrenamiento de hoy: media guardia, me hicieron la raspada una y otra vez pero aprendí algo',
  ])('%j is a session', (text) => {
    expect(routeChat(text, null)).toBe('session');
  });

  it('"half guard sweeps for old guys with bad knees" asks for videos; "guard, sweeps for days" answers', () => {
    expect(routeChat('half guard sweeps for old guys with bad knees', 'main_position')).toBe('videos');
    expect(routeChat('guard, sweeps for days', 'main_position')).toBe('profile');
  });
});

describe('write-ups named by the night or the class, and a belt stated before the chatter', () => {
  it.each([
    'escapes night: mount, side control, back. no rolling cuz lots of new guys',
    'mount escapes at lunch class, my partner was a brown belt and super patient w me',
  ])('%j is a session', (text) => {
    expect(routeChat(text, 'belt_level')).toBe('session');
  });

  it('"black belt, 2nd degree. just here for the vids" answers the belt question; a technique asked does not', () => {
    expect(routeChat('black belt, 2nd degree. just here for the vids', 'belt_level')).toBe('profile');
    expect(routeChat('blue belt, need half guard sweeps', 'belt_level')).toBe('videos');
  });
});

describe('a day named then described, and "how" in Spanish or Portuguese', () => {
  it('"half guard day. underhook, dogfight, old school sweep. felt good" is a session; a day then a question is not', () => {
    expect(routeChat('half guard day. underhook, dogfight, old school sweep. felt good', null)).toBe('session');
    expect(routeChat('half guard day. what sweeps should i learn', null)).toBe('videos');
  });

  it.each([
    ['main_position', 'cómo mantener la montada'],
    ['training_goals', 'como fazer o estrangulamento ezequiel'],
    ['belt_level', 'como se defende o triângulo'],
  ] as const)('[%s] %j asks how, so it is a request', (pending, text) => {
    expect(routeChat(text, pending)).toBe('videos');
  });

  it('"como lazer" (as leisure) still answers the goals question', () => {
    expect(routeChat('como lazer', 'training_goals')).toBe('profile');
  });

  it('"cinturón blanco" answers the belt question', () => {
    expect(routeChat('cinturón blanco', 'belt_level')).toBe('profile');
  });
});

describe('notes headed by a weekday, and "what should i learn" while a question is pending', () => {
  it('"fri: x guard sweeps x15, single leg x entries, 20 min flow rolling" is a session', () => {
    expect(routeChat('fri: x guard sweeps x15, single leg x entries, 20 min flow rolling', null)).toBe('session');
  });

  it.each([
    ['training_frequency', 'i train every day and my knees are wrecked, which leg lock defense should i learn first'],
    ['main_position', 'im a guard player but i cant sweep anyone, what sweeps should i learn'],
  ] as const)('[%s] %j is a request', (pending, text) => {
    expect(routeChat(text, pending)).toBe('videos');
  });
});

describe('round r14: recaps, conditioning counted, and tips asked', () => {
  it('"class recap: americana from side control then kimura trap stuff" is a session', () => {
    expect(routeChat('class recap: americana from side control then kimura trap stuff', null)).toBe('session');
  });

  it('"brutal conditioning at the end of class, 100 sprawls" is a session while goals are pending', () => {
    expect(routeChat('brutal conditioning at the end of class, 100 sprawls 🥵', 'training_goals')).toBe('session');
  });

  it('"top game tips? i keep losing mount" asks; "top, thanks for the tips" answers', () => {
    expect(routeChat('top game tips? i keep losing mount', 'main_position')).toBe('videos');
    expect(routeChat('top, thanks for the tips', 'main_position')).toBe('profile');
  });
});

describe('"como" before a noun answers', () => {
  it.each(['como mujer quiero aprender defensa personal', 'como militar preciso de defesa pessoal'])(
    '%j answers the goals question',
    (text) => {
      expect(routeChat(text, 'training_goals')).toBe('profile');
    },
  );
});

describe('round r15: attended and signing off, the gym’s plans, laughter ending a sentence', () => {
  it('"only made it to drilling today, 100 reps of hip escapes. back tmrw" is a session', () => {
    expect(
      routeChat('only made it to drilling today, 100 reps of hip escapes + technical standups. back tmrw', null),
    ).toBe('session');
    expect(routeChat('back tomorrow for the comp class, what should i drill for half guard?', null)).toBe('videos');
  });

  it('a log ending "who\'s coming saturday?" is a session; ending with a technique asked it is not', () => {
    expect(routeChat("7 rounds nogi, passed with the knee slice on most of them. who's coming saturday?", null)).toBe(
      'session',
    );
    expect(routeChat('7 rounds nogi, got passed with the knee slice every time. how do i stop it?', null)).toBe(
      'videos',
    );
  });

  it('"… from everywhere lol how do i not get wristlocked" asks for help', () => {
    expect(
      routeChat('tonight a purple belt kept wristlocking me from everywhere lol how do i not get wristlocked', null),
    ).toBe('videos');
  });
});

describe('round r16: a technique asked first, then context; "help" and matchups while a question is pending', () => {
  it.each([
    'x guard entries from butterfly? we drilled it in class but i forgot the details already',
    'kimura trap from half? coach showed it tuesday and i already lost the steps',
    'loop choke? saw it at a comp and i wanna learn it',
  ])('%j opens by asking about a technique: videos', (text) => {
    expect(routeChat(text, null)).toBe('videos');
  });

  it('a question that recalls ("remember the kimura trap?") leaves the story to decide', () => {
    expect(routeChat('remember the kimura trap? hit it tonight in sparring', null)).toBe('session');
    expect(routeChat('did you see the berimbolo? hit it tonight in sparring', null)).toBe('session');
    // a question the story answers
    expect(routeChat('armbar? finally hit it tonight in sparring, felt amazing', null)).toBe('session');
    expect(routeChat('mount escapes? we did them for 45 mins tonight then rolled', null)).toBe('session');
  });

  it.each([
    ['main_position', 'butterfly guard vs pressure passers, help'],
    ['belt_level', 'side control escapes, help'],
    ['training_frequency', 'help!! deep half guys smash me'],
  ] as const)('[%s pending] %j asks for instruction: videos', (pending, text) => {
    expect(routeChat(text, pending)).toBe('videos');
  });

  it.each([
    ['main_position', 'top vs bottom? bottom for sure', 'profile'],
    ['training_goals', 'self defense, my wife thinks it could help', 'profile'],
    ['belt_level', 'brown belt, i help coach the comp team', 'profile'],
    // a matchup named in an answer is still the answer; "help" as a verb
    ['main_position', 'guard, closed guard vs bigger guys', 'profile'],
    ['training_goals', 'stress relief, it really does help', 'profile'],
  ] as const)('[%s pending] %j still answers', (pending, text, expected) => {
    expect(routeChat(text, pending)).toBe(expected);
  });
});

describe('round r19: time broken down, a week not over, one technique against another', () => {
  it.each([
    [null, '1hr private w professor: 20 min dlr entries, 20 berimbolo, 20 rolling. notes to self - keep the hook deep'],
    ['main_position', 'guard retention drills for 30 min then 4x5 starting from open guard bottom'],
    [
      'training_goals',
      'in-service dt: 2 hrs ground control and cuffing from prone, then 20 min rolling. mostly self defense',
    ],
    [
      'training_frequency',
      'trained 2x this week so far, mon was closed guard attacks and today back takes, 4 rolls tonight',
    ],
  ] as const)('[%s pending] %j is a session', (pending, text) => {
    expect(routeChat(text, pending)).toBe('session');
  });

  it.each([
    ['training_frequency', '4. tues thurs sat sun. the tuesday one is mostly triangle drills lol', 'profile'],
    ['training_frequency', 'once a week guy here, need something on defending heel hooks so i dont get hurt', 'videos'],
    ['training_goals', 'self defense stuff from guard, like if someones punching down at you', 'videos'],
    ['training_goals', 'self defense stuff mostly', 'profile'],
    ['training_frequency', 'anything on anaconda defence? got caught 3 times this week off my own shot', 'videos'],
    ['training_goals', 'something for fitness mostly', 'profile'],
    ['belt_level', 'sensei gave me purple on saturday after keiko, finally', 'profile'],
    ['training_frequency', '4 x 6min from standing, osoto gari landed once, pulled to dlr after', 'session'],
    ['main_position', 'passing de la riva when they have the sleeve grip', 'videos'],
    ['main_position', 'top, when they pull guard i pass', 'profile'],
    ['training_goals', 'for fitness what solo drills can I do at home', 'videos'],
    [
      null,
      "got caught in a north south choke twice this morning and I don't understand how it works. explain it to me",
      'videos',
    ],
    [null, 'had a rough roll. teach me the kimura trap', 'videos'],
    [null, 'trained hard tonight, will explain later', 'session'],
    ['training_goals', 'saw a reverse de la riva to back take at the taikai yesterday, want to learn it', 'videos'],
    ['training_goals', 'comps, want to try it at least once', 'profile'],
    ['training_goals', 'self defence stuff for my daughter? shes 14', 'videos'],
    ['training_goals', 'self defence, same as my daughter', 'profile'],
  ] as const)('[%s pending] %j → %s', (pending, text, expected) => {
    expect(routeChat(text, pending)).toBe(expected);
  });

  it('"guard passing vs de la riva" asks while the position question is pending; a habit still answers', () => {
    expect(routeChat('guard passing vs de la riva', 'main_position')).toBe('videos');
    expect(routeChat('trained 3 times this week', 'training_frequency')).toBe('profile');
    expect(routeChat('30 min drilling, how do i fix my guard', null)).toBe('videos');
  });
});

describe('"any … drills" asks for help, with a few words between', () => {
  it.each([
    ['training_goals', 'i want to get fitter for rolling, any hip escape drills i can do at home', 'videos'],
    ['training_goals', 'fitness mostly. any good drills?', 'videos'],
    // control: the answer alone
    ['training_goals', 'i want to get fitter for rolling', 'profile'],
  ] as const)('[%s pending] %j → %s', (pending, text, expected) => {
    expect(routeChat(text, pending)).toBe(expected);
  });
});

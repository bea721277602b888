import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parses, type Case } from './profile-cases';
import {
  PROFILE_FIELDS,
  describeProfileValue,
  looksLikeAnswer,
  parsePendingAnswer,
  parseProfileAnswer,
  type ProfileField,
  type ProfileValue,
} from '../src/domain/profile-answers';
import {
  isCorrect,
  parseProfileSamples,
  scoreProfileByFamily,
  scoreProfileSamples,
  type ProfileScore,
} from '../src/domain/profile-scoring';

const SAMPLE = path.resolve(__dirname, '../../../eval/profile.sample.jsonl');
const EXTRA = path.resolve(__dirname, 'fixtures/profile.extra.jsonl');

const scoreFile = (file: string): ProfileScore =>
  scoreProfileSamples(parseProfileSamples(readFileSync(file, 'utf8')), parseProfileAnswer);
const missList = (score: ProfileScore): string[] =>
  score.misses.map(
    (m) => `[${m.field}] ${JSON.stringify(m.text)} → ${JSON.stringify(m.got)} (want ${JSON.stringify(m.expect)})`,
  );

describe('labelled sets', () => {
  it('reads every line of the shared sample (shared/eval/profile.sample.jsonl)', () => {
    const score = scoreFile(SAMPLE);
    expect(score.total).toBeGreaterThan(0);
    expect(missList(score)).toEqual([]);
  });

  it('reads at least 97% of the held-out style set, in every field, and 90% of every family of lines', () => {
    const score = scoreFile(EXTRA);
    expect(score.total).toBeGreaterThanOrEqual(200);
    expect(score.accuracy, missList(score).join('\n')).toBeGreaterThanOrEqual(0.97);
    for (const field of PROFILE_FIELDS) expect(score.byField[field].accuracy, field).toBeGreaterThanOrEqual(0.97);
    const samples = parseProfileSamples(readFileSync(EXTRA, 'utf8'));
    for (const [family, s] of scoreProfileByFamily(samples, parseProfileAnswer))
      expect(s.accuracy, family).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a value mentioned is not a value stated', () => {
  parses('belt_level', [
    ["Coach says I'll probably get my blue at the next promotion", null],
    ['Aiming to hit purple by the end of this year', null],
    ['My professor is a 3rd degree black belt', null],
    ['my gf is a blue belt and she taps me constantly', null],
    ['supposed to get my brown in December, until then I am still purple', 'purple'],
    ['not blue yet, hopefully soon', 'white'],
    ['4 stripes, waiting on my blue', 'white'],
    ["i'd love to be a purple belt by next year", null],
    // a belt promised, typed without the apostrophe
    ['coach says ill get my blue next month', null],
    ['getting my purple at the next graduation ceremony', null],
    ['getting promoted to brown next week supposedly', null],
    // a promotion with a date is still to come, however it is phrased
    ['coach is promoting me to blue next month', null],
    ["coach says i'm getting purple at the next promotion", null],
    ['grading is next month, fingers crossed for purple', null],
    ['4 stripe white, blue next month', 'white'],
    // "one day" is someday, not a day on the mats
    ['black one day lol', null],
    ['been training for one day', 'white'],
    ['got promoted in judo, brown now', null],
    // a colour in the plural is a group of people
    ['the purple belts at my gym are brutal', null],
    ['the browns always smash me in open mat', null],
  ]);
  parses('training_frequency', [
    ['goal is 5x a week', null],
    ['the gym has classes 6 days a week', null],
    ['my training partner goes every day, I manage twice', 2],
    ['planning on 3 times a week once my new job settles down', null],
    ['hoping to go from once a week to three', 1],
    // a past habit alone says nothing of now
    ['used to train 5 days a week before my knee surgery', null],
    ['used to train 5 days a week, now 2', 2],
    ['in college i was on the mat every single day', null],
    // a rate worked toward, or training not begun ("starting" is no "sparring")
    ['trying to get up to 4 a week', null],
    ['starting next month, prob 3x', null],
    ['every dang day bro no days off 💪', 6.5],
    // a change made: the count after "to" is now
    ['went from twice a week to four since i moved closer to the gym', 4],
    ['I wish I could train every day', null],
    ['the pros train twice a day', null],
    // "us" as the object of someone else's wish is the coach's number, not the user's
    ['my professor expects us on the mat 5 times a week', null],
  ]);
  parses('main_position', [
    ['my main training partner is a huge guard player', null],
    ['my drilling partner is a guard player', null],
    ['everyone at my gym pulls guard', null],
    // a side named for a group of people
    ['the top players at my gym crush me', null],
    ['trying to become more of a top player', null],
    ['learn to play guard someday', null],
  ]);
  parses('training_goals', [
    ['my coach wants me to compete', null],
    // a goal left behind
    ['used to compete in my twenties', null],
    ['my daughter trains for self defense', null],
    ['buddy dragged me in for self defense, now I want to compete', 'competition'],
    // "my coach" is a person, not the goal of coaching
    ['whatever my instructor says', null],
    ['I want to coach one day', 'skill_development'],
  ]);
});

describe("another art's belt, schedule or goal is not the BJJ one", () => {
  parses('belt_level', [
    ['3rd degree black belt in hapkido and a blue belt here', 'blue'],
    ["I'm a black belt in judo and brown belt in jiu-jitsu", 'brown'],
    ['black belt... in karate lol. bjj purple', 'purple'],
    ['purple in judo, no bjj rank yet', 'white'],
    ['muay thai mostly, no belts there haha', null],
    ['black sash in kung fu', null],
  ]);
  parses('training_frequency', [
    ['muay thai 3x and jiu jitsu 2x', 2],
    ['I do karate on mondays and bjj tuesday and thursday', 2],
  ]);
  parses('training_goals', [
    ['I box for cardio, bjj is for competing', 'competition'],
    ['judo was for comps, jiu jitsu is just for fun', 'recreational'],
    ['I lift for fitness, jiu jitsu is for self defense', 'self_defense'],
  ]);
});

describe('counts over several kinds of class add up', () => {
  parses('training_frequency', [
    ['Mon/Wed/Fri gi, Tue/Thu nogi', 5],
    ['class twice, open mat once, and a private', 4],
    ['doubles on tuesday and thursday, single on saturday', 5],
    ['weekday mornings and a saturday class, minus wednesdays when I have the kids', 5],
    ['I hit the 7am and the 6pm on tuesdays and thursdays', 4],
    ['two sessions each on sat and sun', 4],
    ['all week except fridays and sundays', 5],
    ['once during the week and twice on the weekend', 3],
    // where each count is trained describes its part
    ['3 times at my gym and once in my buddys garage', 4],
    ['2 fundamentals and 2 all levels', 4],
    ['two at my gym and two at my cousins gym across town', 4],
    ['2 classes at checkmat and 2 at the ymca', 4],
    ['2 days at my main gym, 2 days at the bjj class at the judo club', 4],
    // a part that happens only sometimes counts half
    ['mon/wed gi, fri nogi, sometimes sat open mat', 3.5],
    ['two fundamentals, two advanced and one open mat', 5],
    ['m/w/f', 3],
    ['I train mon wed fri and lift tue thu', 3],
    ['only weekends, the saturday and sunday open mats', 2],
    ['twice, three times tops', 2],
    ['twice a day every day', 14],
    // a count after the days it picks from, session kinds, and parts on either side of the clearest
    ['weekday evening classes x2 and a sunday open mat', 3],
    ['4 adult classes + 1 private a week', 5],
    ['2 beginner classes and 2 advanced', 4],
    // a part with no period of its own is counted over its neighbour's
    ['8 gi classes a month plus 4 nogi', 12 * (12 / 52)],
    ['between 3 and 4 times', 3.5],
    ['3 weekday evenings', 3],
    ['3 gi classes and usually 1 nogi', 4],
    ['3 + 1 open mat', 4],
    ['2 noon classes, 1 evening, 1 weekend open mat', 4],
    ['1 class a week and a private every 4 weeks', 1.25],
    // a count stated before its breakdown is the total
    ['5 sessions: 3 gi, 1 nogi, 1 open mat', 5],
  ]);
});

describe('a position described by what the user avoids', () => {
  parses('main_position', [
    ['being stuck underneath someone is my least favorite thing', 'top'],
    ["passing is too much work, I'd rather sit and play", 'guard'],
    ['I hate being mounted so I make sure I am the one on top', 'top'],
    ['guard has never really clicked for me', 'top'],
    ['I stay away from guard because of my bad knees', 'top'],
    ['I refuse to play top, sweeps are my whole game', 'guard'],
    ["I'll never willingly go to my back", 'top'],
    ['anywhere but top honestly', 'guard'],
    ['anything but playing on top, im too light to pressure anyone', 'guard'],
    // being bad somewhere is no preference for it
    ['ex wrestler so top, i suck off my back', 'top'],
    ['i avoid top, my passing sucks', 'guard'],
    ['i stay off my back as much as i can', 'top'],
    ['i get flattened every time im on bottom so i try to stay on top', 'top'],
    ['my guard is garbage so i always try to come up on top', 'top'],
    ['i fear leg locks so i stay on top and never sit down', 'top'],
    ['bottom is where i go to die, so top', 'top'],
    ['start on top in basically every roll, bottom only when i get swept', 'top'],
    // a side left behind; "went" is no "want"
    ['used to be all guard but ive turned into a top player since my knees went', 'top'],
    ['never been good at pressure passing so i stay on my back', 'guard'],
    ['everything except bottom', 'top'],
    // fear or discomfort is avoiding it
    ["I'm scared of being on bottom", 'top'],
    ['playing guard feels weird to me', 'top'],
    ['top position freaks me out', 'guard'],
    ['I feel lost on top', 'guard'],
    ['bottom makes me nervous', 'top'],
    ['I steer clear of guard', 'top'],
    ['top is a nightmare for me', 'guard'],
    // the side picked when made to choose, the larger share
    ["I like both but I'd pick guard", 'guard'],
    ['80% top 20% guard', 'top'],
    ['50% guard 50% top', 'balanced'],
    // getting better at a side someday is work in progress, not the side played now
    ['would love to get better at top someday but now i pull guard', 'guard'],
  ]);
  parses('belt_level', [['just earned blue, still feels weird to wear it', 'blue']]);
});

describe('what follows a correction is the answer', () => {
  parses('training_frequency', [
    ['none lol jk, 3', 3],
    ['twice a week, make that 3', 3],
    ['2 i think? 3 with the saturday open mat, so 3', 3],
    ['twice, i mean three', 3],
    ['3 no wait 4, forgot the open mat', 4],
    // elaboration, not correction: "i mean" and "so" take back only for a count said at once
    ['usually 3 times a week, i mean some weeks i miss one', 3],
  ]);
  parses('belt_level', [
    ['white. just kidding, purple', 'purple'],
    ['blue no wait purple, keep forgetting lol', 'purple'],
    ['blue belt, so pretty new', 'blue'],
  ]);
  parses('main_position', [['guard. wait no, top', 'top']]);
  // a joke is taken back wherever it stands
  parses('training_goals', [
    ['compete haha jk, just for fun', 'recreational'],
    ['stay fit no wait, more like getting better technique wise', 'skill_development'],
    ['lazer, só pra me divertir', 'recreational'],
  ]);
});

describe('a promotion says the belt now', () => {
  parses('belt_level', [
    ['blue to purple at the last seminar', 'purple'],
    ['white → blue last friday 🥹', 'blue'],
    ['white -> blue', 'blue'],
    // a group the user is in
    ['double promotion night, me and my wife both got our blue belts', 'blue'],
    ['my kids got their blue belts', null],
    // someone else's colour, its emoji after it is the same mention
    ['my girlfriend just got her purple 💜', null],
    ['was purple back in 2018, took 4 yrs off, coach had me go back to blue when i came back', 'blue'],
    ['professor tied the black belt on me last friday', 'black'],
    ['promoted from purple to brown this spring', 'brown'],
    ['left white belt behind last week', 'blue'],
    ['coach promoted me and my brother to blue last night', 'blue'],
    ['they promoted me to blue but honestly I still feel like a white', 'blue'],
    ['just got my first stripe', null],
  ]);
});

describe('matching is word-aware', () => {
  parses('belt_level', [
    ['my bluetooth died, white belt though', 'white'],
    ['bluetooth', null],
    ['I wear a blue gi but I am a white belt', 'white'],
    ['black coffee guy, purple belt', 'purple'],
  ]);
  parses('main_position', [
    ['topic for another day', null],
    ['on top of that I am new', null],
    ['stop', null],
  ]);
  parses('training_goals', [
    ['fits my schedule', null],
    ["I'm unfit for competition lol, I just do it for fun", 'recreational'],
    ['funny question', null],
  ]);
});

describe('belt_level', () => {
  it.each(['just a beginner', 'beginner', 'new', 'newbie', 'just started', 'first month', 'total noob', 'novice'])(
    '%j is a white belt',
    (text) => expect(parseProfileAnswer('belt_level', text)).toBe('white'),
  );

  it.each(['experienced', 'advanced', 'more experienced, trying to refine my technique', 'intermediate'])(
    '%j with no colour is blue, as the spec guesses',
    (text) => expect(parseProfileAnswer('belt_level', text)).toBe('blue'),
  );

  describe('stripes and typos', () => {
    parses('belt_level', [
      ['blue belt 2 stripes', 'blue'],
      ['white w/ 3 stripes', 'white'],
      ['1 stripe white', 'white'],
      ['purpel', 'purple'],
      ['blu', 'blue'],
      ['brwn', 'brown'],
      ['balck', 'black'],
      ['begginer', 'white'],
      ['Black belt, 2nd degree', 'black'],
    ]);
    it('does not read everyday words one letter away as belts', () => {
      expect(parseProfileAnswer('belt_level', 'back')).toBeNull();
      expect(parseProfileAnswer('belt_level', 'block')).toBeNull();
    });
  });

  describe('negation', () => {
    parses('belt_level', [
      ["I'm no beginner, purple", 'purple'],
      ['not a white belt anymore, blue now', 'blue'],
      ["Not new at all, I'm a black belt", 'black'],
      ['not a beginner', 'blue'],
      ['not very advanced, still learning', 'white'],
    ]);
  });

  describe('the belt is the BJJ belt, held now', () => {
    parses('belt_level', [
      ['black belt in judo but white in bjj', 'white'],
      ['judo black belt, bjj blue belt', 'blue'],
      ['black belt in karate', null],
      ['was blue for years, got my purple last month', 'purple'],
      ['almost purple', 'blue'],
      ['4 stripe white belt, hopefully blue soon', 'white'],
      ["I'm a purple belt and my coach is a black belt", 'purple'],
    ]);
  });

  describe('time on the mats only separates beginner from experienced', () => {
    parses('belt_level', [
      ['been training about 8 months', 'white'],
      ["I've been rolling for 4 years", 'blue'],
      ['35 years old', null],
    ]);
  });

  it('rejects answers with no level in them', () => {
    for (const text of ['whatever', 'lol', 'idk', 'why do you need to know?', '2 stripes']) {
      expect(parseProfileAnswer('belt_level', text), text).toBeNull();
    }
  });
});

describe('training_frequency', () => {
  describe('number words and ranges', () => {
    parses('training_frequency', [
      ['twice', 2],
      ['once a week', 1],
      ['three times a week', 3],
      ['2-3x a week', 2.5],
      ['1-2 times', 1.5],
      ['4x per week', 4],
      ['two to three times a week', 2.5],
      ['once or twice a week', 1.5],
      ['5/6 days a week', 5.5],
      ['2,5 per week', 2.5],
    ]);
  });

  it('reads "every day" and "daily" as one value inside 6–7, and "almost every day" just below', () => {
    const everyDay = parseProfileAnswer('training_frequency', 'every day');
    expect(everyDay).toBe(parseProfileAnswer('training_frequency', 'daily'));
    expect(everyDay).toBe(parseProfileAnswer('training_frequency', 'everyday'));
    expect(everyDay).toBeGreaterThanOrEqual(6);
    expect(everyDay).toBeLessThanOrEqual(7);
    expect(parseProfileAnswer('training_frequency', 'almost every day')).toBe(6);
  });

  describe('phrases without a count', () => {
    parses('training_frequency', [
      ['twice a day', 14],
      ['a couple times a week', 2],
      ['a few times', 3],
      ['most days', 5],
      ['weekends only', 2],
      ['every other day', 3.5],
      ['Mon, Wed and Fri', 3],
      ['mon-fri', 5],
      ['Two sessions a day, 5 days a week', 10],
      ['3 gi classes and 2 nogi a week', 5],
    ]);
  });

  it('never stores a rate that rounds to 0', () => {
    expect(parseProfileAnswer('training_frequency', '0.001 times a week')).toBeNull();
    expect(parseProfileAnswer('training_frequency', '0.004x per week')).toBeNull();
  });

  it('converts per-month counts to per week, a month being 52 / 12 weeks', () => {
    expect(parseProfileAnswer('training_frequency', '8 times a month')).toBe(1.85);
    expect(parseProfileAnswer('training_frequency', 'once a month')).toBe(0.23);
    expect(parseProfileAnswer('training_frequency', '30 classes a month')).toBe(6.92);
  });

  describe('ignores durations, ages and stripes, preferring the count tied to a frequency', () => {
    parses('training_frequency', [
      ['been at it 10 years, twice a week now', 2],
      ["I'm 42 and train 3 times a week", 3],
      ['3 days a week, 90 min each', 3],
      ['used to go 5x a week but now only 2', 2],
      ['training for 2 weeks', null],
    ]);
  });

  it.each([
    '0',
    '-2',
    '15',
    '20 times a week',
    'whatever',
    'lol',
    'not much',
    'as much as I can',
    'none right now, injured',
  ])('rejects %j', (text) => expect(parseProfileAnswer('training_frequency', text)).toBeNull());
});

describe('main_position', () => {
  parses('main_position', [
    ['guard', 'guard'],
    ['bottom', 'guard'],
    ['I play guard', 'guard'],
    ['I pull guard every time', 'guard'],
    ['guard player', 'guard'],
    ['I like being on my back', 'guard'],
    ['leg locks from bottom', 'guard'],
    ['top', 'top'],
    ['passing', 'top'],
    ['pressure', 'top'],
    ['wrestler', 'top'],
    ['smash pass', 'top'],
    ['guard passing is my favourite', 'top'],
    ['both', 'balanced'],
    ['either', 'balanced'],
    ['a bit of both', 'balanced'],
    ['mix', 'balanced'],
    ['depends', 'balanced'],
    ['all-rounder', 'balanced'],
  ]);

  describe('negation flips the side', () => {
    parses('main_position', [
      ["Top. Guard isn't my thing.", 'top'],
      ["Bottom. I don't like top.", 'guard'],
      ['not a guard player', 'top'],
      ["I don't pull guard, I wrestle", 'top'],
      ["I'm not really a top player", 'guard'],
    ]);
  });

  describe('a stated preference beats "both"; what they are working on does not count', () => {
    parses('main_position', [
      ['kinda both but more top', 'top'],
      ['both but I prefer guard', 'guard'],
      ["I'm a top guy but I'm working on my guard", 'top'],
      ['guard > top', 'guard'],
    ]);
  });
});

describe('training_goals', () => {
  parses('training_goals', [
    ['compete', 'competition'],
    ['win a medal', 'competition'],
    ['IBJJF', 'competition'],
    ['get ready for worlds', 'competition'],
    ['get better', 'skill_development'],
    ['get my blue belt', 'skill_development'],
    ['level up', 'skill_development'],
    ['drilling 3x a week to tighten up my fundamentals and add the details', 'skill_development'],
    ['get shredded lol and not die on the mat', 'fitness'],
    // what the user wants now, after a belt received or what they started for
    ['got my blue so now i want to start competing', 'competition'],
    ['started for weight loss but now honestly i want to compete', 'competition'],
    ['ficar em forma', 'fitness'],
    ['stay fit', 'fitness'],
    ['lose weight', 'fitness'],
    ['in shape', 'fitness'],
    ['just for fun', 'recreational'],
    ['stress relief', 'recreational'],
    ['self defence', 'self_defense'],
    ['protect my family', 'self_defense'],
  ]);

  describe('several goals: the first named, unless another is marked as the main one', () => {
    parses('training_goals', [
      ['fitness and maybe compete later', 'fitness'],
      ['Get better and compete', 'skill_development'],
      // Decision: "mostly" names the main goal, so it beats the first-named one.
      ['compete, but mostly for fun', 'recreational'],
      ['not really into competing, mostly fitness', 'fitness'],
    ]);
  });

  describe('a verb aimed at another goal is only the verb', () => {
    parses('training_goals', [
      ['learn to defend myself', 'self_defense'],
      ['improve my cardio', 'fitness'],
      ["I'd love to compete one day", 'competition'],
      ['I love it', 'recreational'],
    ]);
  });
});

describe('looksLikeAnswer', () => {
  it('is true exactly when the answer parses', () => {
    expect(looksLikeAnswer('belt_level', 'purple belt')).toBe(true);
    expect(looksLikeAnswer('belt_level', 'whatever')).toBe(false);
    expect(looksLikeAnswer('training_frequency', '3x')).toBe(true);
    expect(looksLikeAnswer('training_frequency', 'skip')).toBe(false);
  });
});

describe('parsePendingAnswer', () => {
  it.each<[ProfileField, string, ProfileValue]>([
    ['main_position', 'guard', 'guard'],
    ['main_position', "I'm a top player", 'top'],
    ['main_position', "Top. Guard isn't my thing.", 'top'],
    ['belt_level', 'purple belt, 1 stripe', 'purple'],
    ['training_frequency', '3x?', 3],
    ['training_frequency', 'been at it 10 years, twice a week now', 2],
    ['training_goals', 'learn to defend myself', 'self_defense'],
  ])('takes %s answer %j', (field, text, value) => {
    expect(parsePendingAnswer(field, text)).toBe(value);
  });

  it.each<[ProfileField, string]>([
    ['main_position', 'show me top game passing'],
    ['main_position', 'videos on guard passing'],
    ['main_position', 'how do I pass half guard'],
    ['main_position', 'closed guard attacks'],
    ['main_position', 'single leg x entries'],
    ['main_position', 'armbar from guard'],
    ['main_position', 'escaping mount'],
    ['belt_level', 'can you show me white belt fundamentals'],
    ['training_goals', 'any tips for competition nerves?'],
    ['training_frequency', 'how often should a white belt train? 3x a week?'],
  ])('leaves %s alone for the request %j (which, given that field, would read as an answer)', (field, text) => {
    expect(parseProfileAnswer(field, text)).not.toBeNull();
    expect(parsePendingAnswer(field, text)).toBeNull();
  });

  it.each<[ProfileField, string]>([
    ['main_position', "what's the best guard for short people?"],
    ['belt_level', 'what belt should i be after 2 years?'],
    ['training_frequency', 'how many times should I train?'],
    // unpunctuated, with nothing of the user's own
    ['belt_level', 'whats the one after white again'],
  ])('a question asked back is no answer to %s, even with the field given: %j', (field, text) => {
    expect(parseProfileAnswer(field, text)).toBeNull();
  });

  it('a greeting before the answer is no question back', () => {
    expect(parseProfileAnswer('belt_level', 'whats up, im a blue belt')).toBe('blue');
  });

  it('"how about …?" still answers', () => {
    expect(parseProfileAnswer('training_frequency', 'how about twice a week?')).toBe(2);
  });

  it('still needs the answer to parse', () => {
    expect(parsePendingAnswer('belt_level', 'whatever')).toBeNull();
  });
});

describe('describeProfileValue', () => {
  it.each<[ProfileField, ProfileValue, string]>([
    ['belt_level', 'purple', 'purple belt'],
    ['training_frequency', 2.5, 'training 2–3 times a week'],
    ['training_frequency', 3, 'training 3 times a week'],
    ['training_frequency', 2, 'training twice a week'],
    ['training_frequency', 0.25, 'training about once a month'],
    ['training_frequency', 0.5, 'training about twice a month'],
    ['main_position', 'guard', 'a guard player'],
    ['main_position', 'top', 'a top player'],
    ['main_position', 'balanced', 'balanced between guard and top'],
    ['training_goals', 'competition', 'competition'],
    ['training_goals', 'skill_development', 'getting better technically'],
    ['training_goals', 'fitness', 'fitness'],
    ['training_goals', 'recreational', 'having fun'],
    ['training_goals', 'self_defense', 'self-defense'],
  ])('%s %j reads "%s"', (field, value, phrase) => {
    expect(describeProfileValue(field, value)).toBe(phrase);
  });
});

describe('profile scoring', () => {
  it('accepts numbers within ±0.5 and needs null to match null', () => {
    expect(isCorrect(2.5, 3)).toBe(true);
    expect(isCorrect(2.5, 3.01)).toBe(false);
    expect(isCorrect(null, null)).toBe(true);
    expect(isCorrect(null, 'blue')).toBe(false);
    expect(isCorrect('blue', null)).toBe(false);
    expect(isCorrect(3, '3')).toBe(false);
  });

  it('scores per field and lists misses', () => {
    const samples = parseProfileSamples(
      [
        '{"field":"belt_level","text":"blue","expect":"blue"}',
        '',
        '{"field":"main_position","text":"x","expect":"top"}',
      ].join('\n'),
    );
    const score = scoreProfileSamples(samples, (field) => (field === 'belt_level' ? 'blue' : null));
    expect(score.accuracy).toBe(0.5);
    expect(score.byField.belt_level).toEqual({ total: 1, correct: 1, accuracy: 1 });
    expect(score.misses).toEqual([{ field: 'main_position', text: 'x', expect: 'top', got: null }]);
  });

  it('refuses a malformed sample line instead of scoring it', () => {
    expect(() => parseProfileSamples('{"field":"belt","text":"x","expect":null}')).toThrow(/line 1/);
  });
});

describe('time on the mats with no colour reads as experienced (docs/rules.md §1: blue)', () => {
  it.each(['been training a while', 'been at it for years', 'training a long time'])('%j → blue', (text) => {
    expect(parseProfileAnswer('belt_level', text)).toBe('blue');
  });

  it('a colour named beside it still wins', () => {
    expect(parseProfileAnswer('belt_level', 'been training for a long time but still white')).toBe('white');
  });
});

describe('answers that say what is avoided, given or scheduled in Portuguese', () => {
  it.each([
    ['im allergic to passing lol', 'guard'],
    ['i stay off the bottom, wrestled all through high school', 'top'],
    ['avoid the top game, most guys at my gym are heavier', 'guard'],
    ['odeio passar guarda, prefiro puxar', 'guard'],
    ['i dont play favourites, theres no spot i avoid', 'balanced'],
  ] as const)('position %j → %s', (text, expected) => {
    expect(parseProfileAnswer('main_position', text)).toBe(expected);
  });

  it.each([
    ['terça e quinta, mais open mat domingo', 3],
    ['segunda-feira e quarta-feira', 2],
    ['segunda a sexta', 5],
    ['back in the day 6 days a week, these days 2', 2],
  ] as const)('frequency %j → %s', (text, expected) => {
    expect(parseProfileAnswer('training_frequency', text)).toBe(expected);
  });

  it.each([
    ['just got my black, done with comps, its fun rolls from here on', 'recreational'],
    ['since getting my blue i mostly just train for the workout tbh', 'fitness'],
    ['not here for medals or street fights, i just want to have a good time', 'recreational'],
    ['dont care about belts or tournaments, desk job is killing my back, i need to move', 'fitness'],
    ['not interested in the sport side, i want something that works if someone grabs me', 'self_defense'],
    ['keep up w my kids and not be winded on the stairs', 'fitness'],
    ['perder a barriga kkkk', 'fitness'],
    ['melhorar minha técnica', 'skill_development'],
  ] as const)('goal %j → %s', (text, expected) => {
    expect(parseProfileAnswer('training_goals', text)).toBe(expected);
  });

  it('a belt still to come is not the belt held, and an aimed-at black belt stays a goal', () => {
    expect(parseProfileAnswer('belt_level', 'coach said im getting blue at the next promotion')).toBeNull();
    expect(parseProfileAnswer('training_goals', 'get my black belt')).toBe('skill_development');
  });
});

describe('whose belt, what is avoided, and what a health scare or a bargain says', () => {
  it.each([
    ['belt_level', "my pai is faixa preta and i grew up on the mats but i'm only purple rn", 'purple'],
    ['main_position', 'since my knee surgery i stay out of guard, no more knee torque for me', 'top'],
    ['main_position', 'idk man, half n half?', 'balanced'],
    ['main_position', 'idk i get smashed everywhere lol', null],
    ['training_frequency', "i'm 64 and my knees say once, my instructor says twice, so we settle on 2 lol", 2],
    [
      'training_goals',
      "i don't care about medals or getting shredded, i want to really understand the positions",
      'skill_development',
    ],
    ['training_goals', 'got promoted to blue and signed up for my first tournament in march', 'competition'],
    ['training_goals', 'my doc said my blood pressure was thru the roof so here i am lol', 'fitness'],
    ['training_goals', "i don't want to ever feel helpless again like that night outside the bar", 'self_defense'],
    ['training_frequency', 'gonna go 6x once I start comp prep', null],
    ['main_position', 'I wrestle up from anywhere and pass', 'top'],
    ['main_position', 'pass on that one', null],
    ['main_position', 'switched from guard to top last year', 'top'],
    ['main_position', "used to be just top from wrestling, now it's pretty even", 'balanced'],
    ['training_goals', "it's the one hour a day nobody needs anything from me, I just laugh and roll", 'recreational'],
    [
      'training_goals',
      'competed a lot as a white belt, now I mostly want to tighten up my fundamentals',
      'skill_development',
    ],
    ['training_goals', 'competição mesmo', 'competition'],
    ['training_frequency', 'todo dia, menos domingo', 6.5],
    ['training_frequency', 'entreno martes y jueves', 2],
    ['training_frequency', "haven't started yet, signing up monday", null],
    ['training_goals', 'diversão mesmo, pra relaxar', 'recreational'],
  ] as const)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
});

describe('Spanish answers, slips with a dropped letter, and where a player began', () => {
  it.each([
    ['belt_level', 'soy cinturon negro', 'black'],
    ['belt_level', 'cinturón morado', 'purple'],
    ['main_position', 'arriba', 'top'],
    ['main_position', 'abajo siempre', 'guard'],
    ['main_position', 'os dois', 'balanced'],
    ['main_position', 'tanto faz', 'balanced'],
    ['main_position', 'keep me off my back please 😭', 'top'],
    ['main_position', "started as a wrestler, now i'm all about guard lol", 'guard'],
    ['training_frequency', 'trice a week', 3],
    ['training_frequency', 'twise a week', 2],
    ['training_goals', 'nada de campeonatos, solo por diversión', 'recreational'],
    ['training_goals', 'quiero competir en torneos', 'competition'],
    ['training_goals', 'not for self defense or anything, just love learning the puzzle', 'skill_development'],
    ['training_goals', 'judoka cross training to fix my ne-waza', 'skill_development'],
    ['training_goals', 'dad bod removal 😂', 'fitness'],
    ['training_goals', 'my dad wants me to compete', null],
  ] as const)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
});

describe('answers taken back at the end, counts said before another art, and being unsteady', () => {
  it.each([
    ['training_goals', 'to become ufc champ lol jk', null],
    ['training_goals', 'compete lol jk, just for fun', 'recreational'],
    ['training_frequency', '3 bjj and 2 muay thai', 3],
    ['training_frequency', '2x muay thai and 3x bjj', 3],
    ['main_position', 'top scares me, i feel off balance up there', 'guard'],
    ['training_goals', 'no quiero competir, solo pasarla bien', 'recreational'],
    ['training_goals', 'not sure yet, still figuring it out', null],
    ['training_goals', 'still learning', 'skill_development'],
  ] as const)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
});

describe('round r14: others named by where they live, counts in words before another art', () => {
  it.each([
    ['training_frequency', 'my roommate goes like every day', null],
    ['training_goals', 'my mate wants to compete so i tagged along', null],
    ['training_frequency', 'twice a week bjj and twice boxing', 2],
    ['training_frequency', 'two judo and three bjj', 3],
  ] as const)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
});

describe("insisting is no taking back, and a count after an art is that art's", () => {
  it.each([
    ['belt_level', 'blue belt no joking', 'blue'],
    ['training_goals', 'to compete, not kidding', 'competition'],
    ['training_frequency', 'bjj 4x muay thai 2x', 4],
    ['training_frequency', 'bjj 3 muay thai 2', 3],
    ['training_goals', 'sin torneos, por salud', 'fitness'],
    ['training_goals', 'newaza', 'skill_development'],
  ] as const)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
});

describe('round r15: held since a day just past, numbers heard wrong, shares, boredom, another art', () => {
  it.each([
    ['belt_level', 'white. well, blue since tuesday actually', 'blue'],
    ['belt_level', 'been training since last year, white belt', 'white'],
    ['training_frequency', 'like for times a week', 4],
    ['training_frequency', 'to times a week tops', 2],
    ['training_frequency', 'for fun, 3x a week', 3],
    ['main_position', 'like 80% of my rounds playing guard, the rest on top', 'guard'],
    ['main_position', '30% guard, 70% top', 'top'],
    ['main_position', 'Pressure passing bores me to death, give me de la riva', 'guard'],
    ['main_position', 'stripe on saturday, mostly cause I stopped pulling guard and started passing', 'top'],
    ['main_position', 'in wrestling I was always on top', null],
    ['main_position', 'in judo i was on top but in jiu jitsu i play guard', 'guard'],
    ['main_position', 'i like wrestling up', 'top'],
  ] as const)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
});

describe('"in my dreams" takes back its own clause; "so just" restates', () => {
  it.each([
    ['training_frequency', 'every day in my dreams lol', null],
    ['belt_level', 'white belt, blue in my dreams 😂', 'white'],
    ['belt_level', 'black belt in my dreams', null],
    ['training_frequency', 'I skip the friday class so just mon and wed', 2],
    ['training_frequency', '3x a week so just enough to stay sharp', 3],
    ['training_frequency', 'zero lol jk', null],
  ] as const)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
});

describe('round r15 review: a wish takes back only its clause, "so just" only before days, shares by side', () => {
  it.each([
    ['belt_level', 'purple in my dreams lol, white for now', 'white'],
    ['training_frequency', 'every day in my dreams, realistically 3x a week', 3],
    ['training_frequency', '4x a week so only 2 are gi', 4],
    ['main_position', 'mostly top, so just guard when i get swept', 'top'],
    ['main_position', 'guard 80% of the time and top the rest', 'guard'],
    ['main_position', 'guard is boring to watch but its what i play', 'guard'],
  ] as const)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
});

describe('round r16: days restating a rate, another activity, times of day, day ranges, drilling, group, not begun', () => {
  it.each([
    // days named after a stated rate, no more of them than it counts, say when; "plus" adds
    ['training_frequency', 'once a week, sunday mornings', 1],
    ['training_frequency', '3x a week, mon wed fri', 3],
    ['training_frequency', 'twice a week plus saturday', 3],
    // another activity's count is not BJJ's; rolling is BJJ
    ['training_frequency', 'i lift 3 days and roll 2 days', 2],
    ['training_frequency', 'i run 4 days and spar twice', 2],
    // two times of day joined by "and" on named days are two sessions on each
    ['training_frequency', 'morning and evening class on tue and thu, plus saturday', 5],
    ['training_frequency', 'the morning class and the evening class on mon, and fri', 3],
    // a weekday range inside a timetable part
    ['training_frequency', 'mon through thurs evenings plus sat and sun mornings', 6],
    ['training_frequency', 'tue-thu nights, sat open mat', 4],
    ['training_frequency', "I don't go on weekends, just mon-fri", 5],
    // drilling is a session; a group class is a class
    ['training_frequency', 'two nogi and one gi, and i drill with my partner once', 4],
    ['training_frequency', '1 private, 1 group class', 2],
    ['training_frequency', '2 group classes and a private', 3],
    // another art's belt and no BJJ begun: no BJJ belt stated
    ['belt_level', "just got promoted to black in judo, haven't started bjj yet", null],
    ['belt_level', 'karate brown belt, never trained bjj', null],
    ['belt_level', "I'm a brown belt in judo and just started bjj", 'white'],
    ['belt_level', 'purple in judo, no bjj rank yet', 'white'],
  ] as const)('%s %j → %j', (field, text, expected) => {
    expect(parseProfileAnswer(field, text)).toBe(expected);
  });
});

describe('Spanish and Portuguese weekly counts', () => {
  parses('training_frequency', [
    ['dos veces por semana', 2],
    ['duas vezes por semana', 2],
    ['tres veces a la semana', 3],
    ['3 vezes por semana', 3],
    ['uma vez por semana', 1],
    ['cuatro veces por semana', 4],
    ['una vez a la semana', 1],
    ['ocho veces al mes', 1.85],
    // "dos" is Portuguese "of the" and "uno" a pronoun when no count follows
    ['na maioria dos dias', null],
    ['uno nunca sabe', null],
  ]);
});

describe("a colour said of the gi, kimono, rashguard or shorts is the kit's, not a belt", () => {
  parses('belt_level', [
    ['my gi is blue if that helps', null],
    ['my kimono is black lol', null],
    ["rashguard's purple", null],
    ['my shorts are black and my rashguard is white', null],
    ['blue belt, my gi is white', 'blue'],
    ['my gi is white but im a blue belt', 'blue'],
    // the colour before the kit, and a belt said of the gi side, are as before
    ['white gi, purple belt', 'purple'],
    ['gi is blue belt, nogi is advanced', 'blue'],
  ]);
});

describe('days skipped are taken out of the days trained', () => {
  parses('training_frequency', [
    ['i skip mondays, train tues to fri', 4],
    ['mon to fri but i skip wednesdays', 4],
    ['every weekday except friday', 4],
    ['one class every weekday except friday', 4],
    ['mon-fri, skipping thursdays', 4],
    ['monday to saturday but i skip wednesday', 5],
    ['never on weekends, mon wed fri only', 3],
    ['gi mon/wed/fri and i never miss saturday open mat', 4],
    // a stated count is not a list of days to take from
    ['3x a week, i skip mondays', 3],
    ['5 days a week, i skip fridays', 5],
  ]);
});

describe('more sessions on a day already named count that day once, at its most', () => {
  parses('training_frequency', [
    ['mon/wed/fri, twice on wednesdays', 4],
    ['tue thu, doubles on thursday', 3],
    ['mon wed fri, doubles on fridays', 4],
    ['tuesday and thursday, two classes on thursdays', 3],
    // sessions said to be extra, or of another kind, or on another day, still add
    ['mon wed fri, plus an extra class on wednesday', 4],
    ['gi tue thu, nogi 2x tue thu', 4],
    ['tue and thu, and saturday twice', 4],
    ['doubles on tuesday and thursday, single on saturday', 5],
  ]);
});

describe('a belt history ends at the belt now', () => {
  parses('belt_level', [
    ['3 years white, 4 years blue, 1 at purple so far', 'purple'],
    ['white for 2 years then blue since 2023', 'blue'],
    ['white 2018-2020, blue 2020-2024, purple since', 'purple'],
    ['blue for 3 years and purple for 2', 'purple'],
    // a belt still to come, a time said of one belt only, or belts not in rising order are no history
    ['white belt for 6 months, blue belt in 2 months', 'white'],
    ['coach kept me at blue for 3 years, says purple is close', 'blue'],
    ['purple now, blue for 3 years before that', 'purple'],
    ['white or blue, been training 2 years', 'white'],
  ]);
});

describe('a stripe held with the next belt hoped for is the belt below it', () => {
  parses('belt_level', [
    ['got my 4th stripe, next stop blue hopefully', 'white'],
    ['3 stripes, hoping for purple next', 'blue'],
    ['2 stripes, hopefully brown by summer', 'purple'],
    ['just got my second stripe, blue belt is the dream', 'white'],
    // no stripe, a colour stated, or someone else's stripes: as before
    ['hoping to get my blue soon', null],
    ['blue belt 2 stripes, purple hopefully soon', 'blue'],
    ['my buddy has 3 stripes and wants blue', null],
  ]);
});

describe('a tournament by name is a competition goal', () => {
  parses('training_goals', [
    ['now that im brown i wanna win pans', 'competition'],
    ['training for the europeans', 'competition'],
    ['wanna do a local open', 'competition'],
    ["i'm purple and want to win europeans", 'competition'],
    ['prepping for adcc trials', 'competition'],
    // an open mat is a class; a tournament someone else won is theirs
    ['i like the local open mat on sundays', 'recreational'],
    ['my coach won pans last year', null],
    ['keep an open mind', null],
  ]);
});

describe('a belt the coach kept the user at is the belt now', () => {
  parses('belt_level', [
    ['prof kept me at white with 4 stripes but says im close', 'white'],
    [
      'ok so long story, started in 2015, quit for 4 yrs after knee surgery, came back last year and prof kept me at white with 4 stripes but says im close',
      'white',
    ],
    ['they kept me at purple for ages', 'purple'],
    ['been kept at white for 3 years', 'white'],
    // the coach's own belt, or a group of belts, is not the user's
    ['my coach keeps his black belt in a drawer', null],
    ['prof kept the purple belts after class', null],
  ]);
});

describe('a side avoided: someone on top of the user, under someone, a nightmare, being the one who passes', () => {
  parses('main_position', [
    ['I hate people on top of me', 'top'],
    ['odeio alguém por cima de mim', 'top'],
    ['no me gusta tener a nadie encima de mí', 'top'],
    ["I can't stand being under somebody", 'top'],
    ['hate getting mounted under big guys, i play on top', 'top'],
    ['passing is my worst nightmare', 'guard'],
    ["i'm hopeless from bottom", 'top'],
    ["i don't like being the one who gets stuck on bottom", 'top'],
    ["don't enjoy being the one who ends up underneath", 'top'],
    ['never want to be the one who has to pass', 'guard'],
    ['i avoid being the one who has to play guard', 'top'],
    // a side the roll may leave them in, or a share of rolls, is no side chosen
    ['pressure passer, when i end up on my back i scramble', 'top'],
    ['i pass most rounds, maybe one roll out of four im on bottom', 'top'],
    // a submission disliked says nothing of a side
    ['not a fan of triangles', null],
  ]);
});

describe('a side in Portuguese and Spanish: cima, embaixo, debajo, pasar guardia, half and half', () => {
  parses('main_position', [
    ['prefiro ficar em cima', 'top'],
    ['fico mais embaixo', 'guard'],
    ['prefiero jugar debajo', 'guard'],
    ['me encanta pasar guardia', 'top'],
    ['meio e meio', 'balanced'],
    ['mitad y mitad', 'balanced'],
  ]);
});

describe('no side stated: where the roll leaves them, the bottom of a ranking', () => {
  parses('main_position', [
    ['bottom of the rankings at my gym haha', null],
    ['wherever i fall lol', null],
    ['whichever side keeps me alive', null],
    ['whichever spot i end up in lol', null],
    ["it's pure survival after getting smashed", null],
  ]);
});

describe('a goal given up, a state already had, or someone else’s is no goal', () => {
  parses('training_goals', [
    ["quit competing after my knee surgery, these days it's about staying healthy", 'fitness'],
    ['parei de competir, agora é pela saúde', 'fitness'],
    ['dejé de competir, ahora es para divertirme', 'recreational'],
    ["I'm already in good shape, what I want is to win tournaments", 'competition'],
    ['não vou competir, é pela saúde', 'fitness'],
    ['nao sei talvez competir um dia', 'competition'],
    ['my daughter competes, i take her to tournaments', null],
    ['taking my son to comps every weekend', null],
    ['i just watch her compete', null],
    ['prof thinks everyone ought to compete', null],
  ]);
});

describe('fitness by sweat, self defense by a job at the door or a danger outside', () => {
  parses('training_goals', [
    ['só quero suar a camisa', 'fitness'],
    ['para sudar un rato', 'fitness'],
    ['i do the door at a bar on weekends', 'self_defense'],
    ['need to restrain people at my job', 'self_defense'],
    ['dealing with aggressive customers at the pub', 'self_defense'],
    ["there's a stalker in my neighbourhood", 'self_defense'],
    ["in case anything happens when i'm out at night", 'self_defense'],
    ['if a guy tries something i want to be ready', 'self_defense'],
    ['so that i never get picked on again', 'self_defense'],
  ]);
});

describe('counts that add up: a class added, several counts in a part, times of day, the days named again', () => {
  parses('training_frequency', [
    ['3 gi 1 nogi plus an open mat', 5],
    ['2 gi 2 nogi and an open mat', 5],
    ['2 gi, 1 nogi and a private a month', 3.23],
    ['1 in the evening during the week, 2 on weekends', 3],
    ['twice before work, once on saturday', 3],
    ['gi on monday and wednesday and i go to the open mat on saturday', 3],
    ['mon and wed, and on both days i stay for a second class', 4],
    ['tuesday and friday, and on those days i do the noon class as well', 4],
    // a clock is no count, and days said again without more sessions add nothing
    ['i train at 6 in the morning on mon wed fri', 3],
    ['mon wed, both days 2 hours', 2],
  ]);
});

describe('a belt history told by the year on the belt or the age at each ends at the latest belt', () => {
  parses('belt_level', [
    // "year 3 of brown": the year counted on the last belt times it
    ['4 years as a white, 2 at blue, and this is year 3 of brown', 'brown'],
    // ages at each promotion time the belts
    ['got blue at 25 and purple at 31', 'purple'],
    // the last belt said again as a conclusion is the same belt
    ['white at 20, blue at 24, brown at 30. so brown', 'brown'],
  ]);
});

describe('never promoted, still on the first belt: white', () => {
  parses('belt_level', [
    ['been doing this 3 years and never got promoted', 'white'],
    ['still wearing my first belt honestly', 'white'],
    ['ainda estou na primeira faixa', 'white'],
    ['still tied up in the belt from day one lol', 'white'],
    // a colour after the promotion is the one not reached, not a first belt
    ['never been promoted to purple', null],
  ]);
});

describe('training_frequency: an average stated wins over the counts it averages', () => {
  parses('training_frequency', [
    ['5 on a good week and 1 on a bad one, averaging about 3', 3],
    ['2 gi classes plus 2 nogi, about 3 on average', 3],
    ['algumas semanas 4, outras 2, em media 3', 3],
  ]);
});

describe('training_frequency: every class of a timetable with its count stated', () => {
  parses('training_frequency', [
    ['the gym only offers 3 classes a week and i never miss one', 3],
    ['nunca falto, son 3 clases por semana', 3],
    ['the academy has 2 sessions a week and i go to all of them', 2],
    ['our coach teaches 4 sessions weekly, i show up for all the sessions', 4],
    ['voy a todas las clases, son 4 por semana', 4],
    // two counts: which is the user's is for the rate reading
    ['the gym runs 6 a week, i go to 2 and never miss a class', 2],
  ]);
});

describe('round r19: belts told by their place or dictated, shifts at work, "hardly ever", what is wanted now', () => {
  parses('belt_level', [
    ['one belt below black', 'brown'],
    ['the one before brown', 'purple'],
    ['two belts under black lol', 'purple'],
    // another art's ranks are that art's
    ['red belt in taekwondo (one below black)', null],
    ['judo shodan, but in jiu jitsu just the first colored belt so far', 'blue'],
    ['still on my first belt', 'white'],
    ['blew belt', 'blue'],
    ['blue bell 2 stripes', 'blue'],
    ['the belt right after white', 'blue'],
    ['blue after white', 'blue'],
    ['the adult rank between blue and brown', 'purple'],
    ['been going about a year, still no stripes on my white', 'white'],
  ]);
  parses('training_frequency', [
    ['i work 3 twelve hour shifts a week at the hospital', null],
    ['once every two weeks, shift work sucks', 0.5],
    ['work 4 days, train 3', 3],
    ['starting next month ill do 5 a week but right now just 2', 2],
    ['starting next month, prob 3x', null],
  ]);
  parses('main_position', [
    ['i pull guard and sweep, hardly ever start on top', 'guard'],
    ['rarely on bottom', 'top'],
  ]);
  parses('training_goals', [
    ['started for fitness, now im hooked on competing', 'competition'],
    ['started for self defense, now im into comps', 'competition'],
    ['started for fitness and now i love it', 'recreational'],
    ['self the fence', 'self_defense'],
  ]);
});

describe('round r20: days restating a count, corrected counts, past starts, shifts as a reason, laughed-off belts, now over past', () => {
  parses('training_frequency', [
    // days named after a count are when those sessions fall, not more of them
    ['two times in the week, monday and wednesday', 2],
    ['training 3 times in the week, mon wed fri', 3],
    // …but days with a kind of class after them, or added, are more
    ['2 gi classes, tuesday and thursday nogi', 4],
    ['twice a week, tuesday and thursday, plus saturday', 3],
    // after a correction the corrected count is the answer; the explanation after it is no count
    ['3 a week.. actually 4, forgot i do the saturday open mat every week', 4],
    ['twice. actually 3, i forgot the sunday open mat', 3],
    ['2x a week, actually 3x, plus an open mat', 4],
    // where the habit started is no part of the week now; a day range counts its days
    ['I started with once a week but got hooked, now its mornings Monday through Saturday', 6],
    ['began at twice a week, now mon-fri', 5],
    ['started out 2x a week, now its monday to friday', 5],
    // shifts a count depends on are the reason it varies, not what it counts
    ['like 3-4x/wk depending on shifts', 3.5],
    ['2x/wk around my shifts', 2],
    // a spaced dash ends what a "no" said: "said no — 3 now"
    ['not 5 anymore, knees said no — 3 now', 3],
    ['doc said no - twice a week now', 2],
    ['no longer 6, back said no -- 3 these days', 3],
    // "also … on saturdays" adds that weekly session; another activity does not
    ['At my gym in Vegas the fighters do nogi 3x a week and I also jump in the gi class on Saturdays', 4],
    ['at my gym we have gi 2x a week and i also roll at the open mat on sundays', 3],
    ['3x a week and i also lift on saturdays', 3],
    ['3x a week at my gym and i also teach the kids class on saturdays', 3],
  ]);
  parses('belt_level', [
    // a colour laughed off is taken back
    ['maybe black? lol no. brown, 2 stripes', 'brown'],
    ['black lol no. purple', 'purple'],
    ['purple haha nope, blue 3 stripes', 'blue'],
    ['black? haha not really, brown', 'brown'],
    // "no" that does not end its clause takes nothing back
    ['blue haha no stripes yet', 'blue'],
  ]);
  parses('main_position', [
    // what holds now wins over a side said of the past
    [
      "Came from wrestling so I was a top guy, but my coach made me pull for a year; now it's even, I'm happy either side",
      'balanced',
    ],
    ['i was always a guard player, now i play both', 'balanced'],
    ["I was mostly guard, now I'm all about top", 'top'],
    // work in progress after "now" does not outweigh the side played
    ['guard mostly, now working on top', 'guard'],
  ]);
  parses('training_goals', [
    // a goal "not the point anymore" / "no longer" is left behind, every mention of it
    [
      "Lost 30 lbs in my first year, now the weight isn't the point anymore, I want to medal at Masters Worlds",
      'competition',
    ],
    ['lost a bunch of weight, but fitness is not the point anymore, i want to win a tournament', 'competition'],
    ['I got fit the first year, now weight loss is no longer why i go, i want to compete at worlds', 'competition'],
  ]);
});

describe('round r21: a spouse’s belt, weekdays picked by name, days dropped, sitting down, groups, Taglish, the craic', () => {
  parses('belt_level', [
    // a spouse by any name is someone else
    ['my hubby is a brown belt and he smashes me', null],
    ['my fiance is a purple, been training longer than me', null],
    ['my spouse is a brown belt', null],
  ]);
  parses('training_frequency', [
    // "weekday X" with days named after it is those days
    ['weekday mornings mon and wed, plus a sunday class', 3],
    ['weekday evenings tue/thu only', 2],
    // every weeknight is the five weekdays, however the weekend is left out
    ['weeknights only, I skip weekends', 5],
    ['every weeknight, never on weekends', 5],
    ['sat and sun open mats plus two weeknights', 4],
    // a day dropped comes off the days named
    ['tue thu sat - actually scratch saturday, work got in the way', 2],
    ['tue thu sat. scratch saturday, i stopped going', 2],
    ['mon to fri but I dropped wednesdays', 4],
    // "sorry I mean 3": the count after both markers, its explanation no count
    ['4 a week, sorry i mean 3, forgot the monday class got cancelled', 3],
    ['6 days, oops I mean 5, I cut sundays', 5],
    // "actually" is no typo of "annually"
    ['3 times actually', 3],
  ]);
  parses('main_position', [
    // sitting down from standing is guard; "so I" prefers what follows it
    ['dont like wrestling for takedowns so i sit down', 'guard'],
    ['avoid wrestling for takedowns so i just sit down and play', 'guard'],
    // one of a group (or not one of it) is the user's side
    ['honestly im one of those guard players', 'guard'],
    ["i'm not one of those guard players, never have been", 'top'],
    // Tagalog "di/hindi ako" negates; "po" is only politeness
    ['top po, di ako marunong mag guard', 'top'],
    ['guard po, hindi ako magaling sa top', 'guard'],
  ]);
  parses('training_goals', [
    ['so i can look after myself walking home at night', 'self_defense'],
    ['to be able to stand up for myself', 'self_defense'],
    ['no big plans, just for the craic with the lads', 'recreational'],
    ['honestly just here for the banter', 'recreational'],
    // a belt on the way, then a goal in a later clause: the goal
    ['getting my brown soon, want to compete at masters', 'competition'],
    ['working towards my blue, but really i want to win a tournament', 'competition'],
    // …unless that goal is only hedged
    ['get my blue, maybe compete one day', 'skill_development'],
  ]);
});

describe('round r22: belts ahead, shifts and decades, days avoided, owning up, "not for", a goal it was', () => {
  parses('belt_level', [
    // a belt one is ready for, listed for or in line for is still to come
    ['my coach thinks im ready for purple', null],
    ["pretty sure I'm on the list for brown at the grading", null],
    ["i'm in line for purple this summer", null],
    // "in 5 years" is time ahead, not time on the mats
    ['want my black before 60, check back in 5 years', null],
    // "so purple" sums a belt history up
    ['started on white, spent ages on blue and a bit on purple. so purple', 'purple'],
    // a spaced dash breaks off what is corrected
    ['brown - actually black since the spring', 'black'],
    ['blue - sorry purple, got it on saturday', 'purple'],
    // letters only swapped about are one slip more
    ['brwno belt', 'brown'],
    ['wihet belt, 3 stripes', 'white'],
  ]);
  parses('training_frequency', [
    // "four 10s": shifts told by their hours
    ['nurse here, four 10s a week so it varies', null],
    // a decade gone by is the past; "these days" is no typo of "there days"
    ['3 times a week in my 20s', null],
    ['5 days a week in my 30s, these days twice', 2],
    ['trained 4 times a week. these days once', 1],
    // the corrected count may be a word
    ['two. wait no, three, I forgot saturday', 3],
    // days avoided or dodged are not trained, nor the class named with them
    ['I steer clear of weekends, so monday through friday, all five', 5],
    ['avoid the monday class, which leaves me wed and fri', 2],
    ['dodge the saturday one, so tue thu', 2],
  ]);
  parses('main_position', [
    // what the user owns up to sums it up, only for a side right after it
    ['guard, wait no, honestly top. I only say guard cause I pull when tired', 'top'],
    ['honestly my game is half guard, half top', 'balanced'],
    // a side played when forced, a bit of, or lived in
    ['butterfly and x guard, top when I have to', 'guard'],
    ['mount and side control, bit of guard when im tired', 'top'],
    ['I live on top, but guard is ok too', 'top'],
    // "more even between guard and top" is one balanced mention, now over the past
    ['was all top in my first year, now more even between guard and top', 'balanced'],
  ]);
  parses('training_goals', [
    // "not for" negates the "for fun" after it
    ['not for the workout, not for fun, I want to medal at nationals', 'competition'],
    // not wanting "just" a goal is not wanting it as the goal
    ["don't want to just get fit, I want to learn the details", 'skill_development'],
    // "a bit of everything but…" turns, it excepts nothing; "honestly" owns up to the goal
    ['a little of everything but honestly its my cardio', 'fitness'],
    ["competing is cool, honestly it's my workout", 'fitness'],
    // a goal it was, with another named later, is where the user has been
    ['was just for fun at first, after a seminar I really want to refine my technique', 'skill_development'],
  ]);
});

describe('round r21–r22 fixture families: counts of several kinds, coaching, clocks, changes, dislikes, named opens, asking back', () => {
  parses('training_frequency', [
    // a count said to be another activity after it is not training
    ["I hit the gym 6 times a week but that's mostly cardio", null],
    ["I'm at the gym 4x a week but that's lifting, bjj twice", 2],
    // "an evening one" is one more session of another kind
    ['2 morning classes and an evening one', 3],
    // a day every other week is half a session a week
    ['tuesday and thursday, plus saturday every other week', 2.5],
    // a clock's colon is no total before its breakdown
    ['the 5:30pm class twice and the 8pm once', 3],
    // a count at another place, named before it
    ["my club 2x a week and I drop in at my cousin's gym once", 3],
    // coaching a class is not training it
    ['I teach the fundamentals class 3x and roll in the advanced class 2x', 2],
    // sessions a day on named days, then another part
    ['2 sessions a day on mon and wed, 1 on fri', 5],
    // a 24-hour clock is no count; days added with "plus"
    ["the 0630 class tue and thu when I'm not travelling, plus sunday", 3],
    // days never gone to are taken out of the weekdays
    ["never train Tuesdays, the other four weekdays I'm in", 4],
    // a change made: the count after "to" is now
    ['bumped from 3 to 4 a week after my divorce', 4],
  ]);
  parses('training_goals', [
    // a liking verb with an infinitive is the verb of the goal after it
    ['would like to enter a couple of tournaments this year', 'competition'],
    // a family member's goal is theirs
    ['my nephew wants to compete, I just tag along', null],
    // the user takes over after "and now I"
    ['my instructor gave me my blue and now I want to refine my fundamentals', 'skill_development'],
    // Tagalog: "libangan" is a hobby, "pang" is no typo of "pans"
    ['libangan ko lang to after work', 'recreational'],
    ['pang exercise lang talaga', 'fitness'],
    // the reason given wins
    ["I like the workout, but I'm there because I got mugged last year", 'self_defense'],
    // a goal it was "solely", with another now
    ["was solely a fitness thing until this spring, now I'm chasing medals", 'competition'],
    // a tournament told by its name
    ['prepping for the Boston Summer Open', 'competition'],
    // a goal disliked is no goal
    ["tournaments freak me out, I'm here to unwind", 'recreational'],
  ]);
  parses('belt_level', [
    // a belt the user might get is not held
    ['I might get my brown this year', null],
  ]);
  parses('main_position', [
    // a question back about the question
    ['depends on what you mean by game', null],
    // what a change made of the user
    ['I was a passer but injuries forced me into guard', 'guard'],
    // a side called grim or rubbish is disliked
    ['z guard, top is pants', 'guard'],
    ['knee shield stuff, passing is rubbish', 'guard'],
  ]);
});

describe('round r23: totals so far, seasons gone by, changes, pt weekdays, weeks of none, others and clubs, past then now in pt/es', () => {
  parses('training_frequency', [
    // a running total is no weekly rate
    ['had maybe 9 sessions so far', null],
    ['done 6 classes in total', null],
    // a season gone by is no habit now; "back to" says the habit now
    ['5 a week during the holidays, 3 a week', 3],
    ['4 a week for the comp, back to 2 a week', 2],
    // a change verb one word before "from"
    ['bumped it from 3 to 5 after new year', 5],
    // Portuguese short day names in a run
    ['ter, qui e sab', 3],
    // weeks that drop to none keep no count
    ['some weeks none, some weeks 5', null],
    ['algunas semanas ninguna, algunas semanas 3', null],
    // the gym's timetable put up to be confirmed
    ['the adult classes are tue and thu right?', null],
  ]);
  parses('belt_level', [
    // a belt next year is only hoped for
    ['roxa no próximo ano, azul', 'blue'],
    ['negra el año que viene, marrón', 'brown'],
    // "agora", "ahora" say the belt now
    ['tinha a azul, agora roxa', 'purple'],
    ['la azul la tuve dos años, ahora morada', 'purple'],
  ]);
  parses('main_position', [
    // a Spanish relative is someone else
    ['mi novio juega arriba', null],
    ['jogo mais por sima', 'top'],
    ['un poco de todo', 'balanced'],
    // "antes era … hoje": now wins
    ['antes era guardeiro, hoje jogo por cima', 'top'],
    // "so basically both" sums up a preference in one setting
    ['in the gi I love playing guard, in nogi I just wrestle, so basically both', 'balanced'],
  ]);
  parses('training_goals', [
    // the club's plans and a relative's wish are not the user's goal
    ['our club is sending a team to the state open', null],
    ['mi hermano quiere competir', null],
    // past then now, in Spanish and Portuguese
    ['antes era por diversión, ahora es para defensa personal', 'self_defense'],
    ['entrei pra perder peso, atualmente quero competir', 'competition'],
    ['empecé por salud, hoy compito', 'competition'],
  ]);
});

describe('round r24: a change told over time, a reason given, family, hearsay and everyday words', () => {
  const exactly = (field: ProfileField, cases: readonly Case[]) =>
    it.each(cases)(`${field}: %j → exactly %j`, (text, expected) => {
      expect(parseProfileAnswer(field, text)).toBe(expected);
    });
  exactly('training_frequency', [
    // a count raised to is the count now, past the verb's particles, and no ceiling
    ['ramped it up from 1 to 3 times a week', 3],
    ['was doing 2, stepped it up to 5 a week', 5],
    ['3 a week before, bumped it up to 5', 5],
    ['was at 2 a week, kicked it up to 4 after new year', 4],
    // "+" joins times of day on one day
    ['2 classes on thursday (lunch + night), 1 sunday', 3],
    // "says" is no slip of "sats"
    ['Tuesdays and Thursdays. My wife says that is already too much', 2],
    // a slip is of a day's name, not its short form: "sits" is not "sats"
    ['Tuesdays and Thursdays, she sits and watches', 2],
    // a rate before and after, in Spanish
    ['antes iba 3 veces, ahora 2', 2],
  ]);
  parses('main_position', [
    // the side said of the past gives way to the one said of now, before or after it
    ['began on top because of judo but recently all guard', 'guard'],
    ['since I got my blue I play top. as a white belt I was all guard', 'top'],
    ['top na ako ngayon, nung white puro guard', 'top'],
    ['since my promotion, top; as a white belt all guard', 'top'],
    // …the belt named right after "now" is the one now, and a turn ends a side's part
    ['was all guard as a white belt, now at purple I am more balanced', 'balanced'],
    ['as a white belt top, currently at blue guard', 'guard'],
    ['I used to only pass but I have been drilling guard so now it is kinda even', 'balanced'],
    ['en mi otra academia jugaba abajo pero aqui juego arriba', 'top'],
    // a reason for the answer is no second answer
    ['Top, because in guard I get tired', 'top'],
    ['guard kasi sa top mabilis ako mapagod', 'guard'],
    // a side that hurts is avoided
    ['bottom. on top my back aches', 'guard'],
    ['arriba siempre, abajo me canso', 'top'],
    ['guard, sa top masakit tuhod ko', 'guard'],
    ['passing hurts my neck, I play guard', 'guard'],
    // "más de" prefers; a side being moved to is work in progress
    ['soy más de arriba, a veces abajo', 'top'],
    ['siempre abajo, a veces arriba', 'guard'],
    ['estou mudando pra guarda, mas ainda jogo por cima', 'top'],
    ['jogo dos dois lados', 'balanced'],
    ['honestly kind of even', 'balanced'],
  ]);
  parses('training_goals', [
    ['para mantenerme en forma', 'fitness'],
    ['laro lang po, walang pressure', 'recreational'],
    ['chill lang, no pressure', 'recreational'],
    // Spanish "pero", "todo" are no slips of "peso", "too"
    ['de todo un poco, pero sobre todo relajarme', 'recreational'],
    ['competir un poco, pero sobre todo por salud', 'fitness'],
    ['competir às vezes, mas acima de tudo saúde', 'fitness'],
    ['fitness din, pero lalo na para sa self defense', 'self_defense'],
    ['compito, pero principalmente por diversión', 'recreational'],
    ["i'd like to compete but im here for the workout", 'fitness'],
    ['competir a veces, pero más que nada por diversión', 'recreational'],
    ['i do the comp class and all, but im in it for the friends', 'recreational'],
    // what the user started for gives way to what they train for now
    ['initially to compete, now for health', 'fitness'],
    ['initially for comps, nowadays fitness', 'fitness'],
    // what someone else says of the user is not the user's goal
    ['my coach says im ready for tournaments', null],
    ['sabi ng coach ko ready na daw ako mag compete pero pampapayat lang talaga', 'fitness'],
    ['coach promoted me, so competing now', 'competition'],
    ['coach says im ready, so competing', 'competition'],
  ]);
  parses('belt_level', [
    // a relative's belt is theirs
    ['si kuya purple belt na', null],
    ['yung ate ko brown belt', null],
    ['mi prima es morada', null],
    // "hehe" laughs a belt off like "haha"
    ['purple hehe no, blue', 'blue'],
  ]);
});

describe('round r25: belts wished for in pt/es, sides called "my game", "nunca", another activity beside BJJ', () => {
  parses('belt_level', [
    // a belt wished for in Portuguese or Spanish says nothing of the belt now
    ['quero a roxa até dezembro', null],
    ['quiero sacar la azul pronto', null],
    // slips of the ranks' Portuguese names
    ['roxxa 3 graus', 'purple'],
    ['marom', 'brown'],
    // a coach in Portuguese or Spanish holds their own belt
    ['meu mestre é faixa preta, eu sou roxa', 'purple'],
    ['el profe es marrón, yo azul', 'blue'],
  ]);
  parses('main_position', [
    // the side called the user's game is the preference
    ['fico por cima de vez em quando, mas a guarda é meu jogo', 'guard'],
    ['I pull guard and pass too, but top is my game', 'top'],
    // "a veces" is only sometimes; sweeping is played from guard
    ['a veces abajo, normalmente arriba', 'top'],
    ['raspo muito', 'guard'],
    // "nunca" negates in Portuguese and Spanish
    ['nunca fico por cima', 'guard'],
    // owning up to what the user is
    ["honestly I'm a top player, even if I pull guard a lot", 'top'],
    // "o cara é leve" is no "care" or "love": a side for each partner is both
    ['guarda quando o cara é pesado, cima quando é leve', 'balanced'],
  ]);
  parses('training_goals', [
    // "sem" negates like "sin"
    ['sem competição, só pra me divertir', 'recreational'],
    // what a coach wants, in Portuguese, is the coach's
    ['meu treinador quer que eu lute campeonato, mas eu treino pela saúde', 'fitness'],
    // a belt the goal starts after is when, not the goal
    ['after my black belt the plan is to compete in masters', 'competition'],
    ['después del cinturón negro, competir', 'competition'],
  ]);
  parses('training_frequency', [
    // military PT and rucking are another activity beside BJJ
    ['PT five mornings a week, jiu jitsu 3 nights', 3],
    ['ruck on saturdays, bjj twice a week', 2],
  ]);
});

describe('Swahili and Afrikaans answers, rule-outs and belt arithmetic', () => {
  parses('training_frequency', [
    // Swahili counts come after "mara" (times) and "siku" (days); "kwa wiki" is per week
    ['mara mbili kwa wiki', 2],
    ['siku nne kwa wiki', 4],
    ['kila siku, hata jumamosi', 6.5],
    // Afrikaans numbers, "keer" (times) and "'n week" (a week)
    ["drie keer 'n week", 3],
    ['ses dae per week', 6],
    ['elke dag', 6.5],
  ]);
  parses('main_position', [
    ['mimi hupenda kukaa juu', 'top'],
    ['ek hou van onder', 'guard'],
    ['albei eintlik', 'balanced'],
    // "not a big fan of" negates like "not a fan of"
    ['not a big fan of being under bigger guys', 'top'],
    // drowning under someone is avoiding bottom
    ['top. i am drowning under heavy guys', 'top'],
  ]);
  parses('training_goals', [
    ['kupunguza uzito tu', 'fitness'],
    ['ek wil fiks bly', 'fitness'],
    ['mashindano', 'competition'],
    // a goal ruled out on its own clause stays out, even when a reason names it again
    ['not for self defense, i work security so i have that. i want to sharpen my technique', 'skill_development'],
    ['not fitness, i run marathons, my cardio is fine. i want to get good at jiu jitsu', 'skill_development'],
  ]);
  parses('belt_level', [
    ['three belts up from white', 'brown'],
    ['one level down from black', 'brown'],
  ]);
});

describe('round r27: timetables with other activities, rest days and watching; days counted or repeated', () => {
  parses('training_frequency', [
    // a part about another sport is no BJJ
    ['monday wednesday bjj, tuesday thursday muay thai, friday pilates lol', 2],
    ['tuesday and thursday bjj, monday wednesday friday weights', 2],
    ['wed night and sat arvo, plus the gym most mornings for weights', 2],
    ['lunes miercoles y viernes jiu jitsu, martes y jueves crossfit', 3],
    ['lunes gi a las 7, miercoles nogi, jueves solo pesas, viernes otra vez gi y el domingo a veces salgo a correr', 3],
    // …but the gym that runs the classes does not run
    ['i never miss a class and they only run 4 a week', 4],
    // a day of rest or for the family
    ['mon tues thurs, fri is my rest day', 3],
    ['every weekday evening plus saturday, sunday is family day no exceptions', 6],
    ['tue thu sat, sunday is for the family', 3],
    ['segunda quarta sexta, sabado e domingo descanso', 3],
    // a class watched, helped with, or someone else's
    ['tues and thurs is my sons kids class (i just watch) and then my own class on wed and sat', 2],
    [
      'lunchtime nogi tues thurs, gi on saturday, and i help with the kids class monday but i dont actually train then',
      3,
    ],
    ['tues thurs, and wednesday i take my daughter to her class and just watch', 2],
    ["mon wed fri, and saturdays my son's class", 3],
    // "at my gym" is where the user trains
    ['mon and thurs at my gym, plus i drop in to a mates garage for rolls on saturdays', 3],
    ['mon wed at my gym, plus open mat at a friends garage on sundays', 3],
    // a count on a day is that day's sessions
    ['one class monday, one wednesday, and two on saturday back to back', 4],
    ['two on monday, one on wednesday', 3],
    // the timetable repeated on other days
    ['one early and one late class on monday, same again on thursday', 4],
    ['two classes on monday, same on thursday', 4],
    ['monday morning and evening, same on wednesday', 4],
    // which weeks, already said to be every other one
    ['mon wed fri at night, and the tuesday lunch class on weeks im working from home which is every other week', 3.5],
  ]);
});

describe('round r27: pt/es short day names, sessions counted in pt/es, wishes, not begun', () => {
  parses('training_frequency', [
    ['de manha seg qua sex e de noite ter e qui', 5],
    ['seg a sex', 5],
    ['lun a vie', 5],
    ['lun mie vie', 3],
    ['13 treinos por mes mais ou menos', 3],
    ['3 aulas por semana', 3],
    ['4 clases a la semana', 4],
    ['quiero entrenar cuatro veces pero no se si puedo', null],
    ['me gustaria ir 3 veces', null],
    ['quero treinar 5x, hoje treino 3x', 3],
    ['havent started yet, first class is next tuesday and im bricking it', null],
    ['i go to the gym 5 days a week and run on weekends, havent found a bjj place near the new flat yet', null],
    ['still looking for a bjj gym near me', null],
    ['ainda nao comecei', null],
    ["haven't started competing, train 3x", 3],
    ['havent found a gym near the new flat so for now i drill at home twice a week', 2],
  ]);
});

describe('round r27: sides turned down, asked about, or played in more sessions', () => {
  parses('main_position', [
    ['depends what you mean by top?', null],
    ['not sure what you mean by guard?', null],
    ['it depends on what you mean by bottom', null],
    ['depends what you mean by top, i pass a lot', 'top'],
    ['anything where im flat on my back, nope', 'top'],
    ['being flat on my back, hard pass', 'top'],
    ['being on bottom is just not for me', 'top'],
    ['top just isnt for me', 'guard'],
    ['cant be bothered with all the fancy guard stuff, i just want to pin people', 'top'],
    ['evito pasar, me canso mucho', 'guard'],
    ['odio pasar', 'guard'],
    ['trato de evitar la guardia', 'top'],
    ['paso mucho tiempo abajo', 'guard'],
    ['spider y lasso, y si me pasan me voy a media guardia', 'guard'],
    ['gi 3 times a week and i play guard there, nogi once a week where i play top', 'guard'],
    ['twice a week nogi where i wrestle up and pass, gi once a week and i end up on bottom', 'top'],
    ['in the gi i play guard, in nogi top', 'balanced'],
  ]);
  parses('training_goals', [
    ['competing, nope. just fun', 'recreational'],
    ['got jumped outside a bar last year, never again', 'self_defense'],
    ['cant be bothered with comps, just here for fun', 'recreational'],
  ]);
});

describe('round r27: goals beside a disliked sport, lists with ni/nem, promotions told, years of comps', () => {
  parses('training_goals', [
    ['i hate the gym and i hate running so this is how i keep fit', 'fitness'],
    ['i cant stand running, this keeps me in shape', 'fitness'],
    ['no es para pelear en la calle ni competir, solo para bajar de peso', 'fitness'],
    ['no es para competir ni para defensa personal, es para ponerme en forma', 'fitness'],
    ['para defenderme en la calle', 'self_defense'],
    ['promoted to brown, stopped competing, now its just for fun with mates', 'recreational'],
    ['want to get promoted to brown', 'skill_development'],
    ['im brown now after years of comps, want to focus on refining my technique', 'skill_development'],
    ['after 10 years of competing i just want to have fun', 'recreational'],
    ['i want a few more years of competing', 'competition'],
    ['to not be the fat guy at the bbq anymore', 'fitness'],
    ['i dont want to be fat anymore', 'fitness'],
    ['strees from job, bjj is my hobi for relax', 'recreational'],
    ['promoted to blue, so I can finally defend myself a bit, which is why I came in the first place', 'self_defense'],
  ]);
  parses('belt_level', [
    ['apparently theyre grading me to blue at the end of term, fingers crossed', null],
    ['dois anos de branca, tres de azul e agora ja to com a roxa faz um ano', 'purple'],
    ['tenho 30 anos', null],
    ['treino ha 3 anos', 'blue'],
    ['black belt in judo, like 15 years on the mat', null],
    ['faixa preta de judô, tipo 15 anos de tatame', null],
  ]);
});

describe('round r28: counts named by their kind after the class, other sports in Spanish, alternating weeks', () => {
  parses('training_frequency', [
    // the kind after the class ("clases de gi", "aulas de manhã") ends its count; "y" adds the next
    ['2 clases de competicion y 2 normales, y pesas 4 dias', 4],
    ['2 clases de gi y 2 de nogi', 4],
    ['dos clases de competicion y dos normales', 4],
    ['2 aulas de gi e 2 normais', 4],
    ['3 aulas de manhã e 2 à noite', 5],
    // "sem kimono" names nogi and refuses nothing
    ['2 treinos sem kimono e 2 com kimono', 4],
    // boxing in Spanish is another sport's day
    ['boxeo el lunes, bjj martes y jueves, nogi el viernes', 3],
    // weeks of two kinds, each with its count, average out
    ['2 on day shift weeks, 4 on nights', 3],
    ['3 on my off weeks, 1 on my work weeks', 2],
    ['one week 2, the next week 4', 3],
    ['2 when im on days, 4 when im on nights', 3],
    ['some weeks 4, some weeks 2', 3],
    // one kind said to be now is the answer, not the average
    ['4x wk when im on days, twice on nights, and im on days for the foreseeable', 4],
    ['3 gi classes and 2 nogi a week', 5],
  ]);
});

describe("round r28: a partner's side, halves of the rolls, nogi and gi, fleeing the bottom", () => {
  parses('main_position', [
    ['meu parceiro de treino so joga por cima', null],
    ['mi compañero de entreno solo juega arriba', null],
    ['meu parceiro joga por cima, eu prefiro guarda', 'guard'],
    // half the rolls one side, the other half the other: both
    ['like half my rolls i pull, other half i wrestle and stay on top', 'balanced'],
    ['half my rolls i pull guard, the other half i always end up on top', 'balanced'],
    ['metade das vezes eu puxo, a outra metade eu derrubo e passo', 'balanced'],
    ['half the time im on bottom because i get swept', 'guard'],
    // "sem kimono", "sin kimono" is nogi, no refusal; taking down is top
    ['sem kimono eu puxo guarda, de kimono eu derrubo e passo', 'balanced'],
    ['sin kimono jalo guardia, con kimono derribo y paso', 'balanced'],
    // fleeing the bottom, getting up
    ['fujo de ficar embaixo, sempre tento levantar', 'top'],
    ['huyo de estar abajo, siempre intento levantarme', 'top'],
    ['i run away from bottom', 'top'],
    // Portuguese "no", "na" (in the) before the mat or the art negates nothing
    ['no treino eu jogo por baixo', 'guard'],
  ]);
});

describe('round r28: promoted from a belt, belts handed over or promised, in the art named', () => {
  parses('belt_level', [
    // promoted from a belt, with no belt after it, is on the next one
    ['just got promoted from white', 'blue'],
    ['got promoted from blue', 'purple'],
    ['fui promovido da branca', 'blue'],
    ['me ascendieron de blanca', 'blue'],
    ['promoted from purple to brown', 'brown'],
    ['me ascendieron de blanca a azul', 'blue'],
    // handed to the user in a sentence about the coach
    ['mi profe me dio la azul', 'blue'],
    // given at a grading still to come
    ['mi profesor dijo que en la proxima graduacion me da la azul', null],
    ['me va a dar la morada el sabado', null],
    // "no jiu" is "in jiu jitsu"
    ['faixa preta de judo mas no jiu sou branca ainda', 'white'],
    ['no bjj eu sou roxa', 'purple'],
    ['black belt in judo, no bjj belt yet', 'white'],
  ]);
  parses('training_goals', [
    ['me dieron la azul y ahora quiero pulir los detalles', 'skill_development'],
    ['quero polir os detalhes', 'skill_development'],
    ['afinar mi juego', 'skill_development'],
  ]);
});

describe('round r29: a kind counted with when it falls, the kind after "x", kinds after digits', () => {
  parses('training_frequency', [
    // "1 nogi on the weekend" is one session that weekend, not a count plus both weekend days
    ['2 gi classes and 1 nogi on the weekend', 3],
    ['2 gi classes and 1 nogi at the weekend', 3],
    ['3 gi and 1 nogi on weekends', 4],
    ['2 nogi and 1 gi over the weekend', 3],
    ['2 classes in the week and 1 gi on the weekend', 3],
    // …while a count of something else at a place is no session: "three kids at home"
    ['twice a week, two kids at home so thats my lot', 2],
    // "2x adults class": the kind and its class after the "x" belong to the count, so "+ 1 comp class" adds
    ['2x adults class + 1 comp class + i coach the kids once (doesnt count lol)', 3],
    ['3x gi class + 1x nogi (the kids class i help with doesnt count)', 4],
    ['3x gi class and 1x open mat', 4],
    // "2 de gi": the "de" goes with a count in digits as with one in words
    ['2 de gi y 1 de nogi el fin de semana', 3],
  ]);
});

describe('round r29: a ceiling the user keeps to is how often they go', () => {
  parses('training_frequency', [
    ['no paso de dos veces, la espalda no da para más', 2],
    ['não passo de 3 vezes, o joelho não deixa', 3],
    ['nunca paso de 3 veces', 3],
    ['no mas de tres veces por semana', 3],
    ['nunca mais de duas vezes', 2],
    ['never more than twice, my knees wont let me', 2],
    ['no more than 2x a week', 2],
  ]);
  it('reads the ceiling as the count itself, not half a session more or less', () => {
    expect(parseProfileAnswer('training_frequency', 'never more than once a week, the baby keeps me home')).toBe(1);
    expect(parseProfileAnswer('training_frequency', 'não passo de 3 vezes')).toBe(3);
  });
});

describe('round r29: the rate for now beside one only in an "if"', () => {
  parses('training_frequency', [
    // "por enquanto", "no momento", "de momento": for now, in Portuguese and Spanish
    ['vou pegar a azul se treinar 4x, mas por enquanto é 2x', 2],
    ['se pudesse treinava 6x, no momento 3x', 3],
    ['de momento voy 2 veces, si pudiera iría 5', 2],
    ['por el momento 3 veces por semana', 3],
    ['minha meta é 5x, mas por enquanto 3x', 3],
    ['4x nas férias, por enquanto 2x', 2],
    ['4 veces en verano, de momento 2', 2],
    ['5x ano passado, no momento 3x', 3],
    // the rate of an "if" is no habit
    ['se treinar 4x pego a azul logo, treino 2x', 2],
    ['si entrenara 5 veces seria morado, entreno 2', 2],
    // "…by now" is the wish's time, not the habit's
    ['if i trained 5x id be blue by now, but for now its 2x', 2],
    // Portuguese "no momento" (at the moment) negates nothing
    ['no momento só 2x', 2],
  ]);
});

describe('round r29: a rate said, then denied as it is said again', () => {
  parses('training_frequency', [
    ['every day! ok not every day, like 5', 5],
    ['5 times a week. well not 5, more like 4', 4],
    ['todo dia! mentira, não todo dia, umas 4 vezes', 4],
    ['3x a week. hmm not 3, 2 really', 2],
    ['every day, no not every day, most days', 5],
    // a denial of another rate takes nothing back
    ['3 times a week, not 3 times a day', 3],
  ]);
});

describe('round r29: a share of a count, told as BJJ or as another activity', () => {
  parses('training_frequency', [
    ["uhh I'm in the gym every day but bjj only 3 of those", 3],
    ["I'm at the gym 6 days a week, 2 of those are bjj", 2],
    ['gym 5 times a week but only 2 of them jiu jitsu', 2],
    ['vou na academia todo dia mas jiu só 3 desses', 3],
    ['voy al gym todos los dias pero bjj solo 3 de esos', 3],
    // a share named another activity leaves the rest
    ['5 classes a week, 2 of those are crossfit lol', 3],
    ['5 sessions a week, 2 of which are yoga', 3],
    ['entreno 5 veces por semana, 2 de ellas son pesas', 3],
    // a share of BJJ sessions, or of wrestling at the gym, still counts them all
    ['bjj 5x a week, 3 of those are gi', 5],
    ['jiu jitsu 5x a week, 2 of those are bjj fundamentals', 5],
    ['3 sessions, one of them is wrestling practice at the club', 3],
  ]);
});

describe('round r29: belts placed by art leave an unplaced colour aside', () => {
  parses('belt_level', [
    ['ahh brown. well brown belt in judo, white in bjj', 'white'],
    ['black! I mean black in karate, blue in bjj', 'blue'],
    ['marrom. quer dizer, marrom no judô, branca no jiu', 'white'],
    ['negro, bueno negro en judo, en bjj azul', 'blue'],
    ["black, but that's taekwondo. white in jiu jitsu", 'white'],
    // with no colour told as BJJ's, the unplaced one is
    ['blue, and brown in judo', 'blue'],
    ['purple, purple in bjj i mean, black in judo', 'purple'],
  ]);
});

describe('round r29: a belt held now, a promotion with a date, asked again later', () => {
  parses('training_goals', [
    // a belt the user has is where the goal starts from, not the goal
    ['now that I have my blue I want to start competing', 'competition'],
    ['agora que tenho a azul quero competir', 'competition'],
    ['ya tengo la azul, ahora quiero competir', 'competition'],
    ['já recebi a preta, agora é só pra me divertir', 'recreational'],
    ['recebi a marrom, agora quero competir', 'competition'],
    ['i want to have my black belt one day', 'skill_development'],
    // a promotion with a date is news, and "ask me after" defers the answer
    ["promotion's in june, ask me after", null],
    ['belt promotion is next month', null],
    ['a graduação é em junho, me pergunta depois', null],
    ['la promoción es el sábado, pregúntame después', null],
    ['ask me after my promotion', null],
    ['working towards a promotion next year', 'skill_development'],
  ]);
});

describe('round r30: a side avoided with strong feeling words', () => {
  parses('main_position', [
    ['bottom is my nemesis', 'top'],
    ['top is my kryptonite', 'guard'],
    ['detest bottom half guard, detest bottom anything really', 'top'],
    ['i abhor closed guard', 'top'],
    ['i dread getting swept because then im stuck on my back', 'top'],
    ['being underneath people gives me claustrophobia, so i fight to stay up', 'top'],
    ['i get claustrophobic under people', 'top'],
    // how far they avoid it names no second side
    ['i stay off my back wherever possible', 'top'],
    // a rhetorical question plays no side
    ['not a fan of being on top, im 58kg so who am i smashing', 'guard'],
    // Tagalog: "ayoko sa ilalim" (I don't want the bottom), "mas gusto ko sa taas" (I prefer on top)
    ['ayoko sa ilalim, mas gusto ko sa taas', 'top'],
    ['ayoko sa taas', 'guard'],
    // learning a side is work in progress
    ['sou mais de cima, mas to aprendendo a jogar de guarda', 'top'],
    ['soy mas de guardia pero estoy aprendiendo a pasar', 'guard'],
    ['quiero aprender a pasar la guardia algun dia', null],
  ]);
});

describe('round r30: other activities and days denied in a timetable', () => {
  parses('training_frequency', [
    ['mon wed fri bjj, tue thu spin class', 3],
    ['gi ni kai, nogi ikkai, weight training mo ni kai', 3],
    ['striking 2x, bjj 3x', 3],
    ['bjj 3x a week, strength and conditioning twice', 3],
    // a part that trains nothing
    ['weekdays i do the noon class, weekends nothing, i run on sundays', 5],
    ['de lunes a viernes, fines de semana nada', 5],
    // days named, then denied
    ['los viernes no voy, de lunes a jueves si', 4],
    ['sexta não vou, vou de segunda a quinta', 4],
    ['mon to fri, fridays i dont go', 4],
    ['evito o treino de sexta, vou seg, ter, qua e qui', 4],
    // work given as the reason a day is missed is no activity of the part
    ['every weekday lunchtime, and saturday open mat, minus friday cos thats work drinks', 5],
    ['weekdays and saturday, except friday because of work', 5],
  ]);
});

describe('round r30: unwinding, a belly to lose, a joke taken back', () => {
  parses('training_goals', [
    ['pra desestressar depois do trampo', 'recreational'],
    ['nao e pra emagrecer nem competir, e pra desestressar', 'recreational'],
    ['para desconectar del trabajo', 'recreational'],
    ['so pra zoar com a galera, nada serio', 'recreational'],
    ['jaja pues pa bajar la panza', 'fitness'],
    ['para adelgazar', 'fitness'],
    ['quero ser campeão mundial kkkkk brincadeira, é só hobby mesmo', 'recreational'],
    ['quiero ser campeon mundial jaja mentira, es solo un pasatiempo', 'recreational'],
  ]);
  parses('belt_level', [
    ['faixa preta? kkkk quem dera, sou branca ainda', 'white'],
    ['eu? preta kkkk brincadeira, branca 2 graus', 'white'],
    ['negro jaja broma, azul', 'blue'],
  ]);
});

describe('belt histories with years or elided counts end at the latest belt', () => {
  parses('belt_level', [
    ['blanca en 2015, azul 2017, morada 2020, cafe 2023 y este ano negra', 'black'],
    ['blanco 2 anos, azul 3, morado 4 y desde marzo marron', 'brown'],
    ['white 1 year, blue 3, purple 4, brown 2, and black since 2021', 'black'],
    ['branca 2 anos, azul 3, roxa 4 e desde janeiro marrom', 'brown'],
    ['white in 2016, blue 2019, purple 2022 and this year brown', 'brown'],
    ['faixa branca em 2018, azul 2020 e esse ano roxa', 'purple'],
    ['blue 3, purple 4', 'blue'],
  ]);
});

describe('a question back is no answer', () => {
  parses('belt_level', [
    ['what belt do you think i am after 2 years lol', null],
    ['which one would you say i am, 8 months in', null],
    ['que faixa voce acha que eu sou depois de 3 anos', null],
    ['que cinturon crees que tengo', null],
  ]);
  parses('main_position', [
    ['que es guardia?', null],
    ['o que é meia guarda?', null],
    ['guarda', 'guard'],
  ]);
});

describe("someone else's belt or goal, the user's own unsaid", () => {
  parses('belt_level', [
    ['my husband is blue belt, I just started watching', null],
    ['meu marido é faixa roxa, eu comecei a assistir agora', null],
    ['meu aluno pegou a roxa hoje, to orgulhoso', null],
    ['mi alumno recibio la azul ayer', null],
    ['just started', 'white'],
  ]);
  parses('training_goals', [
    ['the guy who got me into it wants to do adcc lol', null],
    ['my student wants to compete at worlds', null],
    ['meu aluno quer competir no mundial', null],
  ]);
});

describe('a belt told by elimination', () => {
  parses('belt_level', [
    ['not brown, not black, the one in the middle', 'purple'],
    ['not blue, not brown... the one in between', 'purple'],
    ['not white, not purple, the one in between', 'blue'],
    ['ni marron ni negro, el del medio', 'purple'],
    ['nem branca nem roxa, a do meio', 'blue'],
    ['not white belt no more, and purple still not', 'blue'],
    ['white belt no more, purple not yet', 'blue'],
    ['nao sou mais branca, roxa ainda nao', 'blue'],
    ['mimi ni white belt bado, mwaka wa kwanza', 'white'],
  ]);
});

describe('a belt wished for and denied, then the real one', () => {
  parses('belt_level', [
    ['cinturón negro? ya quisiera, soy blanco', 'white'],
    ['faixa preta? quem me dera, sou branca', 'white'],
    ['black belt? lol i wish, still blue', 'blue'],
    ['purple? ojala, sigo azul', 'blue'],
  ]);
});

describe('round r30 dev: what tires or annoys the user is avoided; what they would rather do is the side', () => {
  parses('main_position', [
    ["passing guard makes me so tired, i'd rather sit", 'guard'],
    ['passing makes me so tired', 'guard'],
    ['top drains me', 'guard'],
    ['top wears me out', 'guard'],
    ['bottom is exhausting', 'top'],
    ['guard is so tiring', 'top'],
    ['being on bottom is so annoying', 'top'],
    ['playing guard gets on my nerves', 'top'],
    ['im sick of being on bottom', 'top'],
    ['pasar guardia me cansa', 'guard'],
    ['passar guarda me deixa cansado', 'guard'],
    ['nakakapagod sa taas', 'guard'],
    // the verb of a preference alone names the side, and is the one preferred
    ["i'd rather sit", 'guard'],
    ['rather pull', 'guard'],
    ['i prefer to just sit', 'guard'],
    ["top is fine but i'd rather sit", 'guard'],
    ["i'd sooner stand", 'top'],
  ]);
});

describe('round r30 dev: no side preferred, said as indifference', () => {
  parses('main_position', [
    ['pareho lang, kahit saan', 'balanced'],
    ['kahit ano', 'balanced'],
    ['bahala na', 'balanced'],
    ["doesn't matter", 'balanced'],
    ['all the same to me', 'balanced'],
    ['no matter where', 'balanced'],
    ['me da igual', 'balanced'],
    ['donde sea', 'balanced'],
    ['qualquer lado', 'balanced'],
    ['dá no mesmo', 'balanced'],
    // a side the user ends up on still wins over the shrug
    ['doesnt matter, i always end up on bottom', 'guard'],
  ]);
});

describe('round r30 dev: numbers heard wrong by voice-to-text', () => {
  parses('training_frequency', [
    ['tress times a weak lol', 3],
    ['tress days a week', 3],
    ['won time a week', 1],
    ['won day a weak', 1],
    ['free times a week', 3],
    ['ate times a month', 1.85],
    ['sicks times a week', 6],
    // everyday words count only before "times"
    ['i go to classes twice', 2],
    ['3x a week, 2 free days', 3],
  ]);
});

describe('round r30 dev: a belt the user acts as is their own', () => {
  parses('belt_level', [
    ['teaching the kids class as a brown belt, my prof is the black belt', 'brown'],
    ['helping coach the kids as a purple belt, my coach is a black belt', 'purple'],
    ['my coach lets me teach as a purple belt', 'purple'],
    ['i coach the kids class as a blue belt', 'blue'],
    ['assisting my professor with the kids as a blue belt', 'blue'],
    ['dou aula pro meu filho como faixa azul', 'blue'],
    // someone else's role, or a likening
    ['he teaches as a black belt', null],
    ['my partner trains as a brown belt', null],
    ["he's as good as a black belt", null],
    ['meu filho compete como faixa azul', null],
  ]);
});

describe('round r30 dev: a range said with "between … and" is its middle, never a sum', () => {
  parses('training_frequency', [
    ['between four and five', 4.5],
    ['between 4 and 5', 4.5],
    ['somewhere between 3 and 4', 3.5],
    ['between 2 & 3', 2.5],
    ['between once and twice a week', 1.5],
    ['entre 3 e 4', 3.5],
    ['zwischen drei und vier', 3.5],
    // counts of kinds still add up
    ['3 gi and 2 nogi', 5],
  ]);
  it.each([
    ['between 4 and 5 times a week', 4.5],
    ['entre 3 y 4 veces', 3.5],
    ['entre dos y tres veces por semana', 2.5],
    ['entre 3 et 4 fois', 3.5],
    ['zwischen 3 und 4 mal', 3.5],
    ['tussen 3 en 4 keer', 3.5],
    ['między 3 a 4 razy', 3.5],
    ['haftada 3 ile 4 arası', 3.5],
  ])('reads %j as the middle exactly', (text, middle) => {
    expect(parseProfileAnswer('training_frequency', text)).toBe(middle);
  });
});

describe('round r30 dev: not getting beaten up is self-defense', () => {
  parses('training_goals', [
    ["so i don't get my ass kicked", 'self_defense'],
    ['dont want to get my ass kicked', 'self_defense'],
    ['not get my butt whooped', 'self_defense'],
    ['so nobody can push me around', 'self_defense'],
    ['so no one messes with me', 'self_defense'],
    ['not get pushed around', 'self_defense'],
    ['so i dont get stabbed', 'self_defense'],
    ['dont want to be a victim', 'self_defense'],
    ['to not be an easy target', 'self_defense'],
    ['in case i get into a fight', 'self_defense'],
    ['survive a confrontation', 'self_defense'],
    ['pra não apanhar na rua', 'self_defense'],
    ['para que nadie me pegue', 'self_defense'],
    ['para hindi ako mabugbog', 'self_defense'],
    // a beating on the mats, or a push from the coach, is no danger outside
    ['i get my ass kicked every class but i love it', 'recreational'],
    ["my coach keeps pushing me to compete, we'll see", null],
  ]);
});

describe('round r31: not begun, belts as jokes, belts asked back, slips that are places', () => {
  parses('belt_level', [
    // no BJJ trained yet: no level of the user's own, whoever else has a belt
    ['my husband is a purple belt, i havent started yet', null],
    ["haven't even started yet, first class is monday", null],
    ['total beginner, havent started yet', null],
    ['havent started competing yet, blue belt', 'blue'],
    // a belt in an everyday doing or a trait is a joke, not a rank
    ["my wife says I'm a white belt at doing dishes 😂 anyway where's the video", null],
    ['black belt in procrastination lol', null],
    ['purple belt in making excuses', null],
    ["i'm a white belt at life lol", null],
    ['faixa preta em preguiça kkk', null],
    ['blue belt in the gi, white in nogi', 'blue'],
    ['was blue, coach gave me purple at the grading', 'purple'],
    // asked back, "me?", laughed at and answered no, in any tongue and any laughter
    ['faixa preta? eu? kkkk nao, sou azul', 'blue'],
    ['black? me? lol no, blue', 'blue'],
    ['negro? yo? jaja no, soy azul', 'blue'],
    ['black belt? hahahaha no, white', 'white'],
    // everyday words one slip from "roxa" are no belt
    ['hola! soy cinta azul desde hace un año, entreno en la roma norte', 'blue'],
    ['compré ropa nueva, cinta blanca', 'white'],
  ]);
});

describe('round r31: two-a-days, corrections in es/pt, a rule the coach gives, a plan paid for', () => {
  parses('training_frequency', [
    // sessions per day on the days named
    ['two-a-days on mon and wed, single session on fri', 5],
    ['2 a day on mon and wed, 1 on fri', 5],
    ['two a days tuesday and thursday', 4],
    ['2-a-days mon wed, once on saturday', 5],
    // "no wait", "I mean", "or rather" in Spanish and Portuguese
    ['cuatro veces, no espera, cinco desde que cambié de horario', 5],
    ['cuatro, digo cinco', 5],
    ['3x ou melhor 4x', 4],
    ['3 vezes, não pera, 4', 4],
    ['tres veces, perdón, cuatro', 4],
    ['3 or rather 4', 4],
    // what the coach says the class should do is the coach's word
    ['coach says we should come at least 3 times', null],
    ['coach says we need to come 3 times a week', null],
    ['my coach recommends we train 3 times', null],
    ['coach says we should come 3x, i manage 2', 2],
    // a membership plan is the habit; a plan made is only hoped for
    ['16 classes a month on the unlimited plan', 3.69],
    ['12 sessions a month on my membership plan', 2.77],
    ['on the 2x a week plan', 2],
    ['my plan is to go 4x a week', null],
  ]);
});

describe('round r31: off the bottom, sides that only win or someone allows, "mas eu" takes over', () => {
  parses('main_position', [
    ['get me off my back asap', 'top'],
    ['i want off my back', 'top'],
    ['anything to get out from under people', 'top'],
    ['sempre tento sair de baixo', 'top'],
    ['i play off my back', 'guard'],
    ['whichever keeps me from getting tapped', null],
    ['idk man, whichever one wins', null],
    ['wherever my partner lets me be lol', null],
    ['whichever position gets me to the snacks fastest', null],
    ['wherever the roll goes', 'balanced'],
    ['whatever works, both', 'balanced'],
    ['meu professor é guardeiro mas eu gosto mesmo é de passar', 'top'],
    ['minha namorada joga por cima e eu fico na guarda', 'guard'],
    ['mi novio juega arriba y yo abajo', 'guard'],
    ['no tengo preferencia, no evito nada', 'balanced'],
    ['não tenho preferência', 'balanced'],
  ]);
});

describe('round r31: cross training for a field sport, the game worked on, a danger that may come', () => {
  parses('training_goals', [
    // "copy" is no slip of "cops"
    ['I want to understand the why behind techniques, not just copy moves', 'skill_development'],
    ['stay in shape for my football season, bjj is my cross training', 'fitness'],
    ['bjj is cross training for my soccer', 'fitness'],
    ['judoka cross training to fix my ne-waza', 'skill_development'],
    ['tighten up my half guard and finally learn how to pass properly', 'skill_development'],
    ['I want my guard to actually work against the upper belts', 'skill_development'],
    ['learn how to sweep', 'skill_development'],
    ["got my brown in judo, now i'm here to round out my ground game", 'skill_development'],
    ['learn to defend myself', 'self_defense'],
    ["i'm here for fitness, my guard is trash lol", 'fitness'],
    ["be ready if something happens to my family, that's it", 'self_defense'],
    ['if shit ever hits the fan', 'self_defense'],
    ['se algo acontecer com meus filhos', 'self_defense'],
  ]);
});

describe('round r32: kinds of session add up, a drilling session at the gym counts', () => {
  parses('training_frequency', [
    ['two nogi, one gi, and one drilling session with a friend at the gym', 4],
    ['2 classes, 1 private and a drilling sesh with a mate at the gym', 4],
    ['2 gi, 2 nogi and one drill session with my partner', 5],
    ['3 gi classes + 1 drill class', 4],
    ['2 nogi, 1 gi and 1 open mat in the gym on sundays', 4],
    // the gym named as another activity still adds nothing
    ['wed night and sat arvo, plus the gym most mornings for weights', 2],
  ]);
});

describe('round r32: what really happens, said after a schedule, is the count', () => {
  parses('training_frequency', [
    ["every weekday except when I'm flying, I'm cabin crew so realistically 3", 3],
    ['on paper its every day, in practice more like 2', 2],
    ['unlimited membership so in theory every day, in reality 3', 3],
    ['mon to fri but with my shifts realistically its more like 2', 2],
    ['mon wed fri and sat, in practice 3', 3],
    ['todos los días, bueno en realidad unas 4', 4],
    ['todo dia, na real umas 3', 3],
    ['tous les jours, en vrai 4', 4],
    // with no count after it, "realistically" corrects nothing
    ['5 days realistically', 5],
  ]);
  parses('main_position', [['top, no wait, honestly guard. I say top because I WANT to be a top player', 'guard']]);
});

describe('round r32: teaching, opening an academy, getting really good are skill development', () => {
  parses('training_goals', [
    ['I want to open my own academy back in Kerala one day so I need to get really good', 'skill_development'],
    ['open my own academy', 'skill_development'],
    ['i want to run my own gym someday', 'skill_development'],
    ['start my own school one day', 'skill_development'],
    ['one day i want my own affiliate', 'skill_development'],
    ['become a teacher', 'skill_development'],
    ['I want to get really good', 'skill_development'],
    ['quiero abrir mi propia academia', 'skill_development'],
    ['abrir minha propria academia', 'skill_development'],
    ['ser professor um dia', 'skill_development'],
    ['ouvrir mon propre club un jour', 'skill_development'],
    // running a 5k is running; a teacher who speaks is a person
    ['i run a 5k every week and do bjj for self defense', 'self_defense'],
    ['my teacher says im ready to compete', null],
  ]);
});

describe('round r32: BJJ that starts soon has not begun', () => {
  parses('belt_level', [
    ["taekwondo 2nd dan, starting bjj next week insha'allah", null],
    ['starting next week!', null],
    ['about to start my first class', null],
    ['starting my first class tomorrow', null],
    ['beginner, start on monday', null],
    ['judo brown belt, starting jiu jitsu in january', null],
    ['empiezo el lunes, soy principiante', null],
    ['começo semana que vem, sou iniciante', null],
    ['je commence la semaine prochaine', null],
    ['ich fange nächste Woche an, bin Anfänger', null],
    // begun already, or something else starting
    ['just started last week', 'white'],
    ['starting to get the hang of it', 'white'],
    ['white belt, starting comps next month', 'white'],
    ['blue belt, starting at a new gym next week', 'blue'],
  ]);
  parses('training_frequency', [
    ['taekwondo 3x a week, starting bjj next week', null],
    ['i start on monday, probably 2x', null],
    ['3x a week, starting at a new gym next week', 3],
    ['2x a week, starting nogi next month too', 2],
  ]);
});

describe('round r32: BJJ as an escape from the rest of life is recreational', () => {
  parses('training_goals', [
    ["don't care about comps or belts, it's my escape from work", 'recreational'],
    ['an escape from the kids', 'recreational'],
    ['an outlet after work', 'recreational'],
    ['gets me out of my head', 'recreational'],
    ['time away from screens', 'recreational'],
    ['my break from the job', 'recreational'],
    ['mi escape del trabajo', 'recreational'],
    ['minha válvula de escape', 'recreational'],
    // escapes on the mat are the game
    ['i want to work on my escapes', 'skill_development'],
    ['improve my escape from mount', 'skill_development'],
  ]);
});

describe('round r32: a goal waved away is no goal; "not just" makes the lesser one', () => {
  parses('training_goals', [
    ['couldnt care less about self defence or fitness, i want to win the worlds at masters 3', 'competition'],
    ['could care less about belts, i want to get fit', 'fitness'],
    ["who cares about medals, i'm here to get in shape", 'fitness'],
    ['not bothered about comps, i just want to get better', 'skill_development'],
    ['no me importa competir, es para divertirme', 'recreational'],
    ['want to be technical not just strong. maybe compete later', 'skill_development'],
    ['i want to compete, not just train for fitness', 'competition'],
  ]);
});

describe('round r32: a belt still to come is not held; the one below it is', () => {
  parses('belt_level', [
    ['coach says im gettin my purple just now, now-now even', null],
    ['im gettin my blue on saturday', null],
    ['vou pegar a roxa em dezembro', null],
    ['vou receber a azul no sábado', null],
    ['voy a recibir la azul', null],
    ['la graduación es el mes que viene, ojalá me den el azul', null],
    ['blue w/ 4 stripes, so basically purple any day now', 'blue'],
    ['white, blue any day now', 'white'],
    // held already
    ['recebi a roxa em dezembro', 'purple'],
    ['got my purple in december', 'purple'],
  ]);
});

describe('round r32: belt colours spelt by ear beside the belt, and in Afrikaans or Swahili', () => {
  parses('belt_level', [
    ['faixa azu kkkk', 'blue'],
    ['bloo belt w 1 strp lol', 'blue'],
    ['cinta blanka', 'white'],
    ['BLANKA 1 RAYITA', 'white'],
    ['belt wyte', 'white'],
    ['faixa branka 2 graus', 'white'],
    ['wit belt, nog baie nuut', 'white'],
    ['ek is n blou gordel', 'blue'],
    ['swart gordel', 'black'],
    ['mkanda wa bluu', 'blue'],
    // everyday words beside "belt", or no belt at all
    ['what belt are most people on here', null],
    ['cinta roja', null],
    ['I have a quick wit', null],
  ]);
});

describe('round r32: time or a level in another art is no time in BJJ', () => {
  parses('belt_level', [
    ['10 years karate, 4 years wrestling, 0 years bjj until last month', 'white'],
    ["well i'm not a beginner in judo, i'm brown there, but in bjj i'm still on my first belt", 'white'],
    ['7 years of judo, 1 year of bjj', 'white'],
    ['judo for about ten years, then bjj for 6 months', 'white'],
    ['experienced in karate, new to bjj', 'white'],
    ['judo beginner, bjj 4 years', 'blue'],
    ['training 3 years running', 'blue'],
  ]);
});

describe('round r32: a day every other week counts half', () => {
  // exactly: a half session is within the tables' margin
  it.each([
    ['tues thurs gi, monday nogi, and open mat every other sunday', 3.5],
    ['mon wed fri plus every other saturday', 3.5],
    ['tue thu, and open mat every second sunday', 2.5],
    ['3x a week plus every other saturday', 3.5],
    ['every other saturday', 0.5],
    ['mon and wed, every other friday too', 2.5],
    ['twice a week and alternate sundays', 2.5],
    // not a day: every other day, every other week
    ['every other day', 3.5],
    ['every other week', 0.5],
  ])('reads %j as %j exactly', (text, perWeek) => {
    expect(parseProfileAnswer('training_frequency', text)).toBe(perWeek);
  });
});

describe('round r32: a clause opening on "now" is the habit now, however far its count', () => {
  parses('training_frequency', [
    ["3x a week as a white belt, now I'm purple and go 5x", 5],
    ["during the academy I did 5 a week, now on patrol it's like 2", 2],
    ["used to go 4 times, now with the baby and everything it's 1", 1],
    ['antes 2 vezes, agora com o trabalho novo treino 4 vezes', 4],
    ['now I go 3x a week', 3],
  ]);
});

describe('round r33: days with nothing on them, classes that share a day, a day added later', () => {
  parses('training_frequency', [
    // nothing said of days, before or after them, takes them out
    ['mon to fri, none on weekends', 5],
    ['mon-fri, and weekends none', 5],
    ['mon wed fri, weekends: nothing', 3],
    ['tue thu and saturday nothing fancy just open mat', 3],
    // "the evening one on …" is the evening class on those days; a day holds each class named on it
    ['the morning class on tue and thu and the evening one on tue and thu', 4],
    ['the 7am class mon-fri, and the 6pm one on tue thu', 7],
    ['mon-fri mornings, tue and thu also evenings', 7],
    ['gi mon wed fri, nogi mon wed', 5],
    ['tue and thu, gi on tuesday', 2],
    // a day added to the count, however long the count was told first
    ['two gi classes a week for a while now and from last month i have also added the nogi class on friday', 3],
    ['3x a week and i also lift on mondays', 3],
  ]);
});

describe('round r33: under a top position, a side not known, a side per setting', () => {
  parses('main_position', [
    // being under side control or mount is the bottom; hating it is playing top
    ["can't stand getting squashed in side control", 'top'],
    ['i hate getting flattened', 'top'],
    ['i always end up stuck in side control', 'guard'],
    ['I like to stay on my feet', 'top'],
    ['whichever one keeps me from getting flattened', null],
    // a side the user does not know is not played
    ["wrestler, I don't know any guard", 'top'],
    ['I know nothing about guard, I just pass', 'top'],
    ["I don't know how to pass, I just pull", 'guard'],
    ["I don't know, guard?", 'guard'],
    // "more" or "always" inside one setting is about that setting only
    ['guard in the gi, but nogi I always wrestle up and pass', 'balanced'],
    ["against bigger guys I play guard, against smaller ones I'm usually on top", 'balanced'],
    ['guard in gi, top in nogi, but mostly guard overall', 'guard'],
  ]);
});

describe('round r33: a side conceded, a side only of the past', () => {
  parses('main_position', [
    ['top, although I can play guard', 'top'],
    ['guard, even if my passing is decent', 'guard'],
    ['i play top, in spite of my guard being solid', 'top'],
    ['top even though I am a guard player at heart', 'top'],
    ['back in the day I was a top guy', null],
    ['i used to play guard', null],
    ['when i was a white belt i pulled guard every roll', null],
    ["used to be a guard player, now I'm all top", 'top'],
    ["I'm used to being on top", 'top'],
  ]);
});

describe('round r33: never graded where no belts are given; a goal of a time left behind', () => {
  parses('belt_level', [
    ['never been graded, we only do nogi', null],
    ['never graded, nogi only', null],
    ['never got promoted, my nogi gym doesnt grade', null],
    ['never been promoted, I do gi and nogi', 'white'],
  ]);
  parses('training_goals', [
    ['as a kid I did it to get fit', null],
    ['back when I was a teen I trained for self defense', null],
    ['got into it for self defense when I was a teenager, still my main reason', 'self_defense'],
    ['I did it for self defense when I was a teenager, now I want to compete', 'competition'],
    ['self defense, I was bullied when I was a kid', 'self_defense'],
  ]);
});

describe('round r34: a season said to be now, a count said to be more, a side summed up after a pause', () => {
  parses('training_frequency', [
    ['in winter 4 times, in summer I go surf so now (july) only 1', 1],
    ["winter 5x a week, summer 2x, it's summer now", 2],
    ['3x a week in winter and 1x in summer, which is now', 1],
    ["4x in the winter, 2 in the summer but now it's winter", 4],
    ['In the gym its 2 days, but at home I drill with my brother 1 more day', 3],
    ['3 classes a week, and I do open mat 1 more day', 4],
    // a count only wished for is not more
    ['2 days a week, i want 1 more day', 2],
  ]);
  parses('main_position', [
    ['i like the guard but my best position is the top, so... top i guess', 'top'],
    ['i love top but my guard is my best weapon, so… guard i guess', 'guard'],
    ['i like the guard but my best position is the top, so - top', 'top'],
    ["a little bit of everything, I don't want to be one-dimensional", 'balanced'],
    ["I don't want to be one dimensional", 'balanced'],
    ['jack of all trades', 'balanced'],
    ['a little bit of it all', 'balanced'],
  ]);
});

describe('round r33: a belt left behind, both sides said in turns', () => {
  parses('belt_level', [
    ['finally off white, blue as of the graduation this week', 'blue'],
    ['off white belt at last', 'blue'],
    ['out of white belt since saturday', 'blue'],
    ['beyond blue now, purple', 'purple'],
    // a distance still to go leaves nothing behind; "off-white" is a colour
    ['two stripes off purple, so blue', 'blue'],
    ['off-white gi, blue belt', 'blue'],
  ]);
  parses('main_position', [
    ['zależy, raz góra raz dół', 'balanced'],
    ['raz w górze raz w dole', 'balanced'],
    ['zawsze raz góra raz dół', 'balanced'],
    ['głównie raz góra raz dół', 'balanced'],
    ["mostly it's sometimes top sometimes bottom", 'balanced'],
    // a side preferred over the turns, or counts that differ, are no turns
    ['wolę gardę, ale czasem góra czasem dół', 'guard'],
    ['raz góra, dwa razy dół', 'guard'],
    ['raz góra', 'top'],
  ]);
});

describe("round r33's held-back lines: sat waiting for them, and the top role refused whole", () => {
  parses('main_position', [
    ['no interest in wrestling up, comfy on my butt', 'guard'],
    ['i let them come to me', 'guard'],
    ['i never want to be the one on top grinding, let them come to me', 'guard'],
    ['i dont like being the one on top grinding', 'guard'],
    ['top grinding all day', 'top'],
  ]);
});

describe('round r34: a count of shifts named right before it is work, not training', () => {
  parses('training_frequency', [
    ['night shift 4 nights a week, so I hit the noon class on my 3 off days', 3],
    ['i work nights 4 a week, train on my 3 days off', 3],
    ['night shift 4 nights a week', null],
    // trained around the work, the count is training
    ['I train after work 3 times a week', 3],
    ['after my shift 3x a week', 3],
    ['night shift, 4 times a week', 4],
  ]);
});

describe("round r34's held-back lines: weeks that alternate, the one who pulls, someone else's guard, a role", () => {
  parses('training_frequency', [
    // the week left unsaid ("4 the next", "1 otherwise") is the other kind of week: they average out
    ['alternate weeks: 2 one week, 4 the next', 3],
    ['2 one week and 4 the next', 3],
    ['2 one week, 4 the other', 3],
    ['every other week 3, otherwise 1', 2],
    ['4 every other week, 2 otherwise', 3],
    ['once every other week, otherwise twice', 1.5],
    // two counts that take turns are their middle, in either order
    ['alternating 2 and 4 a week', 3],
    ['alternate between 4 and 2 a week', 3],
    ['alternating weeks of 3 and 5', 4],
    // not a turn: counts of kinds that add up, a stretch that is no week, nothing else said otherwise
    ['i alternate 2 gi and 2 nogi', 4],
    ['3x a week, otherwise I lift', 3],
    ['one week 2, the next week 4', 3],
    ['one week three time', 3],
    // "the one" someone is counts nothing, and someone else's count stays theirs
    ["my wife goes like 5x a week, I'm the one at home with the kids", null],
    ["she trains 3x a week and I'm the one who watches", null],
    ["I'm the one who drives, my son trains 4x a week", null],
    ['my wife goes 5x a week', null],
    // "one" still counts one where it counts sessions
    ["I'm the one who drives, twice a week", 2],
    ['one time a week', 1],
    ['just the one session a week', 1],
    ['just the one', 1],
  ]);
  parses('main_position', [
    ["I hate getting stuck in someone's guard so I'm always the one pulling", 'guard'],
    // the role's verb names the side; refusing the role is the other side
    ["i'm always the one pulling", 'guard'],
    ["I'm the one who pulls", 'guard'],
    ['dont like being the one pulling', 'top'],
    ['i avoid being the one who pulls', 'top'],
    ['my partner is always the one pulling', null],
    ['pull ups after class', null],
    // a guard that is someone else's is where the user is on top
    ["I hate getting stuck in someone's guard", 'guard'],
    ['hate being in their guard', 'guard'],
    ["can't stand being inside his closed guard", 'guard'],
    ["can't stand being in the other guy's guard", 'guard'],
    ["I always end up in someone's half guard", 'top'],
    ['I love passing their guard', 'top'],
    // the user's own guard, or a guard no one owns, is the bottom
    ['I hate getting stuck in half guard', 'top'],
    ['I love my guard', 'guard'],
  ]);
});

describe("round r35: a first adult colour belt, the kids' ranks, a side called a weakness, rolls split evenly now", () => {
  parses('belt_level', [
    // the first colour after white is blue, however it is marked as the adults' ranks
    ['got my first adult colour belt last year, 2 stripes on it now', 'blue'],
    ['just got my first adult color belt', 'blue'],
    ['received my first proper colour belt', 'blue'],
    ['kids belts are done, got my first adult colour belt', 'blue'],
    ['primeira faixa colorida', 'blue'],
    // the kids' first colour is grey, not blue
    ['got my first kids colour belt', null],
    ['got my first colour belt in the kids program', null],
    ['first colour belt as a kid was grey', null],
    // white or black as the bar of a kids' colour is a kids' belt
    ["i'm 15 and wear a grey-black belt in the kids program", null],
    ['grey/white belt', null],
    ['yellow and black belt, juniors', null],
    // controls: the first belt is white, a first colour still to come is the belt before it
    ['first colour belt', 'blue'],
    ['still on my first belt', 'white'],
    ['about to get my first colour belt', 'white'],
    ['my son got his first colour belt', null],
    ['black belt, i run the kids class at my gym', 'black'],
    ['i coach the kids class as a blue belt', 'blue'],
  ]);
  parses('main_position', [
    // a side called the user's weakness is no preference: it leans to the other side
    ['mostly top, tbh bottom is my weakness', 'top'],
    ['bottom is my weakness', 'top'],
    ['my guard is my weak point', 'top'],
    ['guard is my achilles heel', 'top'],
    ['my weak spot is bottom', 'top'],
    ['top is where i struggle', 'guard'],
    ['i struggle on bottom', 'top'],
    ['weak guard, strong top', 'top'],
    ['top, my guard is bad', 'top'],
    ['top lor, bottom not so good', 'top'],
    ['guard is what needs work', 'top'],
    ['mostly top, tbh guard needs work', 'top'],
    ['top is what i need to work on', 'guard'],
    ["guard isn't that strong", 'top'],
    ['not so good on bottom', 'top'],
    // controls: a strength is the side, a weakness of the side played stays it
    ['bottom is my strength', 'guard'],
    ['guard is my strong point', 'guard'],
    ['i love guard but my guard is weak', 'guard'],
    ['i play guard and it needs work', 'guard'],
    ['guard player, passing needs work', 'guard'],
    // the rolls split evenly, said now, win over the side of the past
    ['was a pure passer, now I split it evenly', 'balanced'],
    ['used to pull guard, now i split my time evenly', 'balanced'],
    ['split it down the middle', 'balanced'],
    ['split it evenly', 'balanced'],
    // controls
    ['was a guard player, now mostly top', 'top'],
    ["was a guard player, now it's half and half", 'balanced'],
    ['was a pure passer', null],
    ['split guard', 'guard'],
  ]);
});

describe("round r35's held-back lines: a bottom only passed through, a dodge, goals disclaimed, a shift as a condition", () => {
  parses('main_position', [
    // the bottom only passed through on the way up is top; so is sweeping into top
    ['I butterfly sweep into top and smash from there, bottom is just a transit stop', 'top'],
    ['bottom is just a transit stop', 'top'],
    ['guard is just a stepping stone', 'top'],
    ['bottom is only a means to get on top', 'top'],
    ['guard is just to get on top', 'top'],
    ['i play bottom only to sweep', 'top'],
    ['I only play guard to sweep, then I stay on top', 'top'],
    ["I pull guard but I don't stay there, I sweep and pass", 'top'],
    ['I butterfly sweep into top and smash from there', 'top'],
    ['half guard to sweep into mount', 'top'],
    // controls: sweeping is still guard, and a way of life or a top stop is no transit
    ['I play guard to sweep', 'guard'],
    ['I just play guard to sweep people', 'guard'],
    ['I pull guard and sweep', 'guard'],
    ['guard is a way of life', 'guard'],
    ['mostly guard, i love sweeping', 'guard'],
    ['I only know how to sweep', 'guard'],
    ["I'd say top even though my guard is ok, mount is where I feel at home", 'top'],
    // where the user survives or is not smashed is a dodge, no side
    ["wherever I don't get smashed lol", null],
    ['wherever I survive', null],
    ["anywhere I don't get smashed", null],
    ["wherever i'm not getting crushed", null],
    // controls: a side not wanted is avoided, plain indifference is both, being smashed on bottom is disliked
    ["wherever I don't have to pass", 'guard'],
    ["anywhere i don't end up on bottom", 'top'],
    ['wherever', 'balanced'],
    ['whatever works', 'balanced'],
    ['wherever the roll goes', 'balanced'],
    ['I hate getting smashed on bottom', 'top'],
    ['i hate getting smashed on the bottom', 'top'],
    ['I hate getting smashed', 'top'],
    ['i keep getting smashed on bottom', 'guard'],
  ]);
  parses('training_goals', [
    // goals disclaimed state none; a goal said after the disclaimer still counts
    ['goals is a strong word 😂', null],
    ['goals is a bit of a strong word', null],
    ["'goals' might be too strong a word", null],
    ["I wouldn't call them goals", null],
    ['no real goals', null],
    ['goals? lol', null],
    ["i don't really have goals", null],
    ['no real goals, just fun', 'recreational'],
    ['goals is a strong word, but i want to compete one day', 'competition'],
    ["i wouldn't call them goals, i just want to stay in shape", 'fitness'],
    // controls: strength is still fitness
    ['get strong', 'fitness'],
    ['i want to be strong', 'fitness'],
    ['get stronger', 'fitness'],
  ]);
  parses('training_frequency', [
    // a condition on the habit is no count of shifts
    ['every day except sunday if night shift allows', 6],
    ['every day except sunday when shifts allow', 6],
    ['every day except sunday if work allows', 6],
    ['twice a week whenever my shifts allow', 2],
    ['3x a week shifts permitting', 3],
    // controls: shifts counted are work
    ['i work 3 shifts a week', null],
    ['3 twelve hour shifts a week', null],
    ['3 shifts when it is busy', null],
    ['every day except sunday', 6],
  ]);
  it('reads the shift condition while the question is pending', () => {
    expect(parsePendingAnswer('training_frequency', 'every day except sunday if night shift allows')).toBe(6);
  });
});

describe('round r36: a belt still to go, the belt held officially, a count taken back, sides only asked, came then stayed', () => {
  parses('belt_level', [
    // a distance still to go: stripes and weeks on the belt before it, belts counted back
    ['one stripe away from black', 'brown'],
    ['a stripe off blue', 'white'],
    ['two stripes short of purple', 'blue'],
    ['a couple of weeks shy of blue', 'white'],
    ['two belts away from black', 'purple'],
    ['a promotion away from brown', 'purple'],
    // the belt held by the book, until a promotion still to come
    ["blue (well technically white until friday's promotion)", 'white'],
    ['blue, well technically white', 'white'],
    ['white until my promotion next week', 'white'],
    ['purple till the grading on saturday', 'purple'],
    // controls: a belt left behind, someone else's distance, a promotion gone by, a wait told
    ['finally off white', 'blue'],
    ['my coach is one stripe away from black, im blue', 'blue'],
    ['took 18 months from white to blue', 'blue'],
    ['my rank went from blue to purple', 'purple'],
    ['purple belt, one stripe away from brown', 'purple'],
    ['was white until my promotion last year, now blue', 'blue'],
    ['technically a blue belt but i feel like a white', 'blue'],
    ['getting my blue at the next promotion', null],
  ]);
  parses('training_frequency', [
    // a count taken back between two counts
    ['5x— no, 4x, I stopped going fridays', 4],
    ['3 times, nah 2', 2],
    ['5x sorry 4x', 4],
    ['three oops four', 4],
    ['5 no 4', 4],
    // controls: a "no" with no count on both sides
    ['no gi 2x, gi 3x', 5],
    ['3x a week, no exceptions', 3],
    ['4x a week, no more than that', 4],
    ['twice, no matter what', 2],
    ['no, 3', 3],
    ['5x, no wait 4x', 4],
  ]);
  parses('main_position', [
    // both sides only asked about: no side stated
    ["I'm trying to figure out if I'm a guard or top guy", null],
    ['not sure if im guard or top', null],
    ['still deciding between guard and top', null],
    ["wondering whether i'm more of a guard player or a top player", null],
    // controls: a side still named, one side worked on, both said
    ['not sure, guard i think', 'guard'],
    ['guard mostly, trying to figure out top', 'guard'],
    ['not sure if im guard or top, but i pull guard a lot', 'guard'],
    ['not sure whether top or bottom, both i guess', 'balanced'],
    ['guard or top, whatever works', 'balanced'],
  ]);
  parses('training_goals', [
    // what brought the user in gives way to what kept them
    ['came for self defense, stayed because I want to actually master the art', 'skill_development'],
    ['came for fitness, stayed for the competition', 'competition'],
    ['came for weight loss, stuck around for competing', 'competition'],
    ['joined to get fit, stayed to compete', 'competition'],
    // controls: nothing kept them for another reason
    ['came for fitness', 'fitness'],
    ['came for self defense and still train for it', 'self_defense'],
    ['I want to stay fit', 'fitness'],
    ['self defense, stay safe', 'self_defense'],
  ]);
});

describe("round r36's held-back lines: a season said of now, a correction spelled out, a goal called a bonus, a story ending on now", () => {
  parses('training_frequency', [
    // each count's season in its own clause, named before one count and after the other
    ["twice a week in summer, right now in winter it's like 4", 4],
    ['2x in the summer, in winter 4 at the moment', 4],
    ["twice a week in summer, at the moment in winter it's like 4", 4],
    // controls: one order throughout, a season said of now, no season at all
    ["in winter 4 and in summer 2, it's summer now", 2],
    ["4 in winter, in summer 2 but right now it's summer", 2],
    ["used to go twice a week, at the moment it's like 4", 4],
  ]);
  parses('training_goals', [
    // "I mean" right after another correction word: what follows is the answer, count or not
    ['lose weight no wait, I mean to have fun, weight loss is a bonus', 'recreational'],
    ['compete actually I mean to have fun', 'recreational'],
    ['compete, scratch that, i mean fitness', 'fitness'],
    // a goal called a bonus, a perk, a side effect yields to another
    ['fun, weight loss is just a bonus', 'recreational'],
    ['to have fun, losing weight is just a nice bonus', 'recreational'],
    // controls: a bonus alone, a goal stressed, a lone "i mean" with no count after
    ['weight loss is a bonus', 'fitness'],
    ['to have fun, weight loss is my main goal tho', 'fitness'],
    ['fitness is a bonus, i want to compete', 'competition'],
    ['compete i mean i like fun', 'competition'],
  ]);
  parses('training_frequency', [
    // controls: the count corrections read as before
    ['3 no wait i mean 4', 4],
    ['3, i mean some weeks i miss one', 3],
  ]);
  parses('main_position', [
    // a story that ends on now: the side said after the last "now" wins over the past and "lately"
    ["used to be all top, lately I've been pulling guard more and now it's even", 'balanced'],
    ["used to be all top, lately I've been pulling guard more, these days 50/50", 'balanced'],
    ["used to be all top, lately I've been pulling guard more and now im balanced", 'balanced'],
    ["started on top, recently more guard, currently it's even", 'balanced'],
    // "it's even" said of the rolls is both sides
    ["used to be all top, now it's even", 'balanced'],
    ["it's pretty much even these days, started as a guard player", 'balanced'],
    // controls: the trend is the last word, "even" as an adverb, a past after the now
    ["used to be all top, lately I've been pulling guard more", 'guard'],
    ["I pull guard, it's even more fun than top", 'guard'],
    ['used to pull guard, lately more top and now im mostly top', 'top'],
    ['guard now, top at first', 'guard'],
    ['pull guard no wait, I mean top', 'top'],
  ]);
});

describe("rounds r38–r39: an art's own words, a belt started over, a correction after its answer, a class's lesson", () => {
  parses('belt_level', [
    // a belt told in a Japanese art's words, or a black belt beside a dan, with no BJJ named
    ['Shodan in judo, brah. Kuro obi from high school days.', null],
    ['nidan in karate, mate. kuro obi since my teens', null],
    ['black belt, 2nd dan', null],
    // controls: Japanese said of BJJ, or all in Japanese
    ['shodan in judo, kuro obi in bjj', 'black'],
    ['kuro obi desu', 'black'],
    // a gym that gives no belts says no level
    ['no belt system at my gym, we just train nogi', null],
    ['no belts at our club', null],
    ['my gym has no ranks', null],
    // controls: the user's own lack of a belt is a beginner's
    ['I have no belt', 'white'],
    ['no belt yet', 'white'],
    // a belt started over at is the belt now, even one given by someone else
    ['used to be a blue belt at my old gym but they made me start back at white here', 'white'],
    ['Had a blue belt years back, took ten years off, coach started me again at white', 'white'],
    ['coach started me again at white', 'white'],
    ['purple belt, took 5 years off and restarted at white', 'white'],
    // controls: where a history began
    ['started at white in 2019, blue now', 'blue'],
    ['started as a white belt, now brown', 'brown'],
  ]);
  parses('training_frequency', [
    // a plural's apostrophe is no quote mark
    ["One beginners' class and one no-gi class each week", 2],
  ]);
  parses('training_goals', [
    // "so" with no count after restates nothing, so the correction before it stands
    ["Fitness. Actually scratch that, I've signed up for the British Open, so competition", 'competition'],
    ["fun. actually no, I've booked my first tournament, so competition", 'competition'],
    // a bare "no" opening a later sentence takes back the answer before it
    ["Fitness. Well no, really I'm training for Pans in the spring", 'competition'],
    ['Fitness. No, competition', 'competition'],
    ['self defense. well no, I just like rolling with friends', 'recreational'],
    // someone turning on the user
    [
      "Definitely not for sport. I'm a nurse on night shifts and I want to know what to do if someone gets physical",
      'self_defense',
    ],
    ['I want to know what to do if a patient gets violent', 'self_defense'],
    ['in case things get physical at work', 'self_defense'],
    // control: exercise is no fight
    ['I want to get physical exercise', 'fitness'],
    // a state not to get into, and a dropped g
    ['keep busy and not get fat', 'fitness'],
    ["just wanna keep movin'", 'fitness'],
    ["Shoot, at my age I just want to keep movin' and not get fat", 'fitness'],
    // a class run down is no goal
    ['The fitness classes at my gym are rubbish', null],
    ['boring self defense classes at my gym', null],
    ['the comp team here is a joke', null],
    // controls: a class gone to, the user's own state run down
    ['I do the comp class twice', 'competition'],
    ['my cardio is rubbish', 'fitness'],
  ]);
  parses('main_position', [
    // taking people down and holding them there
    ['I take people down and hold them there', 'top'],
    ['i take guys down', 'top'],
    // what the class drilled is the lesson
    ['We drilled mount escapes tonight', null],
    ['coach showed us the knee slice', null],
    ["tonight's class was all leg drags", null],
    // control: the user's own side said apart
    ['we drilled guard but I play top', 'top'],
    // a side summed up is said now, whatever the evidence before it
    ["Bottom, hmm, thinking about last week's rolls I was passing in nearly every one, so top", 'top'],
    ['Guard, hmm, looking at my rolls I was on top most of the time, so top', 'top'],
    // "whatever happens" opening the user's own words insists, it is no indifference
    ["Whatever happens I don't stay on bottom — mount and knee on belly are my thing", 'top'],
    ["Whatever happens I don't stay on bottom", 'top'],
    ['whatever happens happens', 'balanced'],
    // getting tired somewhere is avoiding it
    ['i get gassed on bottom', 'top'],
    ['anything but top, i get tired holding people down', 'guard'],
  ]);
  parses('training_frequency', [
    // a "when"/"if" clause's denial is of its own subject, not of the count before it
    ['like 4 days a week when work isnt crazy', 4],
    ['3x a week if the kids arent sick', 3],
    // control: the count's own denial still takes it back
    ['4 days a week isnt happening anymore', null],
  ]);
});

describe('round r39: clocks with their own days, a double on a day named, a goal that was, a final watched', () => {
  parses('training_frequency', [
    // each clock with its own days is its own part: clock times are no counts
    ['Mon/Wed/Fri at 7pm and the 10am on Saturday', 4],
    ['Tue/Thu at 6pm and the 11am on Sunday', 3],
    // controls: two clocks on the same days are two classes on each
    ['I hit the 7am and the 6pm on tuesdays and thursdays', 4],
    ['mon and wed the 7am and the 6pm', 4],
    // doubling up on a day already counted adds one session; its times of day are the double's two
    ['Mon, Wed, Fri, and I double up on Wednesdays (noon and night)', 4],
    ['mon wed fri evenings, and on wednesday i double up with the noon class', 4],
    // controls: a double on a day not named; another kind of class on a named day adds
    ['tue thu, and doubles on saturday (morning and evening)', 4],
    ['mon wed fri gi, and nogi morning and evening on wednesday', 5],
  ]);
  parses('training_goals', [
    // a goal it was, then another named later: the later one is the goal now
    ["Was doing it for fun, but I just signed up for my first tournament and I'm going all in", 'competition'],
    [
      "Used to be a hobby, but after my daughter got harassed I'm taking the self-defense side seriously",
      'self_defense',
    ],
    // control: a goal it was, and nothing after it
    ['was doing it for fun', 'recreational'],
    // a goal it was, then not knowing now: none now
    ["Originally it was self defense after I got mugged, but honestly I don't know what it is anymore", null],
    ["It used to be fitness, but now I'm not sure", null],
    // controls: a goal not said as past stands; not knowing something else is no doubt about it
    ["Self defense. I don't know what else to say now lol", 'self_defense'],
    ["self defense, though I don't know how good I'll get", 'self_defense'],
    // a competition watched is no goal
    ['Watched the ADCC final last night, mental', null],
    ["watched last year's worlds on flo", null],
    // controls: a goal said beside the watching; watching one's weight is a fitness goal
    ['after watching ADCC I want to compete', 'competition'],
    ['watching my weight', 'fitness'],
  ]);
  parses('main_position', [
    // a guard smashed or broken is someone else's, attacked from on top
    ['Pressure passing, smashing half guard from the top', 'top'],
    ['I love breaking closed guard', 'top'],
    // controls: a guard of the user's own
    ['half guard', 'guard'],
    ['I play half guard', 'guard'],
    // "I've become" leads up to now, past what the user was
    ["Was always on top in my judo days; in BJJ I've become a guard player", 'guard'],
    ['I was always passing, I have turned into a guard player', 'guard'],
    // control: a player only wanted to become says nothing of now
    ["I want to become a guard player, but I'm on top mostly", 'top'],
  ]);
});

describe('round r40–r41: a "no" after a hesitation, days left out of weekdays, sides watched or kept for size', () => {
  parses('belt_level', [
    // a bare "no" after "hmm", "um" takes back what came before, as one opening a sentence does
    ["I'd say white, hmm, no, blue, I got it at Christmas", 'blue'],
    ['white, erm, no, blue', 'blue'],
    // controls: a "no" with no hesitation before it corrects nothing; a take-back giving no belt leaves the first
    ['white, no, blue', 'white'],
    ['white, hmm, no, not promoted yet', 'white'],
  ]);
  parses('training_frequency', [
    // a spaced dash ends the corrected count's clause: what follows explains it
    ['4, sorry, 3 - the Friday class got cancelled for the rest of the term', 3],
    // control: a dash between counts is still a range
    ['actually 3-4, the friday class is hit or miss', 3.5],
    // weekdays less the weekdays said after "but", "apart from"
    ['Every weekday but Wednesday', 4],
    ['every weekday apart from friday', 4],
    // controls: every day less a day still counts from seven
    ['every day but wednesday', 6],
    ['every day except sunday', 6],
  ]);
  parses('main_position', [
    // a side watched on screen is no side played
    ["I've been watching lots of guard passing videos lately", null],
    ['bought a guard instructional', null],
    // controls: a side played said beside it
    ["watching guard videos because I'm a top player", 'top'],
    ['I play guard and watch youtube', 'guard'],
    // "call it even" sums the rolls up as both
    ['Bottom. Well, half my rounds I end up on top too, so call it even', 'balanced'],
    ['guard, so call it even', 'balanced'],
    // control: "even though" concedes, it says nothing even
    ["call it even though I'm mostly on top", 'top'],
    // a side kept for bigger opponents is the exception to the side played otherwise
    ["I'd say guard... no, scratch that, I'm a top guy, I only pull guard against bigger people", 'top'],
    ['Top. I start in guard against the bigger guys but I spend most of every round on top', 'top'],
    // controls: each side with its own size or condition is both
    ["guard if the guy's bigger, top if they're my size", 'balanced'],
    ['bigger guys guard, smaller guys top', 'balanced'],
  ]);
  parses('training_goals', [
    // "that's not why I'm here" disowns the goals named before it
    ["My doctor told me exercise would help, but that's not really why I'm here", null],
    ["fitness, but that's not why I'm here, I want to compete", 'competition'],
    // control: not the main reason is still a reason
    ["fitness, but that's not the main reason", 'fitness'],
    // "X at first", then what it has become: the goal now
    ["Self defense at first, but truthfully it's become my way to unwind after work", 'recreational'],
    ["fitness initially, now it's the comps", 'competition'],
    // control: alone, where the user began is the only goal said
    ['self defense at first', 'self_defense'],
    // Spanish stress let out, a laugh, "mi terapia"
    [
      'Bueno, mirá, soy enfermera, turnos de 12 horas, vengo para descargar el estrés y reírme un rato con las chicas',
      'recreational',
    ],
    ['defensa personal al principio, ahora es mi terapia', 'recreational'],
    // control: a laugh denied beside a goal
    ['para competir, no para reírme', 'competition'],
  ]);
});

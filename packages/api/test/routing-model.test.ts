import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  OVERRULE_AT,
  answerBeforeHelp,
  routeByRules,
  routeChat,
  withoutCheckInEchoed,
  type ChatRoute,
} from '../src/domain/chat-route';
import { routedMessage, routingFeatures, routingWords } from '../src/domain/routing-model/features';
import { FIT_OPTIONS, fitRoutingModel } from '../src/domain/routing-model/fit';
import { routeOddsWith, softmax } from '../src/domain/routing-model/model';
import { routeOdds, SHIPPED_ROUTING_MODEL } from '../src/domain/routing-model/shipped';
import { ROUTING_FIXTURES, parseRoutingLines, type LabelledMessage } from '../src/domain/routing-scoring';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('routingFeatures', () => {
  it('reads words in lower case without apostrophes, a question mark as a word', () => {
    expect(routingWords("Didn't tap, why?")).toEqual(['didnt', 'tap', 'why', '?']);
    expect(routingWords('mata leão')).toEqual(['mata', 'leão']);
  });

  it('joins every word and word pair to the pending question, and names each feature once', () => {
    const features = routingFeatures(routedMessage('rolled 3 rounds rolled', 'training_frequency'));
    expect(features).toEqual(expect.arrayContaining(['w:rolled', 'training_frequency|w:rolled', 'b:3 rounds']));
    expect(features).toEqual(expect.arrayContaining(['training_frequency|b:3 rounds', 'digit', 'first:rolled']));
    expect(features).toContain('pending:training_frequency');
    expect(new Set(features).size).toBe(features.length);
    expect(routingFeatures(routedMessage('rolled', null))).toContain('none|w:rolled');
    expect(features).not.toContain('training_frequency|answered');
    expect(routingFeatures(routedMessage('3 a week', 'training_frequency'))).toContain('training_frequency|answered');
  });
});

const line = (text: string, expect: ChatRoute, pending: LabelledMessage['pending'] = null): LabelledMessage => ({
  text,
  pending,
  expect,
});
const TOY = [
  line('rolled hard tonight', 'session'),
  line('rolled light tonight', 'session'),
  line('drilled hard tonight', 'session'),
  line('show me armbars please', 'videos'),
  line('show me sweeps please', 'videos'),
  line('show me chokes please', 'videos'),
  line('blue', 'profile', 'belt_level'),
  line('blue belt', 'profile', 'belt_level'),
];

describe('fitRoutingModel', () => {
  const model = fitRoutingModel(TOY);
  const shipped = routeOddsWith(model);
  const odds = (text: string, pending: LabelledMessage['pending']) => shipped(routedMessage(text, pending));

  it('learns what the lines teach, for words it saw in other lines', () => {
    expect(odds('rolled hard', null).session).toBeGreaterThan(0.9);
    expect(odds('show me please', null).videos).toBeGreaterThan(0.9);
    expect(odds('blue', 'belt_level').profile).toBeGreaterThan(0.5);
  });

  it('leaves out features seen in fewer lines than minLines, and is the same fit every time', () => {
    expect(model.features).not.toContain('w:armbars');
    expect(model.features).toContain('w:rolled');
    expect(fitRoutingModel(TOY)).toEqual(model);
    expect(fitRoutingModel(TOY, { ...FIT_OPTIONS, minLines: 1 }).features).toContain('w:armbars');
  });

  it('gives probabilities that sum to one, and the bias alone for a message of unseen words', () => {
    const p = odds('zzz qqq', null);
    expect(p.profile + p.session + p.videos).toBeCloseTo(1);
    expect(softmax([0, 0])).toEqual([0.5, 0.5]);
  });
});

describe('routeChat: the rules decide, the model overrules them only when near certain', () => {
  const sure =
    (route: ChatRoute, p = 0.95) =>
    () => {
      const rest = (1 - p) / 2;
      return { profile: rest, session: rest, videos: rest, [route]: p };
    };
  const byRules = (text: string, pending: LabelledMessage['pending']) => routeByRules(routedMessage(text, pending));
  const log = 'rolled 5 rounds tonight, got swept twice';

  it('keeps the rules when the model agrees or is not sure enough', () => {
    expect(byRules(log, null)).toBe('session');
    expect(routeChat(log, null, sure('session'))).toBe('session');
    expect(routeChat(log, null, sure('videos', OVERRULE_AT - 0.01))).toBe('session');
  });

  it('overrules a log or a parsed answer when the model is near certain', () => {
    expect(routeChat(log, null, sure('videos'))).toBe('videos');
    expect(byRules('3 a week', 'training_frequency')).toBe('profile');
    expect(routeChat('3 a week', 'training_frequency', sure('session'))).toBe('session');
  });

  it('an answer that goes on to ask for help is a request', () => {
    const pending = 'training_frequency';
    expect(byRules('i only get 2 days a week, whats the fastest way to fix my guard retention', pending)).toBe(
      'videos',
    );
    expect(byRules('i only get 2 days a week', pending)).toBe('profile');
    // a bare "help" closing the message asks too
    expect(byRules('my guard keeps getting passed by knee slice, help', 'main_position')).toBe('videos');
    expect(byRules('my guard keeps getting passed by knee slice', 'main_position')).toBe('profile');
    // in Spanish and Portuguese too: "como lo defiendo", "como faço pra passar"
    expect(byRules('tres veces me pegaron el mismo omoplata hoy, como lo defiendo', pending)).toBe('videos');
    expect(byRules('treino 3 vezes, como faço pra passar a guarda', pending)).toBe('videos');
    expect(byRules('3 veces por semana', pending)).toBe('profile');
  });

  it('a story that ends asking "whats the right way to …" is a request', () => {
    const story = 'so last night i got caught in a heel hook at open mat and my knee still hurts.';
    expect(
      routeChat(`${story} whats the right way to defend inside heel hooks so this doesnt happen again`, null),
    ).toBe('videos');
    // control: the story alone is a log
    expect(routeChat('got caught in a heel hook at open mat last night and my knee still hurts', null)).toBe('session');
  });

  it("Prof. OS's check-in said back before the answer is no question of the user's", () => {
    expect(withoutCheckInEchoed('how did it go? awful. stuck under mount the whole time')).toBe(
      'awful. stuck under mount the whole time',
    );
    expect(routeChat('how did it go? awful. stuck under mount the whole time vs the new brown belt', null)).toBe(
      'session',
    );
    // control: a question of the user's own after it
    expect(routeChat('how did it go? how do i escape mount', null)).toBe('videos');
    expect(withoutCheckInEchoed('how do i escape mount')).toBe('how do i escape mount');
  });

  it('what such a message says before its ask is what is read as the answer', () => {
    expect(answerBeforeHelp('i only get 2 days a week, whats the fastest way to fix my guard retention')).toBe(
      'i only get 2 days a week,',
    );
    expect(answerBeforeHelp('self defense mainly. also how do i get better at takedowns?')).toBe(
      'self defense mainly.',
    );
    // no ask for help at its end: nothing to split off
    expect(answerBeforeHelp('i only get 2 days a week')).toBeNull();
    expect(answerBeforeHelp('why is side control so hard')).toBeNull();
  });

  it('never routes to the profile on its own: an answer needs a value the parser read', () => {
    expect(routeChat('how do I escape mount', 'belt_level', sure('profile', 0.99))).toBe('videos');
  });

  it('with the shipped model, tells a log from a request where the rules alone do not', () => {
    const pending = 'training_frequency';
    const text = '3rd sesh this week and me legs are cooked, worked x guard entries';
    expect(byRules(text, pending)).toBe('videos');
    expect(routeOdds(routedMessage(text, pending)).session).toBeGreaterThanOrEqual(OVERRULE_AT);
    expect(routeChat(text, pending)).toBe('session');
  });
});

describe('the shipped routing model (data/routing-model.json)', () => {
  it('is the fit of the labelled routing sets (else run pnpm fit:routing)', () => {
    const read = (file: string): string => readFileSync(path.join(here, 'fixtures', file), 'utf8');
    const lines = ROUTING_FIXTURES.flatMap((file) => parseRoutingLines(read(file)));
    expect(SHIPPED_ROUTING_MODEL).toEqual(fitRoutingModel(lines));
  });
});

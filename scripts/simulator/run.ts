import { appRouter, manualClock, seededRandom, serviceDeps, type Database } from '@profos/api';
import type { Caller, Context } from '@profos/api/context';
import { ENHANCEMENTS } from '@profos/api/domain/enhancements';
import { runSweep } from '@profos/api/jobs/sweeps';
import type { Funnel } from '@profos/api/services/analytics/funnel';
import type { Metrics } from '@profos/api/services/analytics/metrics';
import { holdoutEffects, type HoldoutEffect } from './holdout-effects';
import type { Boost, BehaviourModel } from './model';
import { pick, seededIds, weighted } from './random-tools';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
// A fixed Monday: simulations start at the same instant every run.
const SIMULATION_START = new Date('2026-01-05T00:00:00Z');
// Users act in one of these hours of the day; the hourly follow-up sweep runs between them.
const ACTIVE_HOURS = [7, 12, 18, 21];

export interface SimulationOptions {
  users: number;
  days: number;
  seed: number;
  holdoutPercent: number;
}

export interface SimulationCounts {
  requests: number;
  clicks: number;
  answers: number;
  sessions: number;
  converted: number;
  optedOut: number;
  touchpoints: Record<string, number>;
}

export interface SimulationResult {
  funnel: Funnel;
  metrics: Metrics;
  counts: SimulationCounts;
  /** Each enhancement's holdout against the spec's success metrics. */
  holdoutEffects: HoldoutEffect[];
  from: Date;
  to: Date;
}

interface SimUser {
  id: string;
  signupDay: number;
  hour: number;
  sessionsPerWeek: number;
  lastQuery: string | null;
  boosts: { kind: Boost; day: number }[];
  converted: boolean;
  churned: boolean;
  optedOut: boolean;
}

type Api = ReturnType<typeof appRouter.createCaller>;

/**
 * Synthetic users act day by day through the real procedures (in process, on the given database)
 * under a clock that only the simulator moves; their responses come from the behaviour model.
 */
export async function simulate(
  database: Database,
  model: BehaviourModel,
  options: SimulationOptions,
  onDay: (day: number, counts: SimulationCounts) => void,
): Promise<SimulationResult> {
  const behaviour = seededRandom(options.seed);
  const deps = serviceDeps(database, {
    clock: manualClock(SIMULATION_START),
    authSecret: 'simulator-secret-that-signs-nothing-0000',
    random: seededRandom(options.seed ^ 0x5eed),
    newId: seededIds(seededRandom(options.seed ^ 0x1d5)),
    rateLimits: null,
  });
  const as = (caller: Caller): Api =>
    appRouter.createCaller({ ...deps, caller, clientAddress: 'simulator' } satisfies Context);
  const admin = as({ role: 'admin' });
  for (const enhancement of ENHANCEMENTS)
    await admin.experiments.set({ enhancement, holdoutPercent: options.holdoutPercent, changedBy: 'simulator' });

  const users: SimUser[] = Array.from({ length: options.users }, () => ({
    id: '',
    signupDay: Math.floor(behaviour() * Math.min(model.population.signupSpreadDays, options.days)),
    hour: pick(ACTIVE_HOURS, behaviour),
    sessionsPerWeek: Number(weighted(model.population.sessionsPerWeek, behaviour)),
    lastQuery: null,
    boosts: [],
    converted: false,
    churned: false,
    optedOut: false,
  }));
  const counts: SimulationCounts = {
    requests: 0,
    clicks: 0,
    answers: 0,
    sessions: 0,
    converted: 0,
    optedOut: 0,
    touchpoints: {},
  };

  for (let day = 0; day < options.days; day++) {
    const dayStart = SIMULATION_START.getTime() + day * DAY_MS;
    deps.clock.set(new Date(dayStart));
    await runSweep('discovery_nudges', deps);
    await runSweep('retention_nudges', deps);
    // Sign-ups of the day, as the demo does it: a guest identity first, activity later.
    for (const user of users.filter((u) => u.signupDay === day)) {
      user.id = (await as({ role: 'anonymous', reason: 'missing' }).auth.guest({})).user.id;
    }
    for (const hour of ACTIVE_HOURS) {
      deps.clock.set(new Date(dayStart + (hour - 1) * HOUR_MS));
      await runSweep('video_follow_ups', deps);
      deps.clock.set(new Date(dayStart + hour * HOUR_MS));
      for (const user of users) {
        if (user.hour !== hour || user.signupDay > day || user.churned) continue;
        const api = as({ role: 'user', userId: user.id });
        if (user.converted) await trainedUser(api, user, model, behaviour, counts);
        else await videoOnlyUser(api, user, day, model, behaviour, counts);
        deps.clock.advance(1000);
      }
    }
    onDay(day + 1, counts);
  }
  const from = SIMULATION_START;
  const to = new Date(SIMULATION_START.getTime() + options.days * DAY_MS);
  return {
    funnel: await admin.analytics.funnel({ from, to }),
    metrics: await admin.analytics.metrics({ from, to }),
    counts,
    holdoutEffects: await holdoutEffects(database, from, to, deps.clock.now()),
    from,
    to,
  };
}

async function videoOnlyUser(
  api: Api,
  user: SimUser,
  day: number,
  model: BehaviourModel,
  random: () => number,
  counts: SimulationCounts,
) {
  const { videoRequests, engagement } = model;
  const chance = videoRequests.startProbability * Math.exp(-(day - user.signupDay) / videoRequests.decayDays);
  for (let n = 0; n < videoRequests.perDayMax && random() < chance; n++) {
    const query =
      user.lastQuery && random() < videoRequests.repeatTopicProbability ? user.lastQuery : pick(model.queries, random);
    user.lastQuery = query;
    const reply = await api.videos.request({ query });
    counts.requests++;
    const first = reply.videos[0]!;
    if (random() < engagement.clickProbability) {
      await api.engagement.click({ engagementId: first.engagementId });
      counts.clicks++;
      const roll = random();
      if (roll < engagement.helpfulProbability)
        await api.engagement.feedback({ engagementId: first.engagementId, feedback: 'helpful' });
      else if (roll < engagement.helpfulProbability + engagement.notHelpfulProbability)
        await api.engagement.feedback({ engagementId: first.engagementId, feedback: 'not_helpful' });
    }
    if (reply.profilePrompt && random() < engagement.answerProfilePromptProbability) {
      const unreadable = random() < engagement.unreadableAnswerProbability;
      const answer = await api.profile.answer({
        text: pick(model.answers[unreadable ? 'unreadable' : reply.profilePrompt.field], random),
      });
      counts.answers++;
      if (answer.understood) user.boosts.push({ kind: 'profile_question_answered', day });
    }
    const touchpoint = reply.teaser
      ? 'teaser'
      : reply.example
        ? 'example'
        : reply.nudge
          ? reply.nudge.type === 'video_follow_up'
            ? 'video_follow_up'
            : 'nudge'
          : null;
    if (touchpoint) {
      counts.touchpoints[touchpoint] = (counts.touchpoints[touchpoint] ?? 0) + 1;
      user.boosts.push({ kind: touchpoint, day });
      if (!user.optedOut && random() < engagement.optOutPerTouchpointProbability) {
        await api.profile.setPreferences({ conversionTips: false });
        user.optedOut = true;
        counts.optedOut++;
      }
    }
    if (reply.nudge?.type === 'pre_training_focus' && random() < engagement.answerFocusQuestionProbability) {
      await api.videos.request({
        query: `I want to work on my ${pick(['kimura', 'triangle', 'armbar', 'guillotine', 'knee slice passing'], random)} today`,
      });
      counts.requests++;
    }
  }
  if (random() < hazard(user, day, model)) {
    await logSession(api, user, model, random, counts);
    user.converted = true;
    counts.converted++;
  }
}

/** The daily chance of a first log: the base rate plus each touchpoint's boost, halving every half-life. */
function hazard(user: SimUser, day: number, model: BehaviourModel): number {
  const { baseHazard, halfLifeDays, boosts } = model.conversion;
  return Math.min(
    1,
    user.boosts.reduce((sum, b) => sum + boosts[b.kind] * 0.5 ** ((day - b.day) / halfLifeDays), baseHazard),
  );
}

async function trainedUser(
  api: Api,
  user: SimUser,
  model: BehaviourModel,
  random: () => number,
  counts: SimulationCounts,
) {
  if (random() < model.retention.churnPerDay) {
    user.churned = true;
    return;
  }
  if (random() < (user.sessionsPerWeek / 7) * model.retention.logCompliance)
    await logSession(api, user, model, random, counts);
}

async function logSession(
  api: Api,
  user: SimUser,
  model: BehaviourModel,
  random: () => number,
  counts: SimulationCounts,
) {
  const topic = (user.lastQuery ?? 'armbar').split(' ').slice(0, 2).join(' ');
  await api.sessions.log({ text: pick(model.sessionTexts, random).replace('{topic}', topic) });
  counts.sessions++;
}

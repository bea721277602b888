import type { ProfileField } from './profile-answers';
import { shownWithinWeek } from './caps';
import { enhancementOfNudge, type Enhancement } from './enhancements';
import { pickNudge, type PendingNudge } from './nudge-choice';
import { nextProfileQuestion, type ProfileKnowledge } from './profile-questions';
import type { Random } from './random';
import { pickExample, showcaseDue, type ExampleStats } from './showcase';
import { pickTeaser, type Teaser } from './teasers';

export interface TouchpointInput<E extends ExampleStats = ExampleStats> {
  now: Date;
  /** This request included (docs/rules.md, "request count"). */
  requestCount: number;
  sessionCount: number;
  conversionTips: boolean;
  holdouts: ReadonlySet<Enhancement>;
  profile: ProfileKnowledge;
  /** Topics of the last requests, newest (this one) first. */
  recentTopics: readonly (readonly string[])[];
  lastTeaserAt: Date | null;
  lastExampleAt: Date | null;
  lastNudgeShownAt: Date | null;
  activeExamples: readonly E[];
  exampleViews: ReadonlyMap<string, number>;
  pendingNudges: readonly PendingNudge[];
  random: Random;
}

export interface TouchpointPlan<E extends ExampleStats = ExampleStats> {
  profileQuestion: ProfileField | null;
  teaser: Teaser | null;
  example: E | null;
  nudge: PendingNudge | null;
}

export const NO_TOUCHPOINTS: TouchpointPlan<never> = {
  profileQuestion: null,
  teaser: null,
  example: null,
  nudge: null,
};

/**
 * docs/rules.md §5: at most one of teaser > example > nudge per reply, each under its weekly cap; a profile
 * question may ride along. Opted-out users get none; holdout users never get that enhancement.
 */
export function planTouchpoints<E extends ExampleStats>(input: TouchpointInput<E>): TouchpointPlan<E> {
  if (!input.conversionTips) return NO_TOUCHPOINTS;
  const allowed = (e: Enhancement) => !input.holdouts.has(e);
  const profileQuestion = allowed('profile_questions') ? nextProfileQuestion(input.requestCount, input.profile) : null;

  const teaser =
    allowed('pattern_teasers') && !shownWithinWeek(input.lastTeaserAt, input.now)
      ? pickTeaser(input.recentTopics, input.requestCount)
      : null;
  if (teaser) return { profileQuestion, teaser, example: null, nudge: null };

  const example =
    allowed('power_user_showcase') &&
    !shownWithinWeek(input.lastExampleAt, input.now) &&
    showcaseDue(input.requestCount, input.sessionCount)
      ? pickExample(input.activeExamples, input.exampleViews, input.random)
      : null;
  if (example) return { profileQuestion, teaser: null, example, nudge: null };

  const nudge = shownWithinWeek(input.lastNudgeShownAt, input.now)
    ? null
    : pickNudge(
        input.pendingNudges.filter((n) => allowed(enhancementOfNudge(n.type))),
        input.now,
      );
  return { profileQuestion, teaser: null, example: null, nudge };
}

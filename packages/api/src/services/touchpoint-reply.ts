import { formatExample } from '../domain/example-content';
import { enhancementOfNudge, type NudgeType } from '../domain/enhancements';
import type { ProfileField } from '../domain/profile-answers';
import { PROFILE_QUESTIONS } from '../domain/profile-questions';
import type { TeaserType } from '../domain/teasers';
import type { TouchpointPlan } from '../domain/touchpoints';
import type { ExposureWrite } from './reply-writes';
import type { ActiveExample } from './request-state';

export interface TouchpointReply {
  profilePrompt: { field: ProfileField; question: string } | null;
  teaser: { type: TeaserType; content: string } | null;
  example: { id: string; type: string; content: string } | null;
  nudge: { id: string; type: NudgeType; content: string } | null;
}

/** The plan as the contract's reply fields. */
export function touchpointReply(plan: TouchpointPlan<ActiveExample>): TouchpointReply {
  const { example } = plan;
  return {
    profilePrompt: plan.profileQuestion && {
      field: plan.profileQuestion,
      question: PROFILE_QUESTIONS[plan.profileQuestion],
    },
    teaser: plan.teaser,
    example: example ? { id: example.id, type: example.exampleType, content: formatExample(example) } : null,
    nudge: plan.nudge && { id: plan.nudge.id, type: plan.nudge.type, content: plan.nudge.content },
  };
}

/** One exposure per touchpoint shown: what analytics credits conversions to (docs/rules.md §6). */
export function exposuresFor(plan: TouchpointPlan<ActiveExample>, newId: () => string): ExposureWrite[] {
  const shown: ExposureWrite[] = [];
  const add = (e: Omit<ExposureWrite, 'id'>) => shown.push({ id: newId(), ...e });
  if (plan.profileQuestion)
    add({
      kind: 'profile_question',
      enhancement: 'profile_questions',
      type: plan.profileQuestion,
      exampleId: null,
      nudgeId: null,
    });
  if (plan.teaser)
    add({ kind: 'teaser', enhancement: 'pattern_teasers', type: plan.teaser.type, exampleId: null, nudgeId: null });
  if (plan.example)
    add({
      kind: 'example',
      enhancement: 'power_user_showcase',
      type: plan.example.exampleType,
      exampleId: plan.example.id,
      nudgeId: null,
    });
  if (plan.nudge)
    add({
      kind: 'nudge',
      enhancement: enhancementOfNudge(plan.nudge.type),
      type: plan.nudge.type,
      exampleId: null,
      nudgeId: plan.nudge.id,
    });
  return shown;
}

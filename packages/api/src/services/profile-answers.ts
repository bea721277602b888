import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { engagementProfiles } from '../db/schema';
import { acknowledgeAnswer, askAgain } from '../domain/profile-acknowledgement';
import {
  parsePendingAnswer,
  parseProfileAnswer,
  type ProfileField,
  type ProfileValue,
} from '../domain/profile-answers';
import { fieldError, type UserContext } from '../trpc';
import { profileCompletion } from './profiles';
import { lockProfile, type ProfileRow } from './user-rows';

export interface AnswerResult {
  field: ProfileField;
  understood: boolean;
  value: ProfileValue | null;
  completion: number;
  acknowledgement: string;
}

const COLUMN: Record<ProfileField, 'beltLevel' | 'trainingFrequency' | 'mainPosition' | 'trainingGoals'> = {
  belt_level: 'beltLevel',
  training_frequency: 'trainingFrequency',
  main_position: 'mainPosition',
  training_goals: 'trainingGoals',
};

/** profile.answer: answers `field`, or the pending question when no field is given (docs/rules.md §1). */
export async function answerProfile(ctx: UserContext, text: string, field?: ProfileField): Promise<AnswerResult> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const profile = await lockProfile(tx, ctx.userId, now);
    const target = field ?? (profile.pendingField as ProfileField | null);
    if (!target) {
      throw fieldError('field', 'No profile question is pending: say which field you are answering');
    }
    const value = parseProfileAnswer(target, text);
    if (value === null) {
      // An answer that can't be read changes nothing.
      return {
        field: target,
        understood: false,
        value: null,
        completion: profileCompletion(profile),
        acknowledgement: askAgain(target),
      };
    }
    return saveAnswer(tx, profile, target, value, now);
  });
}

/**
 * chat.send's answer to the pending question, or null when the message is not one. Only the message
 * right after the question is routed to it (docs/rules.md §1). The pending question is read under the
 * profile lock, so a question asked meanwhile by a concurrent request is the one answered (or the
 * message falls through to the usual routing).
 */
export async function answerPendingInChat(ctx: UserContext, text: string): Promise<AnswerResult | null> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const profile = await lockProfile(tx, ctx.userId, now);
    const pending = profile.pendingForNextMessage ? (profile.pendingField as ProfileField | null) : null;
    const value = pending ? parsePendingAnswer(pending, text) : null;
    return pending && value !== null ? saveAnswer(tx, profile, pending, value, now) : null;
  });
}

async function saveAnswer(
  tx: Tx,
  profile: ProfileRow,
  field: ProfileField,
  value: ProfileValue,
  now: Date,
): Promise<AnswerResult> {
  const updated: ProfileRow = { ...profile, [COLUMN[field]]: value };
  await tx
    .update(engagementProfiles)
    .set({
      [COLUMN[field]]: value,
      // Answering the question we asked settles it; answering another field leaves ours open.
      pendingField: profile.pendingField === field ? null : profile.pendingField,
      pendingForNextMessage: false,
      updatedAt: now,
    })
    .where(eq(engagementProfiles.userId, profile.userId));
  return {
    field,
    understood: true,
    value,
    completion: profileCompletion(updated),
    acknowledgement: acknowledgeAnswer(field, value),
  };
}

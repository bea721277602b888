import { eq } from 'drizzle-orm';
import { engagementProfiles } from '../db/schema';
import { acknowledgeAnswer, askAgain } from '../domain/profile-acknowledgement';
import { parseProfileAnswer, type ProfileField, type ProfileValue } from '../domain/profile-answers';
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

/**
 * profile.answer: answers `field`, or the pending question when no field is given (RULES §1).
 * An answer that can't be read changes nothing; `value` is what the parser already read (chat.send).
 */
export async function answerProfile(ctx: UserContext, text: string, field?: ProfileField, parsed?: ProfileValue): Promise<AnswerResult> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const profile = await lockProfile(tx, ctx.userId, now);
    const target = field ?? (profile.pendingField as ProfileField | null);
    if (!target) {
      throw fieldError('field', 'No profile question is pending: say which field you are answering');
    }
    const value = parsed ?? parseProfileAnswer(target, text);
    if (value === null) {
      return { field: target, understood: false, value: null, completion: profileCompletion(profile), acknowledgement: askAgain(target) };
    }
    const updated: ProfileRow = { ...profile, [COLUMN[target]]: value };
    await tx.update(engagementProfiles)
      .set({
        [COLUMN[target]]: value,
        // Answering the question we asked settles it; answering another field leaves ours open.
        pendingField: profile.pendingField === target ? null : profile.pendingField,
        updatedAt: now,
      })
      .where(eq(engagementProfiles.userId, ctx.userId));
    return { field: target, understood: true, value, completion: profileCompletion(updated), acknowledgement: acknowledgeAnswer(target, value) };
  });
}

import { eq } from 'drizzle-orm';
import { engagementProfiles } from '../db/schema';
import type { ProfileField } from '../domain/profile-answers';
import type { UserContext } from '../trpc';
import { lockProfile, type ProfileRow } from './user-rows';

export interface ProfileView {
  profile: Record<ProfileField, string | number | null>;
  completion: number;
  preferences: { conversionTips: boolean };
}

const EMPTY: Pick<ProfileRow, 'beltLevel' | 'trainingFrequency' | 'mainPosition' | 'trainingGoals' | 'conversionTips'> =
  {
    beltLevel: null,
    trainingFrequency: null,
    mainPosition: null,
    trainingGoals: null,
    conversionTips: true,
  };

/** docs/rules.md §1: 25 per known field, always derived from the fields themselves. */
export function profileCompletion(
  row: Pick<ProfileRow, 'beltLevel' | 'trainingFrequency' | 'mainPosition' | 'trainingGoals'>,
): number {
  return (
    25 * [row.beltLevel, row.trainingFrequency, row.mainPosition, row.trainingGoals].filter((v) => v !== null).length
  );
}

export function toProfileView(row: typeof EMPTY): ProfileView {
  return {
    profile: {
      belt_level: row.beltLevel,
      training_frequency: row.trainingFrequency,
      main_position: row.mainPosition,
      training_goals: row.trainingGoals,
    },
    completion: profileCompletion(row),
    preferences: { conversionTips: row.conversionTips },
  };
}

/** A host-app user we have not seen yet simply has an empty profile: reading creates nothing. */
export async function getProfile(ctx: UserContext): Promise<ProfileView> {
  const [row] = await ctx.db.select().from(engagementProfiles).where(eq(engagementProfiles.userId, ctx.userId));
  return toProfileView(row ?? EMPTY);
}

export async function setPreferences(ctx: UserContext, conversionTips: boolean) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await lockProfile(tx, ctx.userId, now);
    await tx
      .update(engagementProfiles)
      .set({ conversionTips, updatedAt: now })
      .where(eq(engagementProfiles.userId, ctx.userId));
    return { conversionTips };
  });
}

import { z } from 'zod';

// Input shapes of CONTRACT "Procedures (user)"; bounds are checked after trimming.
const trimmed = (min: number, max: number) => z.string().trim().min(min).max(max);

export const GuestInput = z.object({ name: trimmed(1, 80).optional() }).optional();
export const VideoRequestInput = z.object({ query: trimmed(1, 500) });
export const EngagementIdInput = z.object({ engagementId: z.guid() });
export const FeedbackInput = EngagementIdInput.extend({ feedback: z.enum(['helpful', 'not_helpful']) });
export const SessionLogInput = z.object({ text: trimmed(1, 2000), trainedAt: z.date().optional() });
export const PreferencesInput = z.object({ conversionTips: z.boolean() });

import { z } from 'zod';
import { EARLIEST_DATE, LATEST_DATE, WEEK_MS } from '../clock';
import { ENHANCEMENTS } from '../domain/enhancements';
import { PROFILE_FIELDS } from '../domain/profile-answers';
import { SWEEP_NAMES } from '../jobs/sweep-types';

// Input shapes of docs/contract.md "Procedures (user)"; bounds are checked after trimming.
// Postgres text cannot hold NUL, and a lone surrogate is no character at all: both are refused as
// bad input, naming the field, rather than failing in the database or being stored mangled.
// Messages say what to fix in plain words: a user or an admin reads them, not a developer.
const text = () =>
  z
    .string()
    .refine((value) => !value.includes('\u0000'), 'must not contain NUL characters')
    .refine((value) => !/\p{Cs}/u.test(value), 'must not contain unpaired surrogate characters');
const trimmed = (min: number, max: number) =>
  text()
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
        .max(max, `must be at most ${max} characters`),
    );

// Dates Postgres can store and our windows make sense of; anything else is bad input, not a 500.
const storableDate = () =>
  z
    .date({ error: 'must be a valid date' })
    .min(EARLIEST_DATE, 'must be 1970 or later')
    .max(LATEST_DATE, 'must be 9999-12-31 or earlier');

export const GuestInput = z.object({ name: trimmed(1, 80).optional() }).optional();
export const VideoRequestInput = z.object({ query: trimmed(1, 500) });
export const EngagementIdInput = z.object({ engagementId: z.guid() });
export const FeedbackInput = EngagementIdInput.extend({ feedback: z.enum(['helpful', 'not_helpful']) });
export const SessionLogInput = z.object({ text: trimmed(1, 2000), trainedAt: storableDate().optional() });
export const PreferencesInput = z.object({ conversionTips: z.boolean() });

export const ProfileFieldInput = z.enum(PROFILE_FIELDS);
export const ProfileAnswerInput = z.object({ field: ProfileFieldInput.optional(), text: trimmed(1, 500) });
export const ChatInput = z.object({ text: trimmed(1, 2000) });

// Admin inputs.
const exampleText = (max: number) => trimmed(1, max);
export const ExampleUpsertInput = z.object({
  id: text()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes')
    .optional(),
  exampleType: text().regex(/^[a-z][a-z0-9_]{0,49}$/, 'snake_case, up to 50 characters'),
  userQuestion: exampleText(500),
  profResponseSummary: exampleText(2000),
  outcome: exampleText(500),
  effectivenessScore: z.number().int('must be a whole number').min(1, 'must be 1–10').max(10, 'must be 1–10'),
  active: z.boolean().optional(),
});
export const ExampleActiveInput = z.object({ id: text().min(1).max(64), active: z.boolean() });
export const SweepInput = z.object({ name: z.enum(SWEEP_NAMES) });
export const ClockSetInput = z.object({ at: storableDate() });
// Up to ten years either way: enough for any simulation, and never an invalid Date.
export const ClockAdvanceInput = z.object({ ms: z.number().int().min(-315_576_000_000).max(315_576_000_000) });
export const EnhancementInput = z.enum(ENHANCEMENTS);
// Two decimals at most: a bucket is 1/100 of a percent. A value that rounds to 0.00 without being
// 0 (1e-300) is refused too, not stored as a number Postgres cannot hold.
const hundredths = (p: number) => {
  const cents = Math.round(p * 100);
  return Math.abs(p * 100 - cents) <= 1e-9 && (cents !== 0 || p === 0);
};
export const ExperimentSetInput = z.object({
  enhancement: EnhancementInput,
  holdoutPercent: z
    .number()
    .min(0, 'must be 0–100')
    .max(100, 'must be 0–100')
    .refine(hundredths, 'at most two decimals'),
  changedBy: trimmed(1, 80).optional(),
});
export const DateRangeInput = z
  .object({ from: storableDate().optional(), to: storableDate().optional() })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '`from` must not be after `to`', path: ['from'] })
  .optional();
// Two years of weeks at most: enough for any trend, and a bounded read.
const DEFAULT_WEEKS = 12;
export const WeeklyInput = z
  .object({
    weeks: z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be 1–104')
      .max(104, 'must be 1–104')
      .optional(),
    from: storableDate().optional(),
  })
  .refine((w) => !w.from || w.from.getTime() + (w.weeks ?? DEFAULT_WEEKS) * WEEK_MS < LATEST_DATE.getTime(), {
    message: 'must leave the weeks asked for before 9999-12-31',
    path: ['from'],
  })
  .optional();

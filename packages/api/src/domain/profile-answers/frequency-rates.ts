// Sessions per week that rate words stand for, shared by every language's frequency vocabulary.

// docs/rules.md §1: "every day" → 6–7. 6.5 sits within ±0.5 of every reading of "every day" in that range.
export const EVERY_DAY = 6.5;

/** A month is 52 / 12 ≈ 4.33 weeks: "12 a month" is 2.77 a week, not 3. */
export const PER_MONTH = 12 / 52;

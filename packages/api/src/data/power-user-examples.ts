// The product owner's five power-user examples, kept as given in the spec (PART 4). Seeded once
// under these fixed ids; admins edit or add to the library through `examples.*` afterwards.

export interface PowerUserExampleSeed {
  id: string;
  exampleType: string;
  userQuestion: string;
  profResponseSummary: string;
  outcome: string;
  effectivenessScore: number;
}

export const SEED_EXAMPLES: readonly PowerUserExampleSeed[] = [
  {
    id: 'seed-pattern-detection',
    exampleType: 'pattern_detection',
    userQuestion: 'I keep losing position from side control',
    profResponseSummary:
      "You've mentioned side control escapes 4 times in your last 6 sessions - that's a clear pattern. Here's what I'm seeing: you're trying to bench press them off instead of creating frames first. [Gives detailed coaching + specific video]",
    outcome: 'Result: Next session, they escaped side control 3 times.',
    effectivenessScore: 9,
  },
  {
    id: 'seed-progress-tracking',
    exampleType: 'progress_tracking',
    userQuestion: 'Trained today, hit my first triangle!',
    profResponseSummary:
      "Nice! Remember 3 weeks ago when you were asking about triangle setups and getting frustrated? You went from 'can't hit it' to 'first success' in 21 days. That's the kind of progression I track automatically.",
    outcome: 'User is now logging every session and their triangle success rate is 68%.',
    effectivenessScore: 8,
  },
  {
    id: 'seed-breakthrough',
    exampleType: 'breakthrough',
    userQuestion: 'Something clicked today with arm drags',
    profResponseSummary:
      "You've been working on arm drags for 5 sessions. You had 3 failed attempts, then 2 close calls, now it's clicking. That's a typical 5-session breakthrough pattern for blue belts learning new techniques.",
    outcome: 'User understands their learning pattern now. Stays patient when learning new moves.',
    effectivenessScore: 7,
  },
  {
    id: 'seed-injury-prevention',
    exampleType: 'injury_prevention',
    userQuestion: 'Shoulder is bothering me again',
    profResponseSummary:
      "This is the 3rd time you've mentioned shoulder pain in 2 weeks. That's concerning. I'm flagging videos with heavy shoulder load and prioritizing recovery-friendly techniques for you.",
    outcome: 'User took 1 week off, came back healthy, avoided re-injury.',
    effectivenessScore: 9,
  },
  {
    id: 'seed-game-development',
    exampleType: 'game_development',
    userQuestion: 'What should I focus on?',
    profResponseSummary:
      'Based on your last 20 sessions: Your closed guard is becoming dangerous (72% triangle success), but your half guard is weak (28% sweep success). Focus on half guard for the next 2 weeks to balance your bottom game.',
    outcome: 'User focused on half guard. Sweep success improved to 54% in 3 weeks.',
    effectivenessScore: 10,
  },
];

import { sampleBeta, type Random } from './random';

export interface ExampleStats {
  id: string;
  /** 1–10: how compelling the product owner judged it; the prior before any measurement. */
  effectivenessScore: number;
  /** Distinct users it was shown to, and conversions credited to it (last touch among examples). */
  shownUsers: number;
  conversions: number;
}

export const SHOWCASE_EVERY = 5;
// The prior counts as this many imaginary showings: enough to rank fresh examples by the owner's
// judgement, few enough that a few dozen real showings outweigh it.
const PRIOR_STRENGTH = 10;
// A score of 10 maps to this prior conversion rate; spec's baseline conversion is ~15%, its target ~45%.
const MAX_PRIOR_RATE = 0.5;

/** docs/rules.md §3: offered on request counts that are multiples of 5, never to session loggers. */
export function showcaseDue(requestCount: number, sessionCount: number): boolean {
  return sessionCount === 0 && requestCount > 0 && requestCount % SHOWCASE_EVERY === 0;
}

/**
 * docs/rules.md §3: the candidates are the active examples this user has seen least often — so nothing is
 * seen twice before every active one has been seen, in every round after too — and one is drawn by
 * Thompson sampling on measured conversion with the effectiveness score as prior.
 */
export function pickExample<E extends ExampleStats>(
  active: readonly E[],
  timesSeen: ReadonlyMap<string, number>,
  random: Random,
): E | null {
  const seen = (e: ExampleStats) => timesSeen.get(e.id) ?? 0;
  const fewest = Math.min(...active.map(seen));
  const candidates = active.filter((e) => seen(e) === fewest);
  let best: E | null = null;
  let bestDraw = -1;
  for (const example of [...candidates].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const draw = sampleBeta(...posterior(example), random);
    if (draw > bestDraw) {
      best = example;
      bestDraw = draw;
    }
  }
  return best;
}

export function posterior(example: ExampleStats): [alpha: number, beta: number] {
  const priorRate = (Math.min(Math.max(example.effectivenessScore, 1), 10) / 10) * MAX_PRIOR_RATE;
  const conversions = Math.min(example.conversions, example.shownUsers);
  return [
    priorRate * PRIOR_STRENGTH + conversions,
    (1 - priorRate) * PRIOR_STRENGTH + example.shownUsers - conversions,
  ];
}

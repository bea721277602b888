// The routing model: multinomial logistic regression over routingFeatures, one weight per feature and
// route. Its weights come from fit.ts; here it only scores a message.
import type { ChatRoute } from '../chat-route';
import { routingFeatures, type RoutedMessage } from './features';

export const ROUTES: readonly ChatRoute[] = ['profile', 'session', 'videos'];

/** Parallel arrays: `weights[i]` holds the three routes' weights of `features[i]`. */
export interface RoutingModel {
  readonly bias: readonly number[];
  readonly features: readonly string[];
  readonly weights: readonly (readonly number[])[];
}

export type RouteOdds = Readonly<Record<ChatRoute, number>>;

/** Softmax of the routes' scores. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** A model's probabilities of the three routes. */
export function routeOddsWith(model: RoutingModel): (message: RoutedMessage) => RouteOdds {
  const index = new Map(model.features.map((f, i) => [f, model.weights[i]!]));
  return (message) => {
    const scores = [...model.bias];
    for (const feature of routingFeatures(message)) {
      const w = index.get(feature);
      if (w) w.forEach((x, k) => (scores[k]! += x));
    }
    const p = softmax(scores);
    return Object.fromEntries(ROUTES.map((route, k) => [route, p[k]!])) as Record<ChatRoute, number>;
  };
}

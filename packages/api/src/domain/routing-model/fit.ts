// Fits the routing model: multinomial logistic regression over routingFeatures, by stochastic
// gradient descent in the lines' own order (no randomness: the same lines give the same weights).
// No npm package trains a sparse one without a heavy tree (natural pulls in mongoose, redis and pg;
// ml-logistic-regression is dense, full-batch and unregularised), and the fit is a few lines.
import type { LabelledMessage } from '../routing-scoring';
import { routedMessage, routingFeatures } from './features';
import { ROUTES, softmax, type RoutingModel } from './model';

export interface FitOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty: keeps a word seen in a handful of lines from outvoting the rest. */
  readonly l2: number;
  /** A feature seen in fewer lines than this is left out: it would only memorise a line. */
  readonly minLines: number;
}

export const FIT_OPTIONS: FitOptions = { epochs: 30, learningRate: 0.2, l2: 1e-4, minLines: 2 };

export function fitRoutingModel(lines: readonly LabelledMessage[], options: FitOptions = FIT_OPTIONS): RoutingModel {
  const featureLists = lines.map(({ text, pending }) => routingFeatures(routedMessage(text, pending)));
  const seen = new Map<string, number>();
  for (const list of featureLists) for (const f of list) seen.set(f, (seen.get(f) ?? 0) + 1);
  const kept = [...seen].filter(([, n]) => n >= options.minLines).map(([f]) => f);
  const index = new Map(kept.map((f, i) => [f, i]));
  const weights = kept.map(() => ROUTES.map(() => 0));
  const bias = ROUTES.map(() => 0);
  const rows = featureLists.map((list, i) => ({
    at: list.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])),
    route: ROUTES.indexOf(lines[i]!.expect),
  }));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const row of rows) {
      const p = softmax(ROUTES.map((_, k) => row.at.reduce((s, i) => s + weights[i]![k]!, bias[k]!)));
      ROUTES.forEach((_, k) => {
        const gradient = p[k]! - (row.route === k ? 1 : 0);
        bias[k]! -= options.learningRate * gradient;
        for (const i of row.at) weights[i]![k]! -= options.learningRate * (gradient + options.l2 * weights[i]![k]!);
      });
    }
  }
  return roundModel({ bias, features: kept, weights });
}

const round = (w: number): number => Math.round(w * 1e4) / 1e4 || 0;

/** Four decimals are plenty; a feature whose weights all round to nothing is dropped. */
function roundModel(model: RoutingModel): RoutingModel {
  const keep = model.weights.map((w) => w.map(round)).map((w, i) => ({ w, f: model.features[i]! }));
  const nonzero = keep.filter(({ w }) => w.some((x) => x !== 0));
  return { bias: model.bias.map(round), features: nonzero.map((k) => k.f), weights: nonzero.map((k) => k.w) };
}

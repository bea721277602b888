// `pnpm fit:routing`: fits the routing model (domain/routing-model) to the labelled routing sets
// (packages/api/test/fixtures/chat-routing*.jsonl) and writes packages/api/src/data/routing-model.json,
// which chat.send reads. Run it after those sets change; a test says when the shipped model is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitRoutingModel } from '../packages/api/src/domain/routing-model/fit';
import { ROUTING_FIXTURES, parseRoutingLines } from '../packages/api/src/domain/routing-scoring';

const api = path.join(path.dirname(fileURLToPath(import.meta.url)), '../packages/api');
const read = (file: string): string => readFileSync(path.join(api, 'test/fixtures', file), 'utf8');
const lines = ROUTING_FIXTURES.flatMap((file) => parseRoutingLines(read(file)));
const model = fitRoutingModel(lines);
writeFileSync(
  path.join(api, 'src/data/routing-model.json'),
  `{"bias":${JSON.stringify(model.bias)},\n"features":[\n${model.features.map((f) => JSON.stringify(f)).join(',\n')}\n],\n"weights":[\n${model.weights.map((w) => JSON.stringify(w)).join(',\n')}\n]}\n`,
);
console.log(`${lines.length} labelled messages → ${model.features.length} features`);

// The labelled routing sets the model is fitted to, read from a fixtures directory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRoutingLines, type LabelledMessage } from '../routing-scoring';

export const ROUTING_FIXTURES = ['chat-routing.jsonl', 'chat-routing.pending.jsonl'] as const;

export function readRoutingFixtures(dir: string): LabelledMessage[] {
  return ROUTING_FIXTURES.flatMap((file) => parseRoutingLines(readFileSync(path.join(dir, file), 'utf8')));
}

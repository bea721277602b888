import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Real-style user language for synthetic requests: the labelled samples and our larger fixture set.
const files = ['../../eval/topics.sample.jsonl', '../../packages/api/test/fixtures/topics.extra.jsonl'];

export const SYNTH_QUERIES: readonly string[] = files.flatMap((file) =>
  readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q),
);

// `pnpm eval:routing [file.jsonl…]`: how chat.send routes labelled messages (a video request, a
// training log, or the answer to a pending profile question), overall and per family of lines, then
// every miss. Default: the fixtures packages/api/test/fixtures/chat-routing*.jsonl. Fails below the
// floors of eval-floors.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOORS, familyLine, pct } from './eval-floors';
import { routeByRules, routeChat } from '../packages/api/src/domain/chat-route';
import { routedMessage } from '../packages/api/src/domain/routing-model/features';
import { ROUTING_FIXTURES, parseRoutingLines, scoreRouting } from '../packages/api/src/domain/routing-scoring';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/api/test/fixtures');
const files =
  process.argv.length > 2
    ? process.argv.slice(2).map((f) => path.resolve(process.env.INIT_CWD ?? process.cwd(), f))
    : ROUTING_FIXTURES.map((f) => path.join(fixtures, f));

let ok = true;
for (const file of files) {
  const lines = parseRoutingLines(readFileSync(file, 'utf8'));
  const result = scoreRouting(lines, routeChat);
  const byRules = scoreRouting(lines, (text, pending) => routeByRules(routedMessage(text, pending)));
  for (const miss of result.misses)
    console.log(
      `✗ [${miss.pending ?? 'nothing pending'}] ${JSON.stringify(miss.text)} → ${miss.got}, want ${miss.expect}`,
    );
  console.log(`\nchat routing: ${file}`);
  for (const [family, s] of result.byFamily) ok = familyLine(family, s.total, s.accuracy, pct(s.accuracy)) && ok;
  console.log(`the rules alone  ${pct(byRules.accuracy)}  (${byRules.correct}/${byRules.total})`);
  console.log(`overall  ${pct(result.accuracy)}  (${result.correct}/${result.total})\n`);
  if (result.accuracy < FLOORS.routing) {
    console.log(`✗ accuracy below ${FLOORS.routing}`);
    ok = false;
  }
}
if (!ok) process.exitCode = 1;

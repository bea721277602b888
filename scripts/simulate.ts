// `pnpm simulate [--users 2000] [--days 60] [--seed 42] [--holdout 50] [--config config/simulator.behaviour.json]`
// Synthetic users act day by day through the real service code with a simulated clock, on a fresh
// in-memory PGlite (or DATABASE_URL, which should be an empty scratch database). Writes a JSON report
// and a Markdown summary to simulation/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase, seedDatabase } from '@profos/api';
import { loadModel } from './simulator/model';
import { markdownSummary } from './simulator/report';
import { simulate, type SimulationCounts } from './simulator/run';

function progress(days: number) {
  const started = performance.now();
  return (day: number, counts: SimulationCounts) => {
    const width = 30;
    const done = Math.round((day / days) * width);
    const line = `[${'#'.repeat(done)}${'.'.repeat(width - done)}] day ${day}/${days} · ${counts.requests} requests · ${counts.converted} converted · ${((performance.now() - started) / 1000).toFixed(0)} s`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${day === days ? '\n' : ''}`);
    else if (day % 10 === 0 || day === days) process.stderr.write(`${line}\n`);
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      users: { type: 'string', default: '2000' },
      days: { type: 'string', default: '60' },
      seed: { type: 'string', default: '42' },
      holdout: { type: 'string', default: '50' },
      config: { type: 'string', default: 'config/simulator.behaviour.json' },
      out: { type: 'string', default: 'simulation' },
    },
  });
  const options = {
    users: Number(values.users),
    days: Number(values.days),
    seed: Number(values.seed),
    holdoutPercent: Number(values.holdout),
  };
  if (!Number.isInteger(options.users) || options.users < 1) throw new Error('--users must be a positive whole number');
  if (!Number.isInteger(options.days) || options.days < 1) throw new Error('--days must be a positive whole number');
  if (!Number.isInteger(options.seed)) throw new Error('--seed must be a whole number');
  if (!(options.holdoutPercent >= 0 && options.holdoutPercent <= 100))
    throw new Error('--holdout must be from 0 to 100');
  const model = loadModel(values.config!);
  const url = process.env.DATABASE_URL;
  const database = url ? await openDatabase({ url }) : await openDatabase({});
  const started = performance.now();
  try {
    await migrateDatabase(database, url);
    await seedDatabase(database.db, new Date('2026-01-01T00:00:00Z'));
    console.error(
      `simulate: ${options.users} users × ${options.days} days, seed ${options.seed}, ${options.holdoutPercent}% holdout, on ${database.kind}`,
    );
    const result = await simulate(database, model, options, progress(options.days));
    const seconds = (performance.now() - started) / 1000;
    mkdirSync(values.out!, { recursive: true });
    const base = path.join(values.out!, `simulation-seed-${options.seed}`);
    writeFileSync(`${base}.json`, JSON.stringify({ options, config: values.config, model, ...result }, null, 2));
    const summary = markdownSummary(options, result, values.config!, seconds);
    writeFileSync(`${base}.md`, summary);
    console.log(summary);
    console.error(`wrote ${base}.json and ${base}.md`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(`simulate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

// `pnpm report:weekly [--week 2026-W48] [--out reports]`: the last complete week's report (or the
// week named) as Markdown on stdout and as reports/weekly-<week>.md and .json, from the database
// the server would use: DATABASE_URL, else the embedded one in DATA_DIR (stop a server using that
// DATA_DIR first: an embedded database has one process at a time). With PROFOS_TEST_CLOCK=1 the
// saved test clock says what "now" is; PROFOS_SUCCESS_TARGETS applies as it does to the server.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appRouter, realClock, restoreTestClock, serviceDeps } from '@profos/api';
import { parseIsoWeek } from '@profos/api/domain/iso-week';
import { readConfig } from '../apps/server/src/config';
import { openReadyDatabase } from '../apps/server/src/open-database';
import { lastCompleteWeek, weeklyReport, weeklyReportMarkdown } from './report/weekly-report';

async function main() {
  const { values } = parseArgs({
    options: { week: { type: 'string' }, out: { type: 'string', default: 'reports' } },
  });
  const config = readConfig();
  const requested = values.week === undefined ? null : parseIsoWeek(values.week);
  if (values.week !== undefined && !requested)
    throw new Error(`--week must be an ISO week such as 2026-W48, got "${values.week}"`);
  const database = await openReadyDatabase(config);
  try {
    const clock = config.testClock ? await restoreTestClock(database.db) : realClock();
    const deps = serviceDeps(database, {
      clock,
      // Nothing is signed: the report only reads, as the admin.
      authSecret: 'report-weekly-signs-no-tokens-000000000',
      successTargets: config.successTargets,
    });
    const api = appRouter.createCaller({ ...deps, caller: { role: 'admin' }, clientAddress: 'report:weekly' });
    const now = clock.now();
    const report = await weeklyReport(api, requested ?? lastCompleteWeek(now), now);
    const markdown = weeklyReportMarkdown(report, database.kind);
    mkdirSync(values.out!, { recursive: true });
    const base = path.join(values.out!, `weekly-${report.week}`);
    writeFileSync(`${base}.md`, markdown);
    writeFileSync(`${base}.json`, `${JSON.stringify({ database: database.kind, ...report }, null, 2)}\n`);
    console.log(markdown);
    console.error(`wrote ${base}.md and ${base}.json`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(`report:weekly: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

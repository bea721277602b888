import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

// Every video request updates the user's profile row. If it changed a column any index on the
// table uses (key or predicate), Postgres would write new index entries each time and leave dead
// row versions only a vacuum removes; without one, it is a HOT update on the same page. An indexed
// column assigned its current value does not count: last_request_day changes once a day at most.
const CHANGES_AT_MOST_DAILY = new Set(['last_request_day']);
describe.each(testBackends())('the per-request profile update on %s', (backend) => {
  const svc = useTestService(backend);

  it('assigns no column that an index of engagement_profiles uses, but the daily one', async () => {
    const indexed = await selectRows<{ index: string; columns: string; predicate: string | null }>(
      svc().database,
      `
      select c.relname as index, pg_get_indexdef(i.indexrelid) as columns, pg_get_expr(i.indpred, i.indrelid) as predicate
      from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid = 'engagement_profiles'::regclass`,
    );
    expect(indexed.length).toBeGreaterThan(1);
    const { api } = await svc().guest();
    svc().statements.clear();
    await api.videos.request.mutate({ query: 'armbar from guard' }); // asks a profile question too
    await api.videos.request.mutate({ query: 'triangle' });
    const writes = svc().statements.statements.filter((s) =>
      s.startsWith('with prof as (update engagement_profiles set'),
    );
    expect(writes).toHaveLength(2);
    for (const write of writes) {
      const assignments = write.slice(write.indexOf(' set ') + 5, write.indexOf(' where user_id'));
      const columns = [...assignments.matchAll(/(?:^|, )"?(\w+)"? = /g)].map((m) => m[1]!);
      expect(columns).toContain('last_request_at');
      for (const { index, columns: definition, predicate } of indexed) {
        // The index definition names its key columns in parentheses after "USING btree".
        const used = `${definition.slice(definition.indexOf('USING'))} ${predicate ?? ''}`;
        for (const column of columns.filter((c) => !CHANGES_AT_MOST_DAILY.has(c))) {
          expect(used, `${column} is used by ${index}`).not.toMatch(new RegExp(`\\b${column}\\b`));
        }
      }
    }
  });
});

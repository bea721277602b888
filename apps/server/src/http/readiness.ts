import { sql } from 'drizzle-orm';
import type { Db } from '@profos/api/db/client';

const PROBE_TIMEOUT_MS = 2_000;

/** Whether the database answers a trivial query within a couple of seconds. */
export async function databaseAnswers(db: Db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

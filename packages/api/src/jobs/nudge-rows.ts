import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import type { NudgeType } from '../domain/enhancements';

export interface NewNudge {
  userId: string;
  type: NudgeType;
  sourceKey: string;
  content: string;
}

/** Inserts a batch of nudges; a source key already used makes its row a no-op. Returns how many were new. */
export async function insertNudges(
  db: Db,
  nudges: readonly NewNudge[],
  now: Date,
  newId: () => string,
): Promise<number> {
  if (!nudges.length) return 0;
  const result = await db.execute(sql`
    insert into engagement_nudges (id, user_id, nudge_type, source_key, content, status, created_at)
    values ${sql.join(
      nudges.map(
        (n) =>
          sql`(${newId()}::uuid, ${n.userId}, ${n.type}, ${n.sourceKey}, ${n.content}, 'pending', ${now}::timestamptz)`,
      ),
      sql`, `,
    )}
    on conflict (source_key) do nothing
    returning id`);
  return rowsOf(result).length;
}

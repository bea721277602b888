/** The rows of a raw `db.execute(...)`, whichever driver answered (both return `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

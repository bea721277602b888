// Values written into SQL text for the simple query protocol, which is what lets several
// statements travel in one round trip. Only the types our statements use are accepted; anything
// else is a programming error, never silently stringified.

export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as SQL`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return quote(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('cannot write an invalid Date as SQL');
    return `${quote(value.toISOString())}::timestamptz`;
  }
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'string')) throw new Error('only arrays of strings are written as SQL');
    return value.length ? `ARRAY[${value.map(quote).join(',')}]` : `'{}'`;
  }
  throw new Error(`cannot write a ${typeof value} as SQL`);
}

/**
 * A string literal that means the same whatever `standard_conforming_strings` says: quotes doubled,
 * and a text with backslashes written as an escape string (E'…') with them doubled too.
 * NUL cannot be stored in Postgres text at all.
 */
function quote(text: string): string {
  if (text.includes('\u0000')) throw new Error('NUL characters cannot be stored in text');
  const quoted = text.replace(/'/g, "''");
  return text.includes('\\') ? `E'${quoted.replace(/\\/g, '\\\\')}'` : `'${quoted}'`;
}

/** Replaces `$1`, `$2`… with literals in one pass, so a value containing "$2" is never re-read. */
export function inlineParams(text: string, params: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= params.length) throw new Error(`no value for $${n}`);
    return sqlLiteral(params[index]);
  });
}

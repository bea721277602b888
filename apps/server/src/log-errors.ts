// What the log keeps of an error. A database error's message and detail can quote the values it
// failed on, and a failed query's parameters are the caller's own text (a message, a query): the
// log keeps the statement (its values are bound, so it holds only placeholders), the SQLSTATE and
// the names of what failed, never a value. Other errors are ours and are logged whole.

interface Loggable {
  type: string;
  message?: string;
  stack?: string;
  query?: string;
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  cause?: Loggable;
}

export function loggableError(error: unknown, depth = 0): Loggable {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields = error as Error & Record<string, unknown>;
  const cause = depth < 3 && error.cause !== undefined ? { cause: loggableError(error.cause, depth + 1) } : {};
  if (typeof fields.query === 'string' && Array.isArray(fields.params))
    return { type: error.name, query: fields.query, ...cause };
  if (isDatabaseError(fields))
    return {
      type: error.name,
      code: fields.code as string,
      ...pick(fields, ['table', 'column', 'constraint']),
      ...cause,
    };
  return { type: error.name, message: error.message, stack: error.stack, ...cause };
}

/** pg's and PGlite's server errors carry a five-character SQLSTATE and the server's severity. */
function isDatabaseError(fields: Record<string, unknown>): boolean {
  return typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code) && typeof fields.severity === 'string';
}

function pick(fields: Record<string, unknown>, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((n) => typeof fields[n] === 'string').map((n) => [n, fields[n] as string]));
}

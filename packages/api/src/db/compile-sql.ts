import { isSQLWrapper, Name, Param, SQL, StringChunk } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

// Drizzle turns an `sql` template into text and parameters by testing every chunk against each
// kind of entity it knows (tables, columns, views, subqueries, enums…), walking prototype chains to
// do so; for the video-request write that was a tenth of a request's JavaScript. The hot path's
// statements are made only of text, nested templates, names and values, so they are compiled here
// with a plain walk to exactly what Drizzle would produce (compile-sql.test.ts holds the two equal);
// anything else is left to Drizzle.

const dialect = new PgDialect();

export interface CompiledQuery {
  sql: string;
  params: unknown[];
}

class NotPlain extends Error {}

const PRIMITIVES = new Set(['string', 'number', 'boolean', 'bigint']);

export function compileSql(query: SQL): CompiledQuery {
  const out: CompiledQuery = { sql: '', params: [] };
  try {
    add(query, out);
    return out;
  } catch (error) {
    if (error instanceof NotPlain) return dialect.sqlToQuery(query);
    throw error;
  }
}

function add(chunk: unknown, out: CompiledQuery): void {
  if (chunk instanceof StringChunk) {
    out.sql += chunk.value.join('');
  } else if (chunk instanceof SQL) {
    // Set by `.inlineParams()` (private in Drizzle's types): values written into the text, left to Drizzle.
    if ((chunk as unknown as { shouldInlineParams: boolean }).shouldInlineParams) throw new NotPlain();
    for (const inner of chunk.queryChunks) add(inner, out);
  } else if (chunk instanceof Param) {
    const value: unknown = chunk.value === null ? null : chunk.encoder.mapToDriverValue(chunk.value);
    if (value instanceof SQL || (value !== null && typeof value === 'object' && isSQLWrapper(value)))
      throw new NotPlain();
    param(value, out);
  } else if (chunk instanceof Name) {
    out.sql += `"${chunk.value.replace(/"/g, '""')}"`;
  } else if (chunk === undefined) {
    // Drizzle writes nothing for an undefined value.
  } else if (Array.isArray(chunk)) {
    // A list of values is written as one, in parentheses, as Drizzle does.
    out.sql += '(';
    chunk.forEach((item, i) => {
      if (i > 0) out.sql += ', ';
      add(item, out);
    });
    out.sql += ')';
  } else if (chunk === null || chunk instanceof Date || PRIMITIVES.has(typeof chunk)) {
    param(chunk, out);
  } else {
    // A table, column, subquery, placeholder, enum or anything else Drizzle knows how to write.
    throw new NotPlain();
  }
}

function param(value: unknown, out: CompiledQuery): void {
  out.params.push(value);
  out.sql += `$${out.params.length}`;
}

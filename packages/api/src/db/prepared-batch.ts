import { createHash } from 'node:crypto';
import type pg from 'pg';
import { inlineParams, sqlLiteral } from './sql-literal';

// A simple-protocol batch (what lets BEGIN, the lock and the read travel in one round trip) cannot
// use protocol-level prepared statements, so Postgres would parse and plan every statement on every
// request — for the request's state read, planning costs three times what executing does. SQL-level
// PREPARE / EXECUTE work inside a batch: each connection prepares a statement shape once and then
// sends only `EXECUTE name(literals)`.

const PREFIX = 'rw_';
// Write statements vary in shape (1–3 videos, optional touchpoints); the bound keeps a connection's
// prepared set small whatever happens.
const MAX_PREPARED_PER_CONNECTION = 100;

const prepared = new WeakMap<pg.ClientBase, Set<string>>();

function namesOf(client: pg.ClientBase): Set<string> {
  let names = prepared.get(client);
  if (!names) prepared.set(client, (names = new Set()));
  return names;
}

/**
 * The batch text for one statement on this connection: `EXECUTE` of its prepared shape, preceded by
 * the `PREPARE` the first time the connection sees that shape. Returns how many statements it is.
 */
export function preparedStatement(client: pg.ClientBase, text: string, params: readonly unknown[]): string[] {
  const names = namesOf(client);
  const name = nameOf(text);
  const execute = params.length ? `EXECUTE ${name}(${params.map(sqlLiteral).join(', ')})` : `EXECUTE ${name}`;
  if (names.has(name)) return [execute];
  if (names.size >= MAX_PREPARED_PER_CONNECTION) return [inlineParams(text, params)];
  names.add(name);
  return [`PREPARE ${name} AS ${text}`, execute];
}

// Every request names the same few texts: hashing each once per process, not once per call.
const MAX_NAMED_TEXTS = 1000;
const namedTexts = new Map<string, string>();

function nameOf(text: string): string {
  let name = namedTexts.get(text);
  if (!name) {
    if (namedTexts.size >= MAX_NAMED_TEXTS) namedTexts.clear();
    namedTexts.set(text, (name = PREFIX + createHash('sha1').update(text).digest('hex').slice(0, 32)));
  }
  return name;
}

/**
 * After a failed batch we cannot know which of its PREPAREs ran (they outlive a rollback), so the
 * connection's list is re-read from the server.
 */
export async function resyncPrepared(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `select name from pg_prepared_statements where name like '${PREFIX}%'`,
  );
  prepared.set(client, new Set(rows.map((r) => r.name)));
}

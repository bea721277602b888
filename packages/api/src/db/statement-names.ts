import { createHash } from 'node:crypto';
import type pg from 'pg';

// Postgres parses and plans an unnamed statement on every call. A named one is parsed once per
// connection and, on the hot path's connections, runs its generic plan (client.ts): for the
// request's state read, planning cost twice what executing does. The hot path's statements come in
// many shapes (1–3 videos, optional touchpoints and milestones), most of them rare, so a connection
// names a shape the second time it sees it, up to a bound: the few shapes nearly every request uses
// are prepared, and a rare one never takes a slot on the server.

const MAX_NAMED_PER_CONNECTION = 100;
const MAX_TRACKED_PER_CONNECTION = 4 * MAX_NAMED_PER_CONNECTION;

interface ConnectionShapes {
  seen: Set<string>;
  named: Set<string>;
}

const shapes = new WeakMap<pg.ClientBase, ConnectionShapes>();

/** The protocol-level name to send `text` under on this connection, or undefined to send it unnamed. */
export function statementName(client: pg.ClientBase, text: string): string | undefined {
  let known = shapes.get(client);
  if (!known) shapes.set(client, (known = { seen: new Set(), named: new Set() }));
  const name = nameOf(text);
  if (known.named.has(name)) return name;
  if (!known.seen.has(name)) {
    if (known.seen.size < MAX_TRACKED_PER_CONNECTION) known.seen.add(name);
    return undefined;
  }
  if (known.named.size >= MAX_NAMED_PER_CONNECTION) return undefined;
  known.named.add(name);
  return name;
}

// Every request sends the same few texts: each is hashed once per process, not once per call.
const MAX_NAMED_TEXTS = 1000;
const namedTexts = new Map<string, string>();

function nameOf(text: string): string {
  let name = namedTexts.get(text);
  if (!name) {
    if (namedTexts.size >= MAX_NAMED_TEXTS) namedTexts.clear();
    namedTexts.set(text, (name = `rw_${createHash('sha1').update(text).digest('hex').slice(0, 32)}`));
  }
  return name;
}

import { createHash } from 'node:crypto';
import pg from 'pg';

// Most of what a request sends is the same few statements with different parameters. Naming
// them makes Postgres parse and plan each once per connection instead of on every call — what
// pgx and asyncpg call a statement cache. Bounded, because batch statements vary in shape.
const MAX_PREPARED_PER_CONNECTION = 200;

type QueryConfig = { text: string; values?: unknown[]; name?: string };

/** A pg Client that prepares parameterised statements it has seen before, up to a bound. */
export class CachingClient extends pg.Client {
  private readonly seen = new Set<string>();
  private readonly prepared = new Set<string>();

  // pg's query() has many overloads; only the object form with values is worth preparing.
  override query(...args: unknown[]): never {
    const [config] = args;
    if (isParameterised(config)) args[0] = this.named(config);
    return (super.query as (...a: unknown[]) => never)(...args);
  }

  private named(config: QueryConfig): QueryConfig {
    const name = `s_${createHash('sha1').update(config.text).digest('base64url')}`;
    if (this.prepared.has(name)) return { ...config, name };
    // Prepare on the second sighting: one-off statements never occupy a slot.
    if (!this.seen.has(name)) {
      if (this.seen.size < MAX_PREPARED_PER_CONNECTION * 4) this.seen.add(name);
      return config;
    }
    if (this.prepared.size >= MAX_PREPARED_PER_CONNECTION) return config;
    this.prepared.add(name);
    return { ...config, name };
  }
}

function isParameterised(config: unknown): config is QueryConfig {
  return (
    typeof config === 'object' &&
    config !== null &&
    typeof (config as QueryConfig).text === 'string' &&
    !(config as QueryConfig).name &&
    Array.isArray((config as QueryConfig).values) &&
    (config as QueryConfig).values!.length > 0
  );
}

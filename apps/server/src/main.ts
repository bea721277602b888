import { fileURLToPath } from 'node:url';
import { resolveAuthSecret } from './auth-secret';
import { ConfigError, readConfig } from './config';
import { createLogger } from './logger';
import { openReadyDatabase, StartupError, templateToStartFrom } from './open-database';
import { startService } from './service';

// `pnpm start`: read the environment, get the database ready, serve, and stop cleanly on signals.
async function main() {
  const config = readConfig();
  const { log, flushSync } = createLogger(config.logLevel);
  // Beside the compiled bundle (`pnpm build`); absent when running from source, where a new
  // embedded database is created as usual.
  const template = templateToStartFrom(config, fileURLToPath(new URL('./pglite-template.tar.gz', import.meta.url)));
  const database = await openReadyDatabase(config, { template });
  const service = await startService({
    database,
    host: config.host,
    port: config.port,
    authSecret: resolveAuthSecret(config.authSecret, config.dataDir),
    tokenIssuer: config.tokenIssuer,
    tokenAudience: config.tokenAudience,
    adminToken: config.adminToken,
    testClock: config.testClock,
    guestSignup: config.guestSignup,
    sweepTickMs: config.sweepTickMs,
    rateLimits: config.rateLimits,
    http: config.http,
    metricsToken: config.metricsToken,
    hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
    successTargets: config.successTargets,
    log,
  });
  log.info(
    {
      url: service.url,
      db: database.kind,
      testClock: config.testClock,
      ...(template && { newDatabase: 'template' }),
    },
    'Prof. OS is serving',
  );
  log.flush(); // whoever started us waits for this line
  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    service.close().then(
      () => {
        flushSync();
        process.exit(0);
      },
      (error) => {
        log.error({ err: error }, 'shutdown failed');
        flushSync();
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error) => {
  // Known failures (bad settings, unreachable database, port taken) get one line, not a stack dump.
  const expected = error instanceof ConfigError || error instanceof StartupError || typeof error?.code === 'string';
  console.error(`prof-os: ${expected ? error.message : error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});

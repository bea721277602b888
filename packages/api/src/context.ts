import { randomUUID } from 'node:crypto';
import { realClock, type Clock } from './clock';
import type { Database, Db, DbKind } from './db/client';
import type { ReadWriteRunner } from './db/read-write';
import { SPEC_SUCCESS_TARGETS, type SuccessTargets } from './domain/success-targets';
import { RequestStateCache } from './services/request-state-cache';
import { TokenVersions } from './auth/token-versions';
import { DEFAULT_RATE_LIMITS, RateLimits, type RateLimitSettings } from './limits/rate-limits';
import { ServiceMetrics } from './metrics';
import {
  DEFAULT_TOKEN_AUDIENCE,
  DEFAULT_TOKEN_ISSUER,
  matchesSecret,
  secretDigest,
  tokenKeys,
  verifyToken,
  type TokenKeys,
} from './auth/tokens';

/** What the service is built from: one per process, shared by every request. */
export interface ServiceDeps {
  db: Db;
  dbKind: DbKind;
  /** One read-decide-write transaction in as few round trips as possible (videos.request). */
  readWrite: ReadWriteRunner;
  clock: Clock;
  /** What user tokens are signed and checked with. */
  tokens: TokenKeys;
  /** A digest of ADMIN_TOKEN; null → admin procedures refuse everyone. */
  adminTokenDigest: Buffer | null;
  guestSignup: boolean;
  /** Uniform [0, 1): injectable so sampling decisions are reproducible in tests and the simulator. */
  random: () => number;
  /** New row ids (UUIDs); injectable for the same reason. */
  newId: () => string;
  /** Each user's state after their last video request here: lets the next one write in one round trip. */
  requestStates: RequestStateCache;
  /** Users' token versions, read a short while ago: revoked tokens are refused. */
  tokenVersions: TokenVersions;
  /** null: every rate limit is off (RATE_LIMIT=off). */
  rateLimits: RateLimits | null;
  metrics: ServiceMetrics;
  /** The success metrics' baselines and targets analytics sets results against (the spec's by default). */
  successTargets: SuccessTargets;
}

/** The deps for an opened database: the settings given, and the real clock, random source and ids otherwise. */
export function serviceDeps(
  database: Database,
  settings: {
    authSecret: string;
    /** The `iss` and `aud` user tokens carry (a host app minting its own sets the same). */
    tokenIssuer?: string;
    tokenAudience?: string;
    adminToken?: string | null;
    /** null turns every rate limit off; absent, the defaults apply. */
    rateLimits?: RateLimitSettings | null;
  } & Partial<Pick<ServiceDeps, 'clock' | 'guestSignup' | 'random' | 'newId' | 'successTargets'>>,
): ServiceDeps {
  return {
    db: database.db,
    dbKind: database.kind,
    readWrite: database.readWrite,
    clock: settings.clock ?? realClock(),
    tokens: tokenKeys({
      secret: settings.authSecret,
      issuer: settings.tokenIssuer ?? DEFAULT_TOKEN_ISSUER,
      audience: settings.tokenAudience ?? DEFAULT_TOKEN_AUDIENCE,
    }),
    adminTokenDigest: settings.adminToken ? secretDigest(settings.adminToken) : null,
    guestSignup: settings.guestSignup ?? true,
    random: settings.random ?? Math.random,
    newId: settings.newId ?? randomUUID,
    requestStates: new RequestStateCache(),
    tokenVersions: new TokenVersions(database.db),
    rateLimits:
      settings.rateLimits === null
        ? null
        : new RateLimits(database.db, database.kind, settings.rateLimits ?? DEFAULT_RATE_LIMITS),
    metrics: new ServiceMetrics(() => database.poolStats()),
    successTargets: settings.successTargets ?? SPEC_SUCCESS_TARGETS,
  };
}

export type Caller =
  | { role: 'user'; userId: string }
  | { role: 'admin' }
  | { role: 'anonymous'; reason: 'missing' | 'invalid' | 'expired' | 'revoked' };

/** What the HTTP layer knows of a call before any procedure runs. */
export interface CallInfo {
  authorization: string | undefined;
  /** The client's address (from X-Forwarded-For only behind a trusted proxy). */
  clientAddress: string;
}

export interface Context extends ServiceDeps {
  caller: Caller;
  clientAddress: string;
}

/** Reads `Authorization: Bearer …` into a caller, never throwing: procedures decide what they need. */
export async function identifyCaller(deps: ServiceDeps, authorization: string | undefined): Promise<Caller> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return { role: 'anonymous', reason: authorization ? 'invalid' : 'missing' };
  const token = match[1]!;
  if (deps.adminTokenDigest && matchesSecret(token, deps.adminTokenDigest)) return { role: 'admin' };
  const verified = await verifyToken(deps.tokens, token, deps.clock.now());
  if (!verified.ok) return { role: 'anonymous', reason: verified.reason };
  // Signed and unexpired, but revoked by a logout (or the user's deletion) since it was issued.
  if (!(await deps.tokenVersions.isCurrent(verified.sub, verified.ver)))
    return { role: 'anonymous', reason: 'revoked' };
  return { role: 'user', userId: verified.sub };
}

export async function createContext(deps: ServiceDeps, call: CallInfo): Promise<Context> {
  return { ...deps, caller: await identifyCaller(deps, call.authorization), clientAddress: call.clientAddress };
}

import { randomUUID } from 'node:crypto';
import { realClock, type Clock } from './clock';
import type { Database, Db, DbKind } from './db/client';
import type { ReadWriteRunner } from './db/read-write';
import { RequestStateCache } from './services/request-state-cache';
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
  } & Partial<Pick<ServiceDeps, 'clock' | 'guestSignup' | 'random' | 'newId'>>,
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
  };
}

export type Caller =
  | { role: 'user'; userId: string }
  | { role: 'admin' }
  | { role: 'anonymous'; reason: 'missing' | 'invalid' | 'expired' };

export interface Context extends ServiceDeps {
  caller: Caller;
}

/** Reads `Authorization: Bearer …` into a caller, never throwing: procedures decide what they need. */
export async function identifyCaller(deps: ServiceDeps, authorization: string | undefined): Promise<Caller> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return { role: 'anonymous', reason: authorization ? 'invalid' : 'missing' };
  const token = match[1]!;
  if (deps.adminTokenDigest && matchesSecret(token, deps.adminTokenDigest)) return { role: 'admin' };
  const verified = await verifyToken(deps.tokens, token, deps.clock.now());
  if (verified.ok) return { role: 'user', userId: verified.sub };
  return { role: 'anonymous', reason: verified.reason };
}

export async function createContext(deps: ServiceDeps, authorization: string | undefined): Promise<Context> {
  return { ...deps, caller: await identifyCaller(deps, authorization) };
}

import { randomUUID } from 'node:crypto';
import { realClock, type Clock } from './clock';
import type { Database, Db, DbKind } from './db/client';
import type { ReadWriteRunner } from './db/read-write';
import { SPEC_SUCCESS_TARGETS, type SuccessTargets } from './domain/success-targets';
import { RequestStateCache } from './services/request-state-cache';
import { sameSecret, verifyToken } from './auth/jwt';

/** What the service is built from: one per process, shared by every request. */
export interface ServiceDeps {
  db: Db;
  dbKind: DbKind;
  /** One read-decide-write transaction in as few round trips as possible (videos.request). */
  readWrite: ReadWriteRunner;
  clock: Clock;
  authSecret: string;
  /** Unset → admin procedures refuse everyone. */
  adminToken: string | null;
  guestSignup: boolean;
  /** Uniform [0, 1): injectable so sampling decisions are reproducible in tests and the simulator. */
  random: () => number;
  /** New row ids (UUIDs); injectable for the same reason. */
  newId: () => string;
  /** Each user's state after their last video request here: lets the next one write in one round trip. */
  requestStates: RequestStateCache;
  /** The success metrics' baselines and targets analytics sets results against (the spec's by default). */
  successTargets: SuccessTargets;
}

/** The deps for an opened database: the settings given, and the real clock, random source and ids otherwise. */
export function serviceDeps(
  database: Database,
  settings: Pick<ServiceDeps, 'authSecret'> &
    Partial<Pick<ServiceDeps, 'clock' | 'adminToken' | 'guestSignup' | 'random' | 'newId' | 'successTargets'>>,
): ServiceDeps {
  return {
    db: database.db,
    dbKind: database.kind,
    readWrite: database.readWrite,
    clock: settings.clock ?? realClock(),
    authSecret: settings.authSecret,
    adminToken: settings.adminToken ?? null,
    guestSignup: settings.guestSignup ?? true,
    random: settings.random ?? Math.random,
    newId: settings.newId ?? randomUUID,
    requestStates: new RequestStateCache(),
    successTargets: settings.successTargets ?? SPEC_SUCCESS_TARGETS,
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
export function identifyCaller(deps: ServiceDeps, authorization: string | undefined): Caller {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return { role: 'anonymous', reason: authorization ? 'invalid' : 'missing' };
  const token = match[1]!;
  if (deps.adminToken && sameSecret(token, deps.adminToken)) return { role: 'admin' };
  const verified = verifyToken(token, deps.authSecret, deps.clock.now().getTime());
  if (verified.ok) return { role: 'user', userId: verified.claims.sub };
  return { role: 'anonymous', reason: verified.reason === 'expired' ? 'expired' : 'invalid' };
}

export function createContext(deps: ServiceDeps, authorization: string | undefined): Context {
  return { ...deps, caller: identifyCaller(deps, authorization) };
}

import type { AppRouter } from '@profos/api';
import type { inferRouterInputs } from '@trpc/server';
import type { ProcedureType } from './single-call';

type Inputs = inferRouterInputs<AppRouter>;
/** "area.name" for every procedure of the router. */
type ProcedurePath = { [Area in keyof Inputs & string]: `${Area}.${keyof Inputs[Area] & string}` }[keyof Inputs &
  string];

/**
 * Every procedure and its type, for the direct single-call path. The compiler makes the list
 * complete; single-call.test.ts checks each type against tRPC's own answer.
 */
export const PROCEDURE_TYPES: Readonly<Record<ProcedurePath, ProcedureType>> = {
  'auth.guest': 'mutation',
  'auth.logout': 'mutation',
  'videos.request': 'mutation',
  'engagement.click': 'mutation',
  'engagement.feedback': 'mutation',
  'profile.get': 'query',
  'profile.answer': 'mutation',
  'profile.setPreferences': 'mutation',
  'profile.export': 'query',
  'profile.delete': 'mutation',
  'sessions.log': 'mutation',
  'chat.send': 'mutation',
  'examples.list': 'query',
  'examples.upsert': 'mutation',
  'examples.setActive': 'mutation',
  'experiments.list': 'query',
  'experiments.set': 'mutation',
  'analytics.funnel': 'query',
  'analytics.metrics': 'query',
  'analytics.weekly': 'query',
  'jobs.run': 'mutation',
  'clock.get': 'query',
  'clock.set': 'mutation',
  'clock.advance': 'mutation',
};

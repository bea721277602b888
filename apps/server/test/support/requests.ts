import type { AppRouter } from '@profos/api';
import type { TRPCClient } from '@trpc/client';

// Queries with one distinct technique each, so no repeated-topic teaser fires while a test counts requests.
export const DISTINCT_QUERIES = [
  'armbar',
  'kimura',
  'omoplata',
  'guillotine',
  'darce',
  'anaconda',
  'americana',
  'ezekiel',
  'heel hook',
  'kneebar',
  'toe hold',
  'wristlock',
  'loop choke',
  'baseball choke',
  'bow and arrow',
  'north south choke',
  'arm triangle',
  'takedowns',
  'judo throws',
  'straight ankle lock',
  'cross collar choke',
  'back takes',
  'x guard',
  'spider guard',
  'lasso guard',
  'de la riva',
  'single leg x',
  'deep half',
  'butterfly guard',
  'knee on belly',
] as const;

export type Api = TRPCClient<AppRouter>;

/** Sends `count` video requests with distinct topics, returning the replies in order. */
export async function requestDistinct(api: Api, count: number, offset = 0) {
  const replies = [];
  for (let i = 0; i < count; i++) {
    replies.push(await api.videos.request.mutate({ query: DISTINCT_QUERIES[(offset + i) % DISTINCT_QUERIES.length]! }));
  }
  return replies;
}

export const DAY = 24 * 60 * 60 * 1000;
export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;

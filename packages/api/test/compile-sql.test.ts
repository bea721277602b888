import { sql, type SQL } from 'drizzle-orm';
import { PgDialect, pgEnum } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { compileSql } from '../src/db/compile-sql';
import { videos } from '../src/db/schema';
import { insertUserQuery } from '../src/services/milestone-counts';
import { replyWriteQuery, type ExposureWrite, type ReplyWrite } from '../src/services/reply-writes';
import { lockProfileQuery, requestStateQuery } from '../src/services/request-state';

const dialect = new PgDialect();
/** What Drizzle writes: the text and the values (its typings are not sent). */
const drizzle = (query: SQL) => {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return { sql: text, params };
};
const now = new Date('2026-11-25T10:00:00.123Z');
const user = 'user-1';

function write(overrides: Partial<ReplyWrite>): ReplyWrite {
  return {
    userId: user,
    now,
    requestId: '00000000-0000-4000-8000-000000000001',
    query: "o'neil's \\ armbar",
    topics: ['armbar', 'closed_guard'],
    videos: [{ engagementId: '00000000-0000-4000-8000-000000000002', videoId: 'v1' }],
    exposures: [],
    askedField: null,
    teaserShown: false,
    example: null,
    nudgeId: null,
    focus: null,
    milestones: null,
    week: null,
    userCreatedAt: new Date(0),
    decidedOn: { state: 41, config: 3 },
    ...overrides,
  };
}

const exposure = (kind: ExposureWrite['kind']): ExposureWrite => ({
  id: '00000000-0000-4000-8000-00000000000e',
  kind,
  enhancement: 'pattern_teasers',
  type: 'repeated_technique',
  exampleId: null,
  nudgeId: null,
});

const cases: [string, SQL][] = [
  ['the plain repeat write', replyWriteQuery(write({}))],
  [
    'a write with three videos, a question and a teaser',
    replyWriteQuery(
      write({
        videos: ['a', 'b', 'c'].map((v, i) => ({
          engagementId: `00000000-0000-4000-8000-00000000001${i}`,
          videoId: v,
        })),
        askedField: 'belt_level',
        teaserShown: true,
        exposures: [exposure('profile_question'), exposure('teaser')],
      }),
    ),
  ],
  [
    'a write with a first example view, a nudge, a focus and milestones',
    replyWriteQuery(
      write({
        topics: [],
        example: { id: 'ex-1', firstView: true },
        nudgeId: '00000000-0000-4000-8000-0000000000aa',
        focus: { nudgeId: '00000000-0000-4000-8000-0000000000bb', topic: 'armbar' },
        milestones: { firstRequest: true, firstExposures: ['power_user_showcase', 'enhanced_nudges'], holdoutMask: 5 },
        week: { week: '2026-11-23', bits: 0b1000100011, shown: [{ metric: 'examples_shown', key: 'ex-1' }] },
      }),
    ),
  ],
  ['the state read', requestStateQuery(user, now)],
  ['the profile lock', lockProfileQuery(user)],
  ['the insert of a new user', insertUserQuery(user, null, now)],
  [
    'names, null, booleans, lists and explicit params',
    sql`select ${sql.identifier('we"ird')} from t where a = ${null} and b = ${true} and c in ${[1, 'x']} and d = ${sql.param(['p', 'q'])} and e = ${undefined}`,
  ],
];

describe('compileSql', () => {
  it.each(cases)('writes %s exactly as Drizzle does', (_, query) => {
    expect(compileSql(query)).toEqual(drizzle(query));
  });

  it('leaves to Drizzle what is not plain text, names and values', () => {
    const query = sql`select ${videos.title} from ${videos} where ${videos.id} = ${'v1'}`;
    const compiled = compileSql(query);
    expect({ ...compiled }).toMatchObject(drizzle(query));
    expect(compiled.sql).toBe('select "videos"."title" from "videos" where "videos"."id" = $1');
    // An enum is a function: written as its name, not sent as a value.
    const cast = sql`select ${'a'}::${pgEnum('mood', ['a'])}`;
    expect({ ...compileSql(cast) }).toMatchObject({ sql: 'select $1::"mood"', params: ['a'] });
  });
});

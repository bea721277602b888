// The synthetic population, as set-based SQL steps. Shapes follow real usage: most users ask a
// few times and leave, a long tail asks a lot; about a fifth log sessions, mostly after touchpoints.
// Randomness and ids are hashed from user ids and the seed, so the same --users and --seed give the
// same data (up to `now()`, which anchors the time window).

export interface SynthOptions {
  users: number;
  seed: number;
  days: number;
}

/** A stable pseudo-random number in [0, 1) from any SQL text expression. */
const rnd = (expr: string, salt: string) =>
  `((hashtextextended((${expr})::text || '${salt}', :seed) & 2147483647)::float8 / 2147483648.0)`;

export interface SynthStep {
  name: string;
  sql: string;
}

export function synthSteps({ users, days }: SynthOptions): SynthStep[] {
  const span = `interval '${days} days'`;
  return [
    {
      name: 'users (with their activity plan)',
      sql: `
        create temp table synth_plan as
        select 'synth-' || g as id,
          now() - ${rnd('g', 'created')} * ${span} as created_at,
          -- Requests: exponential with mean ~10 (capped), so the tail is long.
          least(200, floor(-ln(1 - ${rnd('g', 'requests')}) * 10.5))::int as requests,
          ${rnd('g', 'converts')} as converts_roll,
          greatest(1, least(60, floor(-ln(1 - ${rnd('g', 'sessions')}) * 4)))::int as sessions,
          ${rnd('g', 'tips')} < 0.97 as tips
        from generate_series(1, ${users}) g;
        insert into users (id, name, created_at) select id, null, created_at from synth_plan;`,
    },
    {
      name: 'video requests',
      sql: `
        insert into video_requests (id, user_id, query, topics, created_at)
        select md5(p.id || ':' || k.i || ':request:' || :seed)::uuid, p.id, t.query, t.topics,
          p.created_at + (now() - p.created_at) * (k.i::float8 / (p.requests + 1)) * (0.5 + ${rnd('p.id || k.i', 'jitter')} / 2)
        from synth_plan p
        cross join lateral generate_series(1, p.requests) k(i)
        join synth_topics t on t.n = ((hashtextextended(p.id || ':' || k.i, :seed) & 9223372036854775807) % (select count(*) from synth_topics));`,
    },
    {
      name: 'video engagements (one shown per request, a third clicked)',
      sql: `
        insert into video_engagements (id, user_id, request_id, video_id, rank, shown_at, clicked_at, feedback, feedback_at)
        select md5(r.id::text || ':engagement')::uuid, r.user_id, r.id, v.id, 0, r.created_at,
          case when ${rnd('r.id', 'click')} < 0.33 then r.created_at + interval '2 minutes' end,
          case when ${rnd('r.id', 'fb')} < 0.05 then 'helpful' when ${rnd('r.id', 'fb')} < 0.07 then 'not_helpful' end,
          case when ${rnd('r.id', 'fb')} < 0.07 then r.created_at + interval '10 minutes' end
        from video_requests r
        join synth_videos v on v.n = ((hashtextextended(r.id::text, :seed) & 9223372036854775807) % (select count(*) from synth_videos))
        where r.user_id like 'synth-%';`,
    },
    {
      name: 'exposures (questions, teasers, examples, nudges)',
      sql: `
        insert into exposures (id, user_id, kind, enhancement, type, example_id, nudge_id, request_id, shown_at)
        select md5(r.id::text || ':' || e.kind)::uuid, r.user_id, e.kind, e.enhancement, e.type,
          case when e.kind = 'example' then x.id end,
          null, r.id, r.created_at
        from (
          select r.*, row_number() over (partition by r.user_id order by r.created_at) as nth
          from video_requests r where r.user_id like 'synth-%'
        ) r
        join synth_plan p on p.id = r.user_id and p.tips
        cross join lateral (values
          ('profile_question', 'profile_questions', 'belt_level', r.nth <= 2),
          ('teaser', 'pattern_teasers', 'repeated_technique', r.nth % 7 = 3),
          ('example', 'power_user_showcase', 'pattern_detection', r.nth % 10 = 5),
          ('nudge', 'enhanced_nudges', 'discover_session_logging_v1', r.nth % 9 = 8 and ${rnd('r.id', 'nudge')} < 0.5)
        ) e(kind, enhancement, type, shown)
        left join synth_examples x on x.n = (hashtextextended(r.id::text, :seed) & 9223372036854775807) % (select count(*) from synth_examples)
        where e.shown;`,
    },
    {
      name: 'training sessions (converters: more likely after touchpoints)',
      sql: `
        with first_touch as (
          select user_id, min(shown_at) as at, count(*) as touches from exposures where user_id like 'synth-%' group by user_id
        ), converters as (
          select p.id, p.sessions, coalesce(t.at, p.created_at + interval '1 day') as start_at
          from synth_plan p left join first_touch t on t.user_id = p.id
          where p.converts_roll < 0.08 + least(0.25, coalesce(t.touches, 0) * 0.02)
        )
        insert into training_sessions (id, user_id, text, topics, trained_at, created_at)
        select md5(c.id || ':session:' || k.i || ':' || :seed)::uuid, c.id, 'rolled and drilled', '{}', at, at
        from converters c
        cross join lateral generate_series(1, c.sessions) k(i)
        cross join lateral (select least(now(), c.start_at + (k.i - 1) * interval '3 days' + ${rnd('c.id || k.i', 'delay')} * interval '10 days') as at) t;`,
    },
    {
      name: 'profiles and milestones (from the events, set-based)',
      sql: `
        insert into engagement_profiles (user_id, conversion_tips, request_count, session_count, last_request_at, last_request_day, last_session_at, updated_at)
        select p.id, p.tips, coalesce(r.n, 0), coalesce(s.n, 0), r.last_at, (r.last_at at time zone 'UTC')::date, s.last_at, now()
        from synth_plan p
        left join (select user_id, count(*)::int n, max(created_at) last_at from video_requests where user_id like 'synth-%' group by user_id) r on r.user_id = p.id
        left join (select user_id, count(*)::int n, max(created_at) last_at from training_sessions where user_id like 'synth-%' group by user_id) s on s.user_id = p.id;

        create temp table synth_sessions as
        select user_id, min(created_at) first_at, max(created_at) last_at,
          (array_agg(created_at order by created_at))[5] as fifth_at
        from training_sessions where user_id like 'synth-%' group by user_id;
        create temp table synth_exposed as
        select user_id,
          min(shown_at) filter (where enhancement = 'profile_questions') q, min(shown_at) filter (where enhancement = 'pattern_teasers') t,
          min(shown_at) filter (where enhancement = 'power_user_showcase') x, min(shown_at) filter (where enhancement = 'enhanced_nudges') n,
          min(shown_at) filter (where enhancement = 'video_follow_ups') f
        from exposures where user_id like 'synth-%' group by user_id;
        create temp table synth_credit as
        select s.user_id,
          bit_or(case e.enhancement when 'profile_questions' then 1 when 'pattern_teasers' then 2 when 'power_user_showcase' then 4
            when 'enhanced_nudges' then 8 when 'video_follow_ups' then 16 end)::smallint as mask,
          (array_agg(e.example_id order by e.shown_at desc) filter (where e.example_id is not null))[1] as example_id
        from synth_sessions s join exposures e on e.user_id = s.user_id
          and e.shown_at <= s.first_at and e.shown_at >= s.first_at - interval '14 days'
        group by s.user_id;

        insert into user_milestones (user_id, created_at, first_request_at, first_profile_questions_at, first_pattern_teasers_at,
          first_power_user_showcase_at, first_enhanced_nudges_at, first_video_follow_ups_at, first_session_at, exposed_mask,
          holdout_mask, credited_mask, credited_example_id)
        select p.id, p.created_at, r.first_at, e.q, e.t, e.x, e.n, e.f, s.first_at,
          (case when e.q is not null then 1 else 0 end) + (case when e.t is not null then 2 else 0 end) + (case when e.x is not null then 4 else 0 end)
            + (case when e.n is not null then 8 else 0 end) + (case when e.f is not null then 16 else 0 end),
          0, coalesce(c.mask, 0), c.example_id
        from synth_plan p
        left join (select user_id, min(created_at) first_at from video_requests where user_id like 'synth-%' group by user_id) r on r.user_id = p.id
        left join synth_exposed e on e.user_id = p.id
        left join synth_sessions s on s.user_id = p.id
        left join synth_credit c on c.user_id = p.id;

        insert into user_conversions (user_id, created_at, first_session_at, days_to_first_log, fifth_session_at, last_session_at,
          request_to_first_log_days)
        select p.id, p.created_at, s.first_at, extract(epoch from (s.first_at - p.created_at)) / 86400, s.fifth_at, s.last_at,
          case when m.first_request_at <= s.first_at then extract(epoch from (s.first_at - m.first_request_at)) / 86400 end
        from synth_plan p join synth_sessions s on s.user_id = p.id join user_milestones m on m.user_id = p.id;

        insert into milestone_counts (cohort_day, shard, requested, converted, exposed_mask, holdout_mask, credited_mask, users)
        select (created_at at time zone 'UTC')::date, (hashtext(user_id) & 2147483647) % 16, first_request_at is not null, first_session_at is not null,
          exposed_mask, holdout_mask, credited_mask, count(*)
        from user_milestones where user_id like 'synth-%' group by 1, 2, 3, 4, 5, 6, 7
        on conflict on constraint milestone_counts_pk do update set users = milestone_counts.users + excluded.users;`,
    },
    {
      name: 'example viewers and example counters',
      sql: `
        insert into example_viewers (example_id, user_id, user_created_at, first_shown_at)
        select e.example_id, e.user_id, p.created_at, min(e.shown_at)
        from exposures e join synth_plan p on p.id = e.user_id
        where e.example_id is not null group by e.example_id, e.user_id, p.created_at;
        update power_user_examples x set
          shown_users = (select count(*) from example_viewers v where v.example_id = x.id),
          conversions = (select count(*) from user_milestones m where m.credited_example_id = x.id);`,
    },
  ];
}

CREATE TABLE "user_weeks" (
	"user_id" text NOT NULL,
	"week" date NOT NULL,
	"mask" integer NOT NULL,
	CONSTRAINT "user_weeks_pk" PRIMARY KEY("user_id","week")
);
--> statement-breakpoint
CREATE TABLE "weekly_counts" (
	"week" date NOT NULL,
	"shard" smallint NOT NULL,
	"metric" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "weekly_counts_pk" PRIMARY KEY("week","shard","metric","key")
);
--> statement-breakpoint
ALTER TABLE "user_conversions" ADD COLUMN "request_to_first_log_days" double precision;--> statement-breakpoint
ALTER TABLE "user_weeks" ADD CONSTRAINT "user_weeks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill for users who existed before this migration, from their history and milestones
-- (services/analytics/weekly-contributions.ts writes the same).
insert into user_weeks (user_id, week, mask)
	select user_id, week, bit_or(bits)::int from (
	select r.user_id, date_trunc('week', r.created_at at time zone 'UTC')::date as week, 1::int as bits
	from video_requests r where true
	union all
	select x.user_id, date_trunc('week', x.shown_at at time zone 'UTC')::date, case x.enhancement when 'profile_questions' then 2::int when 'pattern_teasers' then 4::int when 'power_user_showcase' then 8::int when 'enhanced_nudges' then 16::int when 'video_follow_ups' then 32::int end
	| case when m.first_session_at is null or x.shown_at <= m.first_session_at then case x.enhancement when 'profile_questions' then 64::int when 'pattern_teasers' then 128::int when 'power_user_showcase' then 256::int when 'enhanced_nudges' then 512::int when 'video_follow_ups' then 1024::int end else 0 end
	| case when x.shown_at <= m.first_session_at and x.shown_at >= m.first_session_at - interval '14 days'
	then case x.enhancement when 'profile_questions' then 2048::int when 'pattern_teasers' then 4096::int when 'power_user_showcase' then 8192::int when 'enhanced_nudges' then 16384::int when 'video_follow_ups' then 32768::int end
	| case when x.example_id = m.credited_example_id then 65536::int else 0 end
	else 0 end
	from exposures x join user_milestones m on m.user_id = x.user_id where true
	) b group by user_id, week
	on conflict on constraint user_weeks_pk do update set mask = user_weeks.mask | excluded.mask;
--> statement-breakpoint
insert into weekly_counts (week, shard, metric, key, n)
	select c.week, (hashtext(c.user_id) & 2147483647) % 16, c.metric, c.key, 1 * sum(c.n)
	from (
	select w.user_id, w.week, b.metric, coalesce(b.key, m.credited_example_id) as key, 1 as n
	from user_weeks w join (values ('requesters'::text, ''::text, 1::int), ('reached'::text, 'profile_questions'::text, 2::int), ('reached_unconverted'::text, 'profile_questions'::text, 64::int), ('converted_after'::text, 'profile_questions'::text, 2048::int), ('reached'::text, 'pattern_teasers'::text, 4::int), ('reached_unconverted'::text, 'pattern_teasers'::text, 128::int), ('converted_after'::text, 'pattern_teasers'::text, 4096::int), ('reached'::text, 'power_user_showcase'::text, 8::int), ('reached_unconverted'::text, 'power_user_showcase'::text, 256::int), ('converted_after'::text, 'power_user_showcase'::text, 8192::int), ('reached'::text, 'enhanced_nudges'::text, 16::int), ('reached_unconverted'::text, 'enhanced_nudges'::text, 512::int), ('converted_after'::text, 'enhanced_nudges'::text, 16384::int), ('reached'::text, 'video_follow_ups'::text, 32::int), ('reached_unconverted'::text, 'video_follow_ups'::text, 1024::int), ('converted_after'::text, 'video_follow_ups'::text, 32768::int), ('converted_after_example'::text, null::text, 65536::int)) b(metric, key, bit) on w.mask & b.bit <> 0
	left join user_milestones m on b.key is null and m.user_id = w.user_id
	where true and coalesce(b.key, m.credited_example_id) is not null
	union all
	select x.user_id, date_trunc('week', x.shown_at at time zone 'UTC')::date, case x.kind when 'profile_question' then 'questions_asked' when 'teaser' then 'teasers_shown' when 'example' then 'examples_shown' when 'nudge' then 'nudges_shown' end,
	case when x.kind = 'example' then x.example_id else x.type end, 1
	from exposures x where true
	union all
	select m.user_id, date_trunc('week', m.first_session_at at time zone 'UTC')::date, 'first_sessions', '', 1
	from user_milestones m where true and m.first_session_at is not null
	union all
	select m.user_id, date_trunc('week', m.first_session_at at time zone 'UTC')::date, 'credited', c.key, 1
	from user_milestones m join (values ('profile_questions'::text, 1::int), ('pattern_teasers'::text, 2::int), ('power_user_showcase'::text, 4::int), ('enhanced_nudges'::text, 8::int), ('video_follow_ups'::text, 16::int)) c(key, bit) on m.credited_mask & c.bit <> 0
	where true
	union all
	select m.user_id, date_trunc('week', m.first_session_at at time zone 'UTC')::date, 'credited_example', m.credited_example_id, 1
	from user_milestones m where true and m.credited_example_id is not null) c
	group by 1, 2, 3, 4 order by 1, 2, 3, 4
	on conflict on constraint weekly_counts_pk do update set n = weekly_counts.n + excluded.n;
--> statement-breakpoint
UPDATE "user_conversions" c SET "request_to_first_log_days" = extract(epoch from (c."first_session_at" - m."first_request_at")) / 86400
FROM "user_milestones" m
WHERE m."user_id" = c."user_id" AND m."first_request_at" IS NOT NULL AND m."first_request_at" <= c."first_session_at";

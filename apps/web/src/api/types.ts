import type { AppRouter } from '@profos/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// Every shape the app handles, derived from the server's router: nothing here is written by hand.
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type ChatReply = RouterOutputs['chat']['send'];
export type VideoReply = Extract<ChatReply, { kind: 'videos' }>;
export type ProfileReply = Extract<ChatReply, { kind: 'profile' }>;
export type SessionReply = Extract<ChatReply, { kind: 'session' }>;
export type Video = VideoReply['videos'][number];
export type ProfilePromptData = NonNullable<VideoReply['profilePrompt']>;
export type Teaser = NonNullable<VideoReply['teaser']>;
export type Example = NonNullable<VideoReply['example']>;
export type Nudge = NonNullable<VideoReply['nudge']>;

export type ProfileField = NonNullable<RouterInputs['profile']['answer']['field']>;
export type AnswerResult = RouterOutputs['profile']['answer'];
export type SessionLogged = RouterOutputs['sessions']['log'];
export type ProfileView = RouterOutputs['profile']['get'];
export type Feedback = RouterInputs['engagement']['feedback']['feedback'];

export type DateRange = NonNullable<RouterInputs['analytics']['funnel']>;
export type FunnelStageRow = RouterOutputs['analytics']['funnel']['stages'][number];
export type Metrics = RouterOutputs['analytics']['metrics'];
export type EnhancementResult = Metrics['enhancements'][number];
export type GroupConversion = EnhancementResult['treatment'];
export type Interval = NonNullable<GroupConversion['interval']>;
export type Difference = NonNullable<EnhancementResult['difference']>;
export type ExampleResult = Metrics['examples'][number];
export type Enhancement = RouterInputs['experiments']['set']['enhancement'];
export type ExperimentsList = RouterOutputs['experiments']['list'];
export type ExampleRow = RouterOutputs['examples']['list'][number];
export type ExampleUpsert = RouterInputs['examples']['upsert'];
export type SweepName = RouterInputs['jobs']['run']['name'];
export type SweepResult = RouterOutputs['jobs']['run'];
export type WeeklyReport = RouterOutputs['analytics']['weekly'];
export type WeeklyRow = WeeklyReport['weeks'][number];
export type WeeklyExample = WeeklyReport['examples'][number];
export type SuccessMetrics = Metrics['successMetrics'];
export type SuccessMetricResult = SuccessMetrics['metrics'][number];

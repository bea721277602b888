import { eq } from 'drizzle-orm';
import { engagementProfiles } from '../db/schema';
import { answerBeforeHelp, routeChat } from '../domain/chat-route';
import type { ProfileField } from '../domain/profile-answers';
import { fieldError, type UserContext } from '../trpc';
import { answerPendingInChat, type AnswerResult } from './profile-answers';
import { logSession, type SessionLogged } from './sessions';
import { requestVideos, type VideoReply } from './video-requests';

export type ChatReply =
  ({ kind: 'videos' } & VideoReply) | ({ kind: 'profile' } & AnswerResult) | ({ kind: 'session' } & SessionLogged);

export const MAX_VIDEO_QUERY = 500;

/**
 * chat.send routes one message: an answer to the pending profile question, a training log, or —
 * whenever it is unclear — a video request (docs/rules.md §1, issue "Chat and sessions").
 */
export async function sendChat(ctx: UserContext, text: string): Promise<ChatReply> {
  const [profile] = await ctx.db
    .select({ pendingField: engagementProfiles.pendingField, forNext: engagementProfiles.pendingForNextMessage })
    .from(engagementProfiles)
    .where(eq(engagementProfiles.userId, ctx.userId));
  // A cheap unlocked look first: most messages are not answers and need no lock. Only the message
  // right after a question is routed to it (docs/rules.md §1); a question from days ago is not waiting.
  const pending = profile?.forNext ? (profile.pendingField as ProfileField | null) : null;
  let route = routeChat(text, pending);
  if (route === 'profile') {
    const answered = await answerPendingInChat(ctx, text);
    if (answered) return { kind: 'profile', ...answered };
    route = routeChat(text, null); // the question was answered or changed meanwhile: route as if none were pending
  }
  if (route === 'session') return { kind: 'session', ...(await logSession(ctx, text, undefined, { viaChat: true })) };
  // "self defense mainly. also how do i get better at takedowns?": the reply is the videos asked for,
  // and the answer said before the ask still settles the pending question
  const answerSaid = pending ? answerBeforeHelp(text) : null;
  if (text.length > MAX_VIDEO_QUERY) {
    throw fieldError(
      'text',
      `That reads as a question for videos: keep it under ${MAX_VIDEO_QUERY} characters (a training log can be longer: start it with what you did, like "Trained today…").`,
    );
  }
  if (answerSaid) await answerPendingInChat(ctx, answerSaid);
  return { kind: 'videos', ...(await requestVideos(ctx, text)) };
}

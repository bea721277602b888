import type { AnswerResult, ChatReply, ProfileField, VideoReply } from '../src/api/types';

// Replies shaped exactly like the server's (the types come from AppRouter), for the reducer tests.

let next = 0;
const id = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;

export function videoReply(overrides: Partial<VideoReply> = {}): VideoReply {
  return {
    kind: 'videos',
    requestId: id(),
    topics: ['mount', 'mount_escape'],
    message: 'Escaping mount is about frames and timing.',
    videos: [
      {
        engagementId: id(),
        videoId: 'v1',
        title: 'Mount escapes',
        instructor: 'Jason Scully',
        url: 'https://example.com/1',
        reason: 'Covers mount.',
      },
      {
        engagementId: id(),
        videoId: 'v2',
        title: 'Upa mastery',
        instructor: 'Henry Akins',
        url: 'https://example.com/2',
        reason: 'Covers mount.',
      },
    ],
    profilePrompt: null,
    teaser: null,
    example: null,
    nudge: null,
    ...overrides,
  };
}

export const prompt = (field: ProfileField) => ({ field, question: `What about ${field}?` });

export function answer(field: ProfileField, understood: boolean, completion = understood ? 25 : 0): AnswerResult {
  return {
    field,
    understood,
    value: understood ? 'blue' : null,
    completion,
    acknowledgement: understood ? 'Got it — blue belt.' : "I didn't quite catch that.",
  };
}

export function profileReply(field: ProfileField, understood = true): ChatReply {
  return { kind: 'profile', ...answer(field, understood) };
}

export function sessionReply(): ChatReply {
  return {
    kind: 'session',
    sessionId: id(),
    topics: ['triangle'],
    totalSessions: 1,
    isFirst: true,
    insight: 'Nice work.',
  };
}

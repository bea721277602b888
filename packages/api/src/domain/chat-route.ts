import { looksLikeTrainingLog } from './chat-routing';
import { parsePendingAnswer, type ProfileField } from './profile-answers';

export type ChatRoute = 'profile' | 'session' | 'videos';

/**
 * chat.send's decision for one message: the pending profile question when the message reads as its
 * answer (docs/rules.md §1), else a training log, else — whenever it is unclear — a video request.
 */
export function routeChat(text: string, pending: ProfileField | null): ChatRoute {
  if (pending && parsePendingAnswer(pending, text) !== null) return 'profile';
  return looksLikeTrainingLog(text) ? 'session' : 'videos';
}

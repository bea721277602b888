import { looksLikeTrainingLog } from './chat-routing';
import { closingQuestion } from './closing-question';
import type { ProfileField } from './profile-answers';
import { routedMessage, type RoutedMessage } from './routing-model/features';
import type { RouteOdds } from './routing-model/model';
import { routeOdds } from './routing-model/shipped';

export type ChatRoute = 'profile' | 'session' | 'videos';

/**
 * How sure the routing model must be to overrule the rules. On messages it was not fitted to it is
 * right more often than the rules (docs/understanding.md, "The routing model"), but the rules hold
 * the reasons; it overrules them only when it is close to certain.
 */
export const OVERRULE_AT = 0.9;

/**
 * chat.send's decision for one message: the pending profile question when the message reads as its
 * answer (docs/rules.md §1), else a training log, else — whenever it is unclear — a video request.
 * The rules decide; the routing model, fitted to the labelled routing sets, overrules them when it
 * is near certain. It never routes to the profile on its own: an answer needs a value the parser read.
 */
export function routeChat(
  text: string,
  pending: ProfileField | null,
  odds: (message: RoutedMessage) => RouteOdds = routeOdds,
): ChatRoute {
  const message = routedMessage(withoutCheckInEchoed(text), pending);
  const byRules = routeByRules(message);
  const [best, p] = (Object.entries(odds(message)) as [ChatRoute, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  return best !== byRules && best !== 'profile' && p >= OVERRULE_AT ? best : byRules;
}

/**
 * "how did it go? awful. stuck under mount the whole time": the check-in Prof. OS sent after training,
 * said back before the answer to it, is no question of the user's.
 */
export const withoutCheckInEchoed = (text: string): string => text.replace(CHECK_IN_ECHOED, '');
const CHECK_IN_ECHOED =
  /^\s*(?:how(?:'d| did) (?:it|training|class|practice|the session|the roll|rolling) go|how was (?:it|training|class|practice|the session|rolling))\s*\?+\s*/i;

/**
 * The hand-written rules alone. An answer that goes on to ask for help ("i only get 2 days a week,
 * whats the fastest way to fix my guard retention") is a request: the question is what it is for
 * (the answer said before it is kept as well: `answerBeforeHelp`).
 */
export function routeByRules({ text, answered }: RoutedMessage): ChatRoute {
  const asksForHelp = closingQuestion(text)?.kind === 'help';
  if (answered && !asksForHelp) return 'profile';
  return looksLikeTrainingLog(text) ? 'session' : 'videos';
}

/**
 * What a message says before it asks for help ("self defense mainly. also how do i get better at
 * takedowns?" → "self defense mainly. "), to be read as the answer to the pending question; null
 * when it ends on no such ask.
 */
export function answerBeforeHelp(text: string): string | null {
  const closing = closingQuestion(text);
  return closing?.kind === 'help' ? closing.story : null;
}

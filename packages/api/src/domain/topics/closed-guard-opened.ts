// "stuck in closed guard trying to open it": opening a closed guard the user is caught in is passing
// it, as well as getting out of it.
import type { TopicId } from '../../data/canonical-topics';

// "open it", "crack his guard", "break open the closed guard", "opening their legs"
const OPENED =
  /\b(?:open(?:s|ed|ing)?|crack(?:s|ed|ing)?|break(?:s|ing)? open)\s+(?:it|that|this|them|(?:the|his|her|their|ur|your)\s+(?:closed\s+)?(?:guard|legs|ankles))\b/;
// the opening said as a name: "standing closed guard openings", "cg breaks"
const OPENINGS = /\b(?:closed\s+guard|cg)\s+(?:openings?|breaks|openers?)\b/;
// "how do i keep my guard closed so they cant open it": the user's own guard opened by them
// ("everyone just stands up and opens it": opened by someone else, the guard is the user's)
const OWN_GUARD = /\bmy\s+(?:closed\s+)?guard\b|\bthey\s+(?:always\s+|just\s+|keep\s+)?open|\bopens\s+(?:it|my|the)\b/;

// the user inside someone's closed guard: unable to open it, opening theirs, kneeling in it, on top
// ("i play closed guard but open it to go to k guard" is the user's own, opened by choice)
const FROM_INSIDE =
  /\b(?:cant|can't|cannot|couldnt|couldn't|never|unable to)\s+(?:even\s+)?(?:\w+\s+){0,3}?open\b|\bopen(?:s|ed|ing)?\s+(?:his|her|their|someones|someone's)\b|\bkneeling\s+inside\b|\bon\s+top\b|\bpull(?:s|ed)?\s+(?:me|guard)\b/;

export function withClosedGuardOpened(query: string, found: Set<TopicId>): void {
  const escaped = found.has('closed_guard_escape');
  if (!escaped && !found.has('closed_guard')) return;
  const text = query.toLowerCase();
  // ("closed guard?? … how do i open his legs when i'm kneeling inside them": opened from inside it)
  if (!(OPENED.test(text) && (escaped || FROM_INSIDE.test(text))) && !OPENINGS.test(text)) return;
  if (OWN_GUARD.test(text)) return;
  found.add('guard_passing');
}

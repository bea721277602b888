// The one-to-three sentence reply to a logged training session. It is the product's proof that
// logging is worth it, so every sentence comes from the user's own history (what they asked
// about, what they trained, how regularly) and names topics and counts; nothing generic.
//
// Shape: a lead (the most telling fact), then momentum (streak, recent volume), then one concrete
// "next" suggestion. Pure and deterministic: the same history always gives the same text.
import { capitalise, joinList } from './sentence';
import {
  RECENT_WINDOW,
  covers,
  drillNameOf,
  factsOf,
  familyOf,
  isIntent,
  nameOf,
  type AskedTopic,
  type Facts,
  type InsightHistory,
} from './session-facts';

export type { InsightHistory, LoggedSession } from './session-facts';

/** Asked about twice or more: a real interest, not a one-off search. */
const ASKED_OFTEN = 2;
/** A gap this long makes "welcome back" the news. */
const COMEBACK_DAYS = 14;
const MILESTONES: ReadonlySet<number> = new Set([10, 25, 50, 100, 200]);
const POWER_USER_SESSIONS = 5;
const MAX_NAMED = 3;
const MAX_SENTENCES = 3;

// ── sentences ───────────────────────────────────────────────────────────────────────────────

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const listOf = (topics: readonly string[]): string => joinList(topics.slice(0, MAX_NAMED).map(nameOf));

const DETAIL_ASK =
  "Next time, name one position or technique you worked — 'got swept from half guard' is enough — and I'll start tracking YOUR game.";

interface Lead {
  sentences: string[];
  /** Decides what may follow: a missed focus already proposes the next plan, a first session has no pace yet. */
  kind: 'focus-missed' | 'focus-hit' | 'first' | 'recurring' | 'asked-trained' | 'comeback' | 'logged';
  /** A topic the lead already talked about, so the next step doesn't repeat its count. */
  mentioned?: string;
}

function lead(f: Facts, focusTopic: string | null): Lead {
  if (focusTopic) {
    const focus = nameOf(focusTopic);
    if (covers(f.topics, focusTopic)) {
      return {
        kind: 'focus-hit',
        sentences: [`You said you'd work on ${focus} — and you did.`],
        mentioned: focusTopic,
      };
    }
    const logged = f.topics.length ? `logged ${listOf(f.topics)}` : "didn't name what you worked";
    return {
      kind: 'focus-missed',
      sentences: [`You planned ${focus} but ${logged} — want to make ${focus} the plan next time?`],
      mentioned: focusTopic,
    };
  }
  const top = f.asked[0];
  if (f.isFirst) {
    const welcome = 'First session logged — this is where tracking YOUR game starts.';
    if (top && f.topics.length) {
      const tail = top.trainedNow
        ? `and ${f.when} you put it to work on the mat`
        : `and ${f.when} you worked ${listOf(f.topics)}`;
      return {
        kind: 'first',
        sentences: [welcome, `You've asked me about ${nameOf(top.topic)} ${times(top.count)} — ${tail}.`],
        mentioned: top.topic,
      };
    }
    if (top)
      return {
        kind: 'first',
        sentences: [
          welcome,
          `You've asked me about ${nameOf(top.topic)} ${times(top.count)} — did it come up on the mat?`,
        ],
        mentioned: top.topic,
      };
    if (f.topics.length)
      return {
        kind: 'first',
        sentences: [`First session logged: ${listOf(f.topics)}. This is where tracking YOUR game starts.`],
      };
    return { kind: 'first', sentences: ['First session logged — welcome to tracking YOUR journey.'] };
  }
  if (f.recurring) {
    const { topic, count, window } = f.recurring;
    const meaning = isIntent(topic)
      ? "that's the fight YOUR rolls keep coming back to"
      : "it's becoming a pillar of YOUR game";
    return {
      kind: 'recurring',
      sentences: [`${capitalise(nameOf(topic))} came up in ${count} of your last ${window} sessions — ${meaning}.`],
      mentioned: topic,
    };
  }
  const askedAndTrained = f.asked.find((a) => a.trainedNow && a.count >= ASKED_OFTEN);
  if (askedAndTrained) {
    const { topic, count } = askedAndTrained;
    return {
      kind: 'asked-trained',
      sentences: [
        `You've asked me about ${nameOf(topic)} ${times(count)}, and now it's in your training — that's how it becomes part of YOUR game.`,
      ],
      mentioned: topic,
    };
  }
  if (f.daysSincePrevious !== null && f.daysSincePrevious >= COMEBACK_DAYS) {
    const gap =
      f.daysSincePrevious >= 21 ? `${Math.floor(f.daysSincePrevious / 7)} weeks` : `${f.daysSincePrevious} days`;
    const worked = f.topics.length ? `, working ${listOf(f.topics)}` : '';
    return {
      kind: 'comeback',
      sentences: [`Back on the mat after ${gap}${worked} — that's the hardest session to show up for.`],
    };
  }
  // Over a partial history "new" needs enough sessions behind it to mean something.
  if (f.newTopics.length && (f.compared.complete || f.compared.count >= RECENT_WINDOW)) {
    const where = f.compared.complete ? 'YOUR log' : `your last ${f.compared.count} sessions`;
    return {
      kind: 'logged',
      sentences: [`New in ${where}: ${listOf(f.newTopics)} — session #${f.sessionNumber} of YOUR journey.`],
    };
  }
  const what = f.topics.length ? `${listOf(f.topics)} — ` : '';
  return { kind: 'logged', sentences: [`Logged: ${what}session #${f.sessionNumber} of YOUR journey.`] };
}

function momentum(f: Facts, leadKind: Lead['kind']): string | null {
  if (f.isFirst || leadKind === 'comeback') return null;
  // docs/rules.md §6: the fifth session makes a power user — the moment worth naming above any streak.
  if (f.sessionNumber === POWER_USER_SESSIONS) {
    return `That's ${POWER_USER_SESSIONS} sessions logged: YOUR history is now deep enough for me to spot real patterns in YOUR game.`;
  }
  const week = f.last7Days >= 2 ? `, ${f.last7Days} sessions in the last 7 days` : '';
  if (f.streakWeeks >= 2) return `That's ${f.streakWeeks} weeks in a row on the mat${week}.`;
  if (f.last7Days >= 2) return `That's ${f.last7Days} sessions in the last 7 days.`;
  if (MILESTONES.has(f.sessionNumber) && leadKind !== 'logged') return `That's session #${f.sessionNumber} logged.`;
  if (f.attire) return `That's ${f.attire.gi} gi and ${f.attire.noGi} no-gi in your last ${f.attire.window} sessions.`;
  return null;
}

function next(f: Facts, l: Lead, belt: string | null): string | null {
  if (l.kind === 'focus-missed') return null; // it already proposes the next plan
  if (!f.topics.length)
    return f.isFirst
      ? DETAIL_ASK
      : 'Next time, name one position or technique you worked so I can connect it to YOUR game.';
  const intent = f.intents[0];
  const counterpart = intent ? drillSuggestion(intent, l, belt, f.sessionNumber) : null;
  const unasked = f.asked.find(
    (a) => !a.trainedEver && (a.count >= ASKED_OFTEN || (f.isFirst && a.topic === l.mentioned)),
  );
  const askedNext = unasked ? askedSuggestion(unasked, l) : null;
  // A first session's lead already raised what they asked about; finishing that thought reads better.
  return l.kind === 'first' && unasked?.topic === l.mentioned ? (askedNext ?? counterpart) : (counterpart ?? askedNext);
}

/** The drill that answers an escape/defense topic: "open your next session with 10 minutes of side control escapes". */
function drillSuggestion(
  intent: Facts['intents'][number],
  l: Lead,
  belt: string | null,
  sessionNumber: number,
): string {
  const beltNote =
    belt === 'white' && intent.topic.endsWith('_escape') ? '; at white belt, escapes pay off fastest' : '';
  // Two phrasings in turn, so the same advice a few sessions apart does not read as a form letter.
  const plan =
    sessionNumber % 2 === 0
      ? `open your next session with 10 minutes of ${drillNameOf(intent.topic)} before you roll${beltNote}.`
      : `next time, spend your first rounds starting from the bad spot: ${drillNameOf(intent.topic)}, 3 × 2 minutes, before free rolling${beltNote}.`;
  const alreadySaid = l.mentioned !== undefined && familyOf(l.mentioned) === familyOf(intent.topic);
  if (intent.count >= 2 && !alreadySaid) {
    return `${capitalise(nameOf(intent.topic))} showed up in ${intent.count} of your last ${intent.window} sessions — ${plan}`;
  }
  return capitalise(plan);
}

function askedSuggestion(asked: AskedTopic, l: Lead): string {
  const name = nameOf(asked.topic);
  if (asked.topic === l.mentioned)
    return `Make ${name} the focus of your next session and tell me how it goes — I'll track it.`;
  return `You've asked about ${name} ${times(asked.count)} but haven't logged it yet — make it the focus of your next session.`;
}

/** 1–3 sentences about this session, built only from the user's own history. */
export function sessionInsight(history: InsightHistory): string {
  const f = factsOf(history);
  const l = lead(f, history.focusTopic);
  const parts = [...l.sentences];
  const step = next(f, l, history.belt);
  const pace = momentum(f, l.kind);
  // The next step is the actionable part, so momentum is what gives way when space runs out.
  if (pace && parts.length + (step ? 2 : 1) <= MAX_SENTENCES) parts.push(pace);
  if (step && parts.length < MAX_SENTENCES) parts.push(step);
  return parts.join(' ');
}

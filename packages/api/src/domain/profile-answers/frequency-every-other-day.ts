// training_frequency: a day trained every second week, "open mat every other sunday", "every second
// saturday", "alternate fridays", "every other weekend": read as that day "every other week", which
// the timetable and rate readings already count as half a session a week.

import { EVERY } from './frequency-words';
import { SECOND } from './schedule-parts';
import type { Token } from './text';
import { WEEKDAYS } from './weekday-words';

/** The tokens with "every other <day>" turned to "<day> every other week". */
export function everyOtherDayAsWeek(tokens: readonly Token[]): readonly Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lead = leadLength(tokens, i);
    const day = tokens[i + lead];
    if (lead === 0 || !day || !WEEKDAYS.has(day.text)) {
      out.push(tokens[i] as Token);
      continue;
    }
    const word = (text: string): Token => ({ ...day, text, kind: 'word', spaceBefore: true });
    out.push({ ...day, spaceBefore: tokens[i]?.spaceBefore ?? true }, word('every'), word('other'), word('week'));
    i += lead;
  }
  return out;
}

/** How many words at `i` say "every other": "every other", "every second", "every 2nd", "alternate". */
function leadLength(tokens: readonly Token[], i: number): number {
  const [word, next, after] = [tokens[i]?.text ?? '', tokens[i + 1]?.text ?? '', tokens[i + 2]?.text ?? ''];
  if (ALTERNATE.has(word)) return 1;
  if (!EVERY.has(word)) return 0;
  if (SECOND.has(next)) return 2;
  // "every 2nd": the number and its ending are two tokens
  return next === '2' && after === 'nd' ? 3 : 0;
}
const ALTERNATE: ReadonlySet<string> = new Set(['alternate', 'alternating']);

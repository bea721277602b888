// training_goals: "the gym's very comp focused, medals all over the wall", "trophies everywhere", "a
// wall full of medals": prizes on show describe the place, not what the user trains for. Not when the
// clause is the user's own ("I want medals on my wall", "quero uma parede cheia de medalhas").

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The prize at `mention` is on display (a wall, a shelf, everywhere) in a clause that is not the user's. */
export function prizeOnDisplay(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  if (mention.value !== 'competition' || !PRIZES.has(tokens[mention.start]?.text ?? '')) return false;
  const clause = tokens[mention.start]?.clause;
  const inClause = tokens.filter((t) => t.clause === clause).map((t) => t.text);
  // "at my gym" is where they hang; "my medals" are the user's own
  // "…, that's the dream": a wish anywhere makes them wanted
  if (inClause.some((w) => THE_USER.has(w)) || OWN.has(tokens[mention.start - 1]?.text ?? '')) return false;
  if (tokens.some((t) => WISHES.has(t.text))) return false;
  const near = (k: number): boolean =>
    tokens[k]?.clause === clause && Math.abs(k - mention.start) <= DISPLAY_REACH && DISPLAYS.has(tokens[k]?.text ?? '');
  return tokens.some((_, k) => near(k));
}

const DISPLAY_REACH = 4;
const PRIZES: ReadonlySet<string> = new Set([
  ...['medal', 'medals', 'trophy', 'trophies', 'medalha', 'medalhas', 'medalla', 'medallas'],
  ...['trofeu', 'trofeus', 'trofeo', 'trofeos', 'medaille', 'medailles', 'medaillen', 'medaglie'],
]);
// where prizes hang or stand: "all over the wall", "on the shelves", "everywhere", "na parede", "en la pared"
const DISPLAYS: ReadonlySet<string> = new Set([
  ...['wall', 'walls', 'shelf', 'shelves', 'cabinet', 'cabinets', 'display', 'displayed', 'everywhere'],
  ...['lobby', 'entrance', 'hallway', 'hanging', 'hang', 'hangs', 'covered', 'lined', 'lining'],
  ...['parede', 'paredes', 'pared', 'vitrine', 'vitrina', 'estante', 'mur', 'murs', 'wand', 'parete'],
]);
const THE_USER: ReadonlySet<string> = new Set([
  ...['i', 'im', 'me', 'mine', 'myself', 'ive', 'id', 'ill'],
  ...['eu', 'yo', 'quero', 'quiero', 'ganhar', 'ganar'],
]);
const OWN: ReadonlySet<string> = new Set(['my', 'our', 'meu', 'minha', 'minhas', 'meus', 'mi', 'mis']);
const WISHES: ReadonlySet<string> = new Set([
  ...['want', 'wanna', 'hope', 'dream', 'goal', 'someday', 'win', 'aim', 'sonho', 'sueno', 'meta', 'objetivo'],
]);

// "once i get the back they slip out the bottom", "when i get someones back they turn into me and i
// lose it": the back is reached already, so the question is keeping it (back control), not taking it.
import type { TopicId } from '../../data/canonical-topics';

const REACHED_THEN_LOST =
  /\b(?:when|once|after|if)\s+i\s+(?:finally\s+|actually\s+)?(?:get|got|take|took|have|reach|hit)\b[^.?!]*\bback\b[^.?!]*\b(?:escape|escapes|escaping|slip|slips|slide|slides|turn|turns|lose|loses|losing|keep)\b/;

// "consigo pegar as costas mas perco antes de finalizar", "llego a la espalda pero se me escapa"
const REACHED_THEN_LOST_IBERIAN =
  /\b(?:consigo|pego|chego|tomo|llego|agarro)\b[^.?!]*\b(?:costas|espalda)\b[^.?!]*\b(?:perco|perdo|pierdo|escapa|escapam|escapan|sai|saem)\b/;

/** Turns a back take already reached into back control when what follows is the opponent getting away. */
export function withBackKept(query: string, found: Set<TopicId>): void {
  if (!found.has('back_take') || found.has('back_take_defense') || !reachedThenLost(query.toLowerCase())) return;
  found.delete('back_take');
  found.add('back_control');
}

// "i get the back fine but then lose it straight away", "i can take the back but i lose it"
const REACHED_BUT_LOST =
  /\bi\s+(?:can\s+|usually\s+|always\s+|often\s+)?(?:get|got|take|took|reach)\b[^.?!]*\bback\b[^.?!]*\bbut\b[^.?!]*\b(?:lose|losing|lost|escape|escapes|slip|slips)\b/;

// "what other finishes are there once i've got the back": finishing from a back already reached
const FINISHING_ONCE_REACHED =
  /\b(?:finish|finishes|finishing|submissions?|subs)\b[^.?!]*\b(?:once|when|after)\s+(?:i\s+|i['’]?ve\s+|i\s+have\s+)*(?:got|get|have|take|took)\s+(?:the|their|his|her|someones)\s+back\b/;

// "last night I kept getting to the back but … what other finishes work from back control"
const REACHED_THEN_FINISHING =
  /(?<!\b(?:when|once|if|after)\s)\bi\s+(?:\w+\s+){0,2}?(?:get|getting|got|reach|reaching|take|taking)\s+(?:to\s+)?(?:the|their|his|her|someones)\s+back\b[\s\S]*\b(?:finish|finishes|finishing|submissions?|subs)\b/;

const reachedThenLost = (text: string): boolean =>
  FINISHING_ONCE_REACHED.test(text) ||
  REACHED_THEN_FINISHING.test(text) ||
  REACHED_THEN_LOST.test(text) ||
  REACHED_BUT_LOST.test(text) ||
  REACHED_THEN_LOST_IBERIAN.test(withoutAccents(text));

/** Portuguese and Spanish read with their accents off: "después" as "despues". */
const withoutAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

// "he takes my back and I cannot get out", "someone took my back … how do i get out": taken already,
// the question is getting out of back control (not stopping the take: "how do i stop them taking my back")
// ("… how do i get him off")
const TAKEN_THEN_OUT = /\bmy\s+back\b[^?]*\b(?:get out|getting out|escape|escaping|get (?:him|her|them) off)\b/;
// "me toman la espalda en cada rola y después no salgo más", "pegam minhas costas e eu não saio", "o cara
// pegou minhas costas … como eu saio dali", "mi hanno preso la schiena … non riesco a uscire"
const TAKEN_THEN_OUT_IBERIAN =
  /\b(?:me\s+(?:toman|tomaron|toma|pegan|pegam|pega|pegaram)\s+(?:la|las|as|a)|(?:pegam|pega|pegou|pegaram|tomou|tomaram|tomo|toman|tomaron)\s+(?:minhas|mis|mi)|(?:preso|prendono|prende)\s+la)\s+(?:espalda|espaldas|costas|schiena)\b[^?]*\b(?:salgo|salir|sair|saio|escapo|escapar|uscire|esco)\b/;
// ("escape back control before the choke comes" is getting out, in time)
const STOPPING_THE_TAKE = /\b(?:stop|stopping|prevent|avoid)\b|\bbefore\s+(?:they|he|she|the\s+hooks|hooks|it)\b/;

/** Turns a back take done to the user into back control escaped when what is asked is getting out. */
export function withBackHeld(query: string, found: Set<TopicId>): void {
  // (getting out of another place named is that place's escape: "… how do i get out of mount")
  // (the back's own escape asked by name is this one)
  const otherEscape = [...found].some((t) => t.endsWith('_escape') && t !== 'back_control_escape');
  if (!found.has('back_take_defense') || otherEscape) return;
  const text = query.toLowerCase();
  if (!(TAKEN_THEN_OUT.test(text) || TAKEN_THEN_OUT_IBERIAN.test(withoutAccents(text))) || STOPPING_THE_TAKE.test(text))
    return;
  takeAsControl(found, true);
}

// "rnc defense … so i dont tap every single time they get my back": the back taken is where a
// defence of something else is wanted — the place (back control), not the take defended
const WHEN_THEY_HAVE_MY_BACK =
  /\b(?:when|whenever|time|once|after)\s+(?:they|he|she|someone|people|ppl|guys|the guy)\s+(?:get|gets|got|take|takes|took|have|has|had)\s+my\s+back\b/;

/** Turns a back take done to the user into back control when another defence is asked from there. */
export function withBackAsThePlace(query: string, found: Set<TopicId>): void {
  if (!found.has('back_take_defense')) return;
  const otherDefence = [...found].some((t) => t.endsWith('_defense') && t !== 'back_take_defense');
  if (!otherDefence || !WHEN_THEY_HAVE_MY_BACK.test(query.toLowerCase())) return;
  takeAsControl(found, false);
}

/** The back take done to the user read as the back control it ends in, escaped or as the place. */
function takeAsControl(found: Set<TopicId>, escaped: boolean): void {
  found.delete('back_take');
  found.delete('back_take_defense');
  found.add('back_control');
  if (escaped) found.add('back_control_escape');
}

// "how do i stop them from getting the hooks in", "ppl keep getting behind me … how do i stop that":
// stopping the take, so the take defended (back control is where it ends, not what is asked)
const STOPPING_THEM_GETTING =
  /\bstop(?:ping)?\s+(?:them|him|her|people|ppl|guys|the\s+guy|someone|everyone)\s+(?:from\s+)?(?:getting|taking)\b|\bkeeps?\s+getting\s+(?:round\s+|around\s+)?behind\s+me\b[^?]*\bstop\s+(?:that|it|this)\b/;
// (getting out once it is taken is back control escaped: "… how do i get out")
const GETTING_OUT = /\b(?:get out|getting out|escape|escaping)\b/;

/** Turns back control escaped into the take defended when what is asked is stopping them getting there. */
export function withBackTakeStopped(query: string, found: Set<TopicId>): void {
  if (!found.has('back_control')) return;
  const text = query.toLowerCase();
  if (!STOPPING_THEM_GETTING.test(text) || GETTING_OUT.test(text)) return;
  found.delete('back_control');
  found.delete('back_control_escape');
  found.add('back_take');
  found.add('back_take_defense');
}

// "most people at my academy train for fitness", "half the adults at our gym compete", "the timetable
// has noon classes mon to fri", "open mat is saturdays at 10": a reply about a crowd or the gym's own schedule, with no word of the
// user as "i" or "me", states nothing of the user's own ("my schedule is mon wed fri" and "my classes are
// …" are the user's).

const SELF = /\b(?:i|im|i'm|ive|i've|id|i'd|ill|i'll|me|myself)\b/;
const CROWD_OPENING =
  /^\W*(?:(?:most|half|all|some|many|a lot|lots|plenty|loads|a bunch|none|the rest|nearly all|almost all)\s+(?:of\s+)?(?:the\s+)?(?:people|guys|adults|folks|students|members|ppl|lads|girls|women|men|kids|teens|black belts|blue belts|purple belts|brown belts|white belts|belts|competitors|everyone)|(?:the|our)\s+(?:timetable|schedule|classes)|(?:(?:the|our)\s+)?open mats?\s+(?:is|are|runs|happens)|(?:the|our|my)\s+(?:gym|academy|club)\s+(?:is|has|does|runs|offers|was|only))\b/;

export const aboutACrowdOnly = (text: string): boolean => {
  const lower = text.toLowerCase();
  return !SELF.test(lower) && CROWD_OPENING.test(lower);
};

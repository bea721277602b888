// A story that turns to its question ("…tapped to an ezekiel?? anyway what i really wanna know is how
// to keep my guard"): the question is the part after the turn, the story only context.

const TURNS: readonly RegExp[] = [
  // "what i really wanna know is", "all i need to know is"
  /\b(?:what|all)\s+i\s+(?:really\s+|actually\s+|just\s+|mostly\s+)?(?:want|wanna|need|wanted|needed)\s+(?:to\s+)?know\s+is\b/g,
  // "whatever, what i actually need is how to stop the triangle", "what i really want to add is a finish
  // from top", "what i really want is how to hit a single leg myself"
  // (and for someone else: "but honestly what he wants now is to tighten up his darce")
  /\bwhat\s+(?:i|he|she|they|we)\s+(?:really\s+|rlly\s+|rly\s+|realy\s+|actually\s+|just\s+|mostly\s+)?(?:need|needs|want|wants|wanna)\s+(?:now\s+)?(?:to\s+(?:add|learn|fix|improve|work\s+on|drill)\s+)?is\b/g,
  // "what i actually want for the womens class is a good back take"
  /\bwhat\s+i\s+(?:really\s+|actually\s+|just\s+)?(?:want|need)\s+(?:for|from|with)\s+(?:[\w']+\s+){1,3}?is\b/g,
  /\b(?:mostly|really|honestly)\s+i\s+(?:just\s+)?(?:wanna|want to|need to)\s+know\b(?=\s+(?:how|what|which|why|if)\b)/g,
  // "the thing i actually want is a good takedown"
  /\b(?:the\s+)?(?:one\s+)?thing\s+i\s+(?:really\s+|actually\s+|just\s+)?(?:want|need|wanna)(?:\s+to\s+(?:know|learn|fix|work\s+on))?\s+is\b/g,
  // "i wanted to ask about half guard top passing", "i wanted to know about the knee slice"
  /\bi\s+(?:wanted|want|wanna|meant)\s+(?:to\s+)?(?:ask|know)\s+about\s+/g,
  /\bi\s+(?:wanted|meant)\s+to\s+ask\s+/g,
  // "my real question is", "the actual question:", "main question: …"
  /(?:\b(?:my|the)\s+|(?:^|[.!?]\s+))(?:real\s+|actual\s+|main\s+|actual\s+real\s+)?question(?:\s+(?:is\b|being\b)|\s*:)/g,
  // "my toddler takes my back every morning lol. anyway how do i escape back control": "anyway" before a question
  // ("anyway, real butterfly sweeps please", "anyway show me…": the real ask)
  /\b(?:anyway|anyways|anyhow)\b[,.!:]?\s+(?=(?:how|what|which|any|can|could|should|is|are|do|does|where|why|best|tips|real|actual|show|send|give|(?:i'?d|i|i\s+would)\s+(?:rather|like|love|want|wanna|need))\b)/g,
  // "… he sat in my mount like 5 min, not even mad tho. anyway ezekiel choke vids plz": "anyway" opening a
  // clause turns to whatever follows ("is there anyway to …" opens no clause; "anyway the other question
  // is …" asks a second thing)
  /(?:^|[.,!?;:)/]\s*|\b(?:lol|lmao|haha|tho|though|but|ok|okay|so|and)\s+)(?:anyway|anyways|anyhow)\b(?![,.!:]?\s+(?:also|(?:the\s+|my\s+)?(?:other|second|2nd|next)\s+question)\b)[,.!:]?\s+/g,
  // "… i lost the position lol. anyway: omoplatta to sweep when they roll out?": a colon opens the ask
  /\b(?:anyway|anyways|anyhow)\s*:\s*/g,
  // "… keeps saying mount like its a jiu jitsu thing 😂 anyway not about that. what's a good kimono": the
  // story set aside
  /\b(?:anyway\s+|but\s+)?(?:not about that|thats not (?:the|my) question|that's not (?:the|my) question)\b[,.!:]*\s*/g,
  // Portuguese and Spanish: "fui finalizado 3 vezes de triângulo ontem kkk mas enfim, hoje quero saber de
  // ezekiel", "ganhei meu primeiro campeonato por armlock 🥇 agora quero aprender a passar meia guarda"
  /\b(?:mas\s+)?enfim\b[,.!:]?\s+/g,
  /\b(?:agora|hoje|ahora|hoy)\s+(?=(?:quero|queria|preciso|quiero|quisiera|necesito)\b)/g,
  // German: "… mit nem darce erwischt, egal, heute will ich mount befreiung sehen"
  /\b(?:egal|jedenfalls)\b[,.!:]?\s+(?:(?:heute|jetzt|diese\s+woche)\s+)?(?=(?:will|m[oö]chte|moechte|brauche)\s+ich\b)/g,
  // "coach showed an armbar tonight but i wanted to see the omoplata", "mas eu queria ver a omoplata",
  // "pero quería aprender la x guard": what the user wanted instead of what was shown
  /\b(?:but\s+i\s+(?:really\s+)?(?:wanted|want|wanna|would\s+like|'?d\s+like)\s+to|mas\s+(?:eu\s+)?(?:queria|quero)|pero\s+(?:yo\s+)?(?:quer[ií]a|quiero|quisiera))\s+(?:see|learn|know|work\s+on|ver|aprender|saber|trabalhar|trabajar)\s+(?!(?:it|that|this|them|isso|eso)\b)/g,
  // "got subbed by a kneebar … but rn i just wanna fix my x guard sweeps", "caught in a triangle … but
  // today i want to work on getting out from under north south": the time now turns from the story
  // ("whatever, today i want spider guard sweeps", "anyway rn i just need better takedowns")
  /\b(?:but|whatever|anyway|anyways)[,]?\s+(?:for\s+)?(?:today|tonight|rn|right\s+now|now|this\s+week|this\s+time)[,]?\s+i\s+(?:just\s+|really\s+)?(?:want|wanna|need|would\s+like|'?d\s+like)\s+(?:to\s+)?/g,
  // "got triangled in my last match but thats done, rn i just need …": the story closed
  /\bbut\s+(?:that'?s|thats|that\s+is|it'?s|its)\s+(?:done|over|behind\s+me|in\s+the\s+past|whatever)\b[,.!:]*\s*/g,
  // … or to work on something of the user's own: "coach had us drilling takedowns all week but i wanna
  // work my deep half game", "got smashed in side control all night but whatever, today i want to work
  // knee on belly"
  /\b(?:but|whatever)[,]?\s+(?:(?:for\s+)?(?:today|tonight|rn|right\s+now|now|this\s+week)[,]?\s+)?i\s+(?:just\s+|really\s+)?(?:want|wanna|need)\s+(?:to\s+)?(?=(?:work|focus|drill)\b)/g,
  // "we did mount escapes last week … i want to move on to something from guard"
  /\b(?:i\s+(?:want|wanna|would\s+like|'?d\s+like)\s+(?:to\s+)?|let'?s\s+)move\s+on\s+to\s+/g,
  // "lost my last match to a darce … but tbh what cost me was i couldnt get a takedown"
  /\bwhat\s+(?:really\s+|actually\s+)?(?:cost|lost)\s+me\s+(?:the\s+(?:match|fight|roll)\s+|it\s+)?was\s+/g,
  // "… hurt his neck with a darce, so show me escapes from north south": the request the story leads to
  /,\s*so\s+(?=(?:show|send|give)\s+me\b)/g,
  // "stuck in permanent half guard with my laundry pile. not really a bjj question, just tired. how do i
  // make myself go to the 6am class": what comes before is said in fun
  /\bnot\s+(?:really\s+|exactly\s+|strictly\s+|actually\s+)?a\s+(?:bjj|jiu\s*jitsu|jits|grappling|technique|technical)\s+question\b[^.?!]*[.?!]*\s*/g,
  // "… knackered. anyway back to the armbar, how do i stop them stacking me": back to what is asked
  /\b(?:anyway|anyways|anyhow)\b[,.!:]?\s+(?=back\s+to\b)/g,
  // "… every morning lol. Real question though, at what age …", "unrelated, does anyone know …"
  /\b(?:real|actual|serious)\s+question\b(?:\s+though)?[,.:!]?\s+/g,
  /(?:^|[.!?]\s+)(?:unrelated|on another note|different question|other question)\b[,.:!-]*\s+/g,
  // "someone took my back last night … Show me how to escape back control": a request opening a
  // sentence after a story
  /[.!]\s+(?=(?:show|send|give)\s+me\s+how\b)/g,
];

/** The text after the last turn to the question, or null when the message takes no such turn. */
export function askedPart(query: string): string | null {
  const lower = query.toLowerCase();
  let end = -1;
  for (const turn of TURNS) for (const m of lower.matchAll(turn)) end = Math.max(end, m.index + m[0].length);
  return end < 0 ? null : query.slice(end);
}

// "how do i keep it", "what do i do about that": a question pointing back at the story
const POINTING_BACK = /\b(?:it|that|them|this|those|these|there|one|ones)\b/;
// "… anyway how do i escape", "anyway how do I get out from under bigger guys": a move whose object
// is the story's
const NAMES_A_MOVE =
  /\b(?:escape|escaping|defend|defending|stop|counter|get out|getting out|survive|surviving|finish|pass|passing|sweep|submit|tap|out from under)\b/;
const QUESTION =
  /^\W*(?:how|what|whats|when|where|which|who|why|is|are|does|do|can|could|should|any|anyone|at what)\b|\?\s*\S*\s*$/;

/** A question of its own after the turn, pointing at nothing the story said ("anyway how do I deal with nerves?"). */
export function asksAfresh(asked: string): boolean {
  const text = asked.toLowerCase();
  return QUESTION.test(text) && !POINTING_BACK.test(text) && !NAMES_A_MOVE.test(text);
}

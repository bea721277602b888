// The cues of chat.send's training-log score that push a message toward a request: asks, the
// present habit behind a complaint, plans (domain/chat-routing-cues.ts has the log side).
import { cues } from './chat-routing-cues';

export const REQUESTS = [
  ...cues(-3, ['how', 'what', 'whats', 'which', 'why', 'where'], { atClauseStart: true }),
  ...cues(-2, ['should', 'can', 'could', 'would', 'is', 'are', 'do', 'does', 'any', 'anyone', 'anything'], {
    atClauseStart: true,
  }),
  ...cues(
    -3,
    [
      'show',
      'find',
      'give',
      'gimme',
      'recommend',
      'suggest',
      'teach',
      'explain',
      'send',
      'help',
      'tell me',
      'need',
      'looking for',
      'lmk',
      'pull up',
    ],
    { atClauseStart: true },
  ),
  ...cues(-3, [
    'tips',
    'tip',
    'advice',
    'videos',
    'video',
    'vids',
    'vid',
    'tutorial',
    'tutorials',
    'suggestions',
    'suggestion',
    'recommendations',
    'ideas',
  ]),
  ...cues(-2, ['help', 'i need', 'instructional', 'instructionals', 'difference between']),
  ...cues(-1.5, ['plz', 'pls', 'please', 'i want', 'want to', 'wanna', 'best']),
  ...cues(-1, ['better at']),
  // Spanish, Portuguese, French: "qué técnicas debo practicar", "como faço a raspagem", "comment faire"
  ...cues(-3, ['cómo', 'como', 'qué', 'cuál', 'cual', 'qual', 'quais', 'comment'], { atClauseStart: true }),
  ...cues(-2, ['debo', 'debería', 'deberia', 'puedo', 'devo', 'posso']),
];

// The present habit behind a complaint is a request for help, not a log: "I keep getting swept".
export const HABITS = [
  ...cues(-1.5, ['keep', 'keeps', 'always', 'usually', 'struggle', 'struggling', 'i get']),
  ...cues(-1, ['cant', 'never']),
];

export const PLANS = [
  ...cues(-2, [
    'tomorrow',
    'tmrw',
    'tmr',
    'tomorow',
    '2moro',
    '2morrow',
    'next week',
    'gonna',
    'about to',
    'upcoming',
    'im training',
    'planning',
    'plan to',
  ]),
  ...cues(-1.5, ['going to', 'heading to', 'before class', 'next class', 'this week']),
];

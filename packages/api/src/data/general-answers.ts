// Prof. OS's short, honest answers to messages that ask no technique (gear, scheduling, nerves
// before a first class, recovery): a coach's word on the journey, then one general video that says
// it is general. Data; domain/lead-in.ts picks by kind.

/** The kinds of domain/understand.ts's `GeneralAsk`. */
export type GeneralKind = 'gear' | 'schedule' | 'first_class' | 'recovery' | 'other';

export const GENERAL_ANSWERS: Readonly<Record<GeneralKind, string>> = {
  gear: "Gear matters less than mat time: a gi or rash guard that fits, a mouthguard, and you're set. What builds YOUR game is showing up.",
  schedule:
    'Consistency beats volume: two or three sessions a week you can keep will build YOUR game faster than a burst you burn out on.',
  first_class:
    'Nerves before a first class are normal — everyone on that mat had a first day. Go to learn, tap early and often, ask questions. YOUR journey starts by showing up.',
  recovery:
    "Rest is part of training: sleep, eat, and come back fresh. YOUR game grows when you can keep showing up, so don't roll through real pain.",
  other:
    "That one's off the mat, so I'll keep it short: I coach YOUR game — positions, submissions, how your rolls go.",
};

/** How the one general video is offered after the answer. */
export const GENERAL_VIDEO_OFFER =
  "Here's one general video worth your time; name a position or a submission and I'll get specific.";

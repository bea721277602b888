import { displayName } from '../data/canonical-topics';

// The spec's enhanced nudge messages (PART 5), filled with what the sweep knows about the user.

export function discoveryV1Content(): string {
  return (
    'By the way — these videos are great for learning. But quick experiment: next time you train, just tell me ONE thing that went well and ONE thing that was frustrating.\n\n' +
    "That's it. Two sentences. I'll show you what I can do with just that."
  );
}

export function discoveryV2Content(distinctTopics: number): string {
  return (
    `Quick thing — you've asked about ${distinctTopics} different techniques now. I can't tell if you're working on all of these, or just exploring.\n\n` +
    "If you share what you're actually working on in training, I can prioritise what matters for YOU right now. Otherwise I'm just throwing videos at you."
  );
}

export function videoFollowUpContent(instructor: string): string {
  return (
    `Hey — did you get a chance to watch that ${instructor} video? Curious which approach resonated with you.\n\n` +
    "(I'm learning which instructors work best for YOUR game — tap helpful or not helpful on it, or tell me how it went on the mat.)"
  );
}

export function preTrainingFocusContent(): string {
  return (
    "Training soon? Quick question before you go: what's ONE thing you want to work on today?\n\n" +
    'After training, come back and tell me: did you work on it, and did it go well or did you struggle? ' +
    "Just those two things — I'll coach you on how it actually went."
  );
}

export function postTrainingFollowUpContent(topic: string): string {
  return (
    `How'd training go? You said you wanted to work on ${displayName(topic)}. Did you get a chance to drill it? ` +
    "Tell me in a sentence or two and I'll build YOUR next step from it."
  );
}

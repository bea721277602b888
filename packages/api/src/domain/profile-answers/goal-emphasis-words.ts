// Emphasis words for training_goals answers. Data only.

import type { PhraseTable } from './lexicon';
import { WORLD_GOAL_EMPHASIS } from './world-words';

/** How central a goal is in the answer: "mostly fitness" beats "maybe compete later". */
export type GoalEmphasis = 'primary' | 'hedge';
export const GOAL_EMPHASIS: PhraseTable<GoalEmphasis> = [
  [
    'mostly|mainly|primarily|main|especially|just|only|definitely|biggest|primary|mainly|priority|purely|solely|100',
    'primary',
  ],
  ['main goal|reason|thing|focus', 'primary'],
  // what BJJ is to the user: "bjj is my hobby for relax", "its my therapy"
  ['bjj|jiu|jitsu|jiujitsu|it|this is|s my', 'primary'],
  // "want to focus on refining my technique"
  ['focus|focusing|concentrate|concentrating on', 'primary'],
  // what the user wants now, after what they started for: "started for weight loss but now i want to compete"
  ['now i want|wanna', 'primary'],
  ['now honestly i want', 'primary'],
  // "started for fitness, now im hooked on competing"
  ['now im|i hooked|obsessed|addicted on|with|to', 'primary'],
  ['now im|i all about|into', 'primary'],
  ['now its all about', 'primary'],
  // what all the training builds to: "mondays i drill, thursdays i roll hard, all of it is building toward states"
  ['building|geared|aimed toward|towards', 'primary'],
  ['most of all', 'primary'],
  // Spanish "sobre todo", "más que nada"; Portuguese "acima de tudo"; Tagalog "lalo na"
  ['sobre todo', 'primary'],
  ['mas que nada', 'primary'],
  ['acima de tudo', 'primary'],
  ['lalo na', 'primary'],
  ['principalmente', 'primary'],
  // Spanish "solo para bajar de peso", "nomás por diversión"
  ['solo|solamente|nomas|unicamente', 'primary'],
  // the reason the user is there: "honestly I'm here for the exercise", "in it for the fun"
  ['here|there for', 'primary'],
  ['in it for', 'primary'],
  ['above all', 'primary'],
  ['first and foremost', 'primary'],
  ['more than anything', 'primary'],
  ['number one|1', 'primary'],
  ['# 1', 'primary'],
  ['for sure', 'primary'],
  // what the user owns up to: "a bit of everything but honestly it's my workout"
  ['honestly|truthfully|realistically|tbh', 'primary'],
  // the reason given: "the cardio is nice, but really I'm there because I got jumped once"
  ['there|here|train|go because|cause|cuz|coz', 'primary'],
  // the one picked when made to choose: "fitness and fun, but if I pick one: fun" (not "if"'s hedge)
  ['if i|you pick|choose one', 'primary'],
  ['if i|you had|have to pick|choose|say', 'primary'],
  ['if i|you must pick|choose', 'primary'],
  ['if i|you could|can only pick|choose|have one', 'primary'],
  ['if i|you could|can only pick|choose|have', 'primary'],
  [
    'maybe|someday|eventually|later|might|possibly|perhaps|potentially|also|too|some|side|bonus|secondary|if|kinda|occasionally|sometimes',
    'hedge',
  ],
  ['one day', 'hedge'],
  ['down the line|road', 'hedge'],
  ['a bit|little', 'hedge'],
  ['as well', 'hedge'],
  ['sort|kind of', 'hedge'],
  ['at some point', 'hedge'],
  ['in the future', 'hedge'],
  ['not sure', 'hedge'],
  // "technical, not just strong": what is not the only goal is the lesser one, its "just" no emphasis
  ['not just|only|merely|simply', 'hedge'],
  ...WORLD_GOAL_EMPHASIS,
];

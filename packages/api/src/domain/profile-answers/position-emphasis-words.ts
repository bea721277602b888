// How a position answer is weighed rather than what it names: emphasis ("mostly", "honestly"),
// consequences, comparisons, and the words that are not sides (submissions, groups). Data only.

import type { PhraseTable } from './lexicon';
import { WORLD_POSITION_EMPHASIS } from './world-words';

/**
 * The consequence is what they do: "top makes me gas out so I stay in guard". Reaches forward only:
 * "hate wrestling for takedowns so I just sit down" prefers the sitting, not the takedowns.
 */
export const CONSEQUENCE_CUES: PhraseTable<Emphasis> = [['so i', 'primary']];

/**
 * What the user owns up to sums the answer up: "top, no wait, honestly guard. I say top because…".
 * Only a side right after it: "honestly my game is half top half bottom" owns up to no one side.
 */
export const OWNING_UP_CUES: PhraseTable<Emphasis> = [
  ['honestly|truthfully|realistically|tbh', 'summary'],
  // "honestly I'm a guard player": owning up to what the user is
  ['honestly|truthfully|realistically|tbh im a|an', 'summary'],
  ['honestly|truthfully|realistically|tbh i m|am a|an', 'summary'],
];
export const OWNING_UP_REACH = 2;

/** How strongly a mention is the user's preference: "mostly top" beats "top, but working on guard". */
export type Emphasis = 'summary' | 'primary' | 'secondary';
export const POSITION_EMPHASIS: PhraseTable<Emphasis> = [
  [
    'more|prefer|preferably|prefers|preferred|usually|love|loves|favorite|favourite|fav|fave|definitely|def|always|especially|main|lean|leaning|leans|rather|better|strongest|best|natural|naturally|happier|tend|typically|generally|100|prefiro',
    'primary',
  ],
  // a summing-up outweighs a passing "more": "guard i guess? tho lately ive been passing more. mostly guard"
  ['mostly|mainly|primarily', 'summary'],
  ['for sure', 'primary'],
  ['gosto mais', 'primary'],
  // Spanish "siempre arriba", "soy más de guardia" ("mas" alone is Portuguese "but")
  ['siempre|sempre', 'primary'],
  ['mas|mais de', 'primary'],
  // learning a side is work in progress: "to aprendendo a jogar de guarda"
  ['aprendendo|aprendiendo|aprender|tentando|intentando', 'secondary'],
  // the side called the user's game: "minha guarda é meu jogo", "top is my game" (not "my game is half top…")
  ['e|es|is|s meu|mi|my jogo|juego|game', 'primary'],
  // "às vezes fico por cima", "a veces arriba": only sometimes
  ['as|a vezes|veces', 'secondary'],
  // a side being moved to is work in progress: "me estoy cambiando a arriba", "mudando pra guarda"
  ['cambiando|cambiandome|pasandome|mudando a|al|para|pra', 'secondary'],
  // the side picked when made to choose: "I like both but I'd choose top"
  ['choose|pick|picking|choosing', 'primary'],
  ['go with', 'primary'],
  // "give me de la riva"
  ['give me', 'primary'],
  ['go to', 'primary'],
  ['a lot', 'primary'],
  // "but i spend most of my time in closed guard", "i end up on top most rolls"
  ['most of my|the time', 'primary'],
  ['most rolls|rounds', 'primary'],
  ['most of my rolls|rounds', 'primary'],
  // "I live on top", "basically living in half guard"
  ['live|lives|living', 'primary'],
  ['working|work on', 'secondary'],
  [
    'learn|learning|try|trying|sometimes|occasionally|less|improve|improving|should|need|needs|wanna|want|wants|developing|worse|weaker|weakest|stuck',
    'secondary',
  ],
  // what the user tries to keep up is what they do, no work in progress: "i try to stay off my back"
  ['try|tries to stay|keep|avoid', 'primary'],
  // "i like to work from bottom", "i like being on top", "but i also like playing spider"
  ['like|likes to|being|playing|working|staying', 'primary'],
  ['a little|bit', 'secondary'],
  ['bit|little of', 'secondary'],
  // "bottom only when i get swept": a side played only when forced
  ['only when|if', 'secondary'],
  // "only top when I have to": played only when forced
  ['when|if i have|need to', 'secondary'],
  ['when|if i must|gotta', 'secondary'],
  ['when|if forced|necessary|needed', 'secondary'],
  // a side the roll may leave them in is no side chosen: "if I end up on my back something went wrong"
  ['if|when|whenever i end|ending up', 'secondary'],
  ['trying|want|wants|wanting|learning to learn|improve|get|play|be|become', 'secondary'],
  // a side only planned or hoped for: "planning to become a guard player once my back heals"
  ['planning|hoping|hope|hopes|aiming|aim|aims to learn|get|play|be|become|start|switch', 'secondary'],
  ['getting better', 'secondary'],
  // "better" alone prefers ("better on top"); getting better at it is work in progress
  ['get better', 'secondary'],
  ['someday|eventually', 'secondary'],
  // a side only wished for: "would love to be a top player one day", "i'd like to play guard like him"
  ['would|d love|like to be|become|play|get', 'secondary'],
  ['one day', 'secondary'],
  // a side left behind: "used to be all guard but ive turned into a top player"
  ['used to|previously|formerly', 'secondary'],
  ['turned|turning into', 'primary'],
  // what a change made of the user: "my knees turned me into a guard player"
  ['turned|turning|made|making|forced me into', 'primary'],
  // "started as a wrestler, now i'm all about guard": where they began, then where they are
  ['started|starting|began out as', 'secondary'],
  ['started|starting|began as', 'secondary'],
  ['now|nowadays', 'primary'],
  ['all about', 'primary'],
  ...WORLD_POSITION_EMPHASIS,
];

/** Wishes, said in more words than one: "would love to be a top player", "one day". */
export const WISHED: PhraseTable<true> = [
  ['would|d love|like to be|become|play', true],
  ['one day', true],
];

/** The thing after "than", "over", ">" is the one not preferred ("more top than guard"). */
export const COMPARED_AGAINST: ReadonlySet<string> = new Set(['than', 'over', '>', 'vs', 'versus']);

/**
 * Submissions both sides attack: avoiding one ("i hate leglocks") is no vote for the other side, as
 * avoiding guard or passing is. Matched on a mention's last word ("heel hooks", "leg locks").
 */
export const SUBMISSIONS: ReadonlySet<string> = new Set([
  'leglocks',
  'leglock',
  'heelhooks',
  'lock',
  'locks',
  'locking',
  'hook',
  'hooks',
  'hooking',
  'triangle',
  'triangles',
  'omoplata',
  'omoplatas',
  'entanglements',
]);

/** A side named for a group of people ("the guard players at my gym") is not the user's side. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'players',
  'pullers',
  'passers',
  'jumpers',
  'wrestlers',
  'judokas',
  'guys',
  'girls',
]);

/** …unless the user counts in or out of the group: "I'm (not) one of those guard pullers". */
export const ONE_OF: PhraseTable<true> = [['one of those|these|the|them', true]];

/** …or of the one the user would become, said after it: "guard players annoy me and I refuse to become one". */
export const BEING_ONE: PhraseTable<true> = [['become|becoming|be|being one', true]];

// Words that negate a nearby mention ("not a white belt", "guard isn't my thing"), and how far their
// reach goes. Shared by every field. Data only.

import type { PhraseTable } from './lexicon';
import { DISMISSALS } from './negation-dismissal-words';
import { WORLD_NEGATIONS } from './world-words';

/**
 * `pre` negates the next mention ("not a white belt"); `both` may also follow it ("Guard isn't my
 * thing"); `post` only follows it (Japanese "shita wa kirai", Turkish "altta sevmem"); `idiom` looks
 * negative but negates nothing ("not sure", "no idea") and is matched first.
 */
export type NegationCue = 'pre' | 'both' | 'post' | 'idiom';

export const NEGATION_CUES: PhraseTable<NegationCue> = [
  ['not|no|never|neither|nor|nah|nope|without', 'pre'],
  ["don't|dont|didn't|didnt|won't|wont|can't|cant|cannot", 'pre'],
  ['do|did not', 'pre'],
  // "i wouldn't say beginner", "wouldn't call myself a guard player"
  ["wouldn't|wouldnt say|call", 'pre'],
  ['would not say|call', 'pre'],
  // Copular negations can also follow what they negate: "Guard isn't my thing", "comps aren't for me".
  ["doesn't|doesnt|isn't|isnt|aren't|arent|ain't|aint|wasn't|wasnt|weren't", 'both'],
  ['is|are|s|re|was|does not|never', 'both'],
  ['hate|hates|dislike|dislikes|avoid|avoids|despise|loathe', 'pre'],
  ['not into|for', 'pre'],
  // what is not for the user may come before: "being on bottom is just not for me", "comps, not my thing"
  ['not for me', 'both'],
  ['just|simply|really|honestly|definitely|totally not for me', 'both'],
  ['just|simply|really not my thing|style|game|cup', 'both'],
  // "cant be bothered with all the fancy guard stuff", "can't be arsed with comps"
  ["can't|cant|cannot|couldn't|couldnt be bothered|arsed|assed with|about|doing", 'pre'],
  ['cba with|about|doing', 'pre'],
  ['no patience for|with', 'pre'],
  ['not interested|keen in|on', 'pre'],
  ['no|zero|little interest in', 'pre'],
  ['not a fan of', 'pre'],
  // "not a big fan of", "not much of a fan of": the size of the fandom changes nothing
  ['not a big|huge|massive|great|real fan of', 'pre'],
  ['not much of a fan of', 'pre'],
  ['not big on', 'pre'],
  ['no longer', 'pre'],
  // "weight loss is no longer why i go": what is no longer may come before
  ['is|are|s|was no longer', 'both'],
  // "hardly ever start on top"
  ['hardly|rarely|seldom|barely ever', 'pre'],
  ['hardly|rarely|seldom', 'pre'],
  ['too old|slow|weak|light|small|skinny|little for|to', 'pre'],
  ...DISMISSALS,
  // the role is what is refused, however far its verb: "dont like being the one who has to pass"
  ["don't|dont|never like|want|enjoy being the one", 'pre'],
  ["don't|dont|never like|want|enjoy to be the one", 'pre'],
  ['hate|hates|dislike|dislikes|avoid|avoids being the one', 'pre'],
  ['instead of', 'pre'],
  // what is not wanted on its own: "don't wanna just sweat, I wanna understand the techniques"
  ["don't|dont wanna|want just|only", 'pre'],
  ["don't|dont want to just|only", 'pre'],
  // Being bad at something is not preferring it: "bottom, I suck at takedowns".
  ['suck|bad|terrible|awful|horrible|weak|worse|worst|trash|garbage at', 'pre'],
  // "i suck off my back", "i suck on top": sucking anywhere is no preference for it
  ['suck|sucked', 'pre'],
  // "my passing sucks"
  ['sucks', 'both'],
  ['struggle|struggling|struggles with', 'pre'],
  ['never|not been good at', 'pre'],
  ['never|not been any good at', 'pre'],
  ['rather than', 'pre'],
  // "im allergic to passing", "done with comps", "i stay off the bottom"
  ['allergic to', 'pre'],
  ['done with', 'pre'],
  ['over it with', 'pre'],
  // Portuguese: "odeio passar guarda", "não gosto de competir", "evito ficar por baixo"
  ['odeio|detesto|evito', 'pre'],
  // Spanish and Portuguese: "odio estar abajo", "evitar la guardia", "trato de evitar pasar"
  ['odio|evitar|evitando|aborrezco', 'pre'],
  // fleeing it: "fujo de ficar embaixo", "huyo de la guardia", "i run away from bottom"
  ['fujo|foge|fugir|fugindo|huyo|huye|huir|huyendo de', 'pre'],
  ['run|runs|running|ran away from', 'pre'],
  ['nao|não gosto de', 'pre'],
  // "não quero competir", "não compito mais"; "não sei" only doesn't know
  ['nao|não', 'pre'],
  ['nao|não sei', 'idiom'],
  // Portuguese "no", "na" (in the) before the art or the mat the user then speaks of: "mas no jiu sou
  // branca", "na academia eu jogo por cima"
  ['no|na jiu|jj|bjj|jiujitsu|judo|tatame|treino|academia|competicao sou|eu|estou|to|ainda|ja|jogo|e|tenho', 'idiom'],
  ['no|na jiu jitsu sou|eu|estou|to|ainda|ja|jogo|e|tenho', 'idiom'],
  // Portuguese "no momento" (at the moment) denies nothing
  ['no momento', 'idiom'],
  // "nunca puxo guarda", "nunca compito"; "nunca falto" keeps a habit
  ['nunca|jamas', 'pre'],
  ['nunca falto|perco|pierdo', 'idiom'],
  ['nao|não curto', 'pre'],
  // Spanish: "nada de campeonatos", "sin competir", "no me interesa"
  ['nada de', 'pre'],
  // "sin competir"; Portuguese "sem pressão de competição"
  ['sin|sem', 'pre'],
  // …but "sem kimono", "sin gi", "without the gi" name nogi, and Portuguese "no kimono" (in the gi) the gi
  ['sin|sem|without|no|na kimono|quimono|gi|pano', 'idiom'],
  ['without the|a gi|kimono', 'idiom'],
  ['no me gusta|interesa|interesan', 'pre'],
  ['no quiero', 'pre'],
  // Tagalog: "di ako marunong mag pass" (I can't pass), "ayoko ng top" (I don't want top)
  ['hindi|di ako', 'pre'],
  ['ayoko|ayaw', 'pre'],
  // Everything except it: "anything but bottom".
  ['anything|everything|anywhere but|except', 'pre'],

  // Saying what you avoid: "I stay away from guard", "guard has never really clicked for me".
  ['refuse to', 'pre'],
  ['stay|stayed|keep away from', 'pre'],
  // "since my knee surgery i stay out of guard"
  ['stay|stays|stayed|staying|keep|keeps out of', 'pre'],
  ['steer|steering|stay|staying clear of', 'pre'],
  ['never willingly', 'pre'],
  ['never really|ever clicked|clicks', 'both'],
  ['never clicked|clicks', 'both'],
  ['has|have never really|ever clicked', 'both'],
  ['wrecks|wreck|kills|kill|destroys|ruins my', 'both'],
  ['is|was the worst', 'both'],
  ['is my least favorite|favourite', 'both'],
  ['my least favorite|favourite', 'both'],
  ['gives|give me anxiety', 'both'],
  ['makes|make me gas', 'both'],
  ['gasses|gases me out', 'both'],
  ['is|s for cowards', 'both'],
  ['is too much work', 'both'],
  ['too much work', 'both'],
  ['not sure|certain', 'idiom'],
  ['no idea', 'idiom'],
  // "still no stripes on my white": the stripes are missing, not the belt
  ['no stripes|stripe', 'idiom'],
  ['not just|only', 'idiom'],
  // "a bit of everything but honestly it's my workout": a "but" that turns, not "everything except"
  ['bit|little|mix|mixture of everything|anything but', 'idiom'],
  ['no doubt|matter|problem|joke|lie|cap', 'idiom'],
  ["don't|dont|didn't|didnt know|mind", 'idiom'],
  ['do not know|mind', 'idiom'],
  ['not bad', 'idiom'],
  // what the user never wants to feel again is what they train for: "i dont want to ever feel helpless again"
  ["don't|dont want to ever|never feel", 'idiom'],
  ["don't|dont want to feel", 'idiom'],
  ['never want to feel', 'idiom'],
  // "i never miss saturday open mat" is a habit kept, not one refused
  ['never miss|misses|skip|skips', 'idiom'],
  ["dont|don't miss", 'idiom'],
  ['never mind', 'idiom'],
  // "if not" is otherwise, or "or even": "top if I win the takedown, if not I'm happy playing half guard"
  ['if not', 'idiom'],
  ["can't|cant wait", 'idiom'],
  ['not gonna lie', 'idiom'],
  ['not to mention', 'idiom'],
  ['no more than', 'idiom'],
  // a ceiling kept, nothing refused: "never more than twice", "não passo de 3x", "no más de dos veces"
  ['never|not more than', 'idiom'],
  ['no|nao|nunca paso|passo|pasa|passa de', 'idiom'],
  ['no|nao|nunca mas|mais de|que', 'idiom'],
  ...WORLD_NEGATIONS,
];

/** Negation reaches the next mention only across these few words; these words end its reach. */
export const NEGATION_WINDOW = 5;
export const NEGATION_STOPS: ReadonlySet<string> = new Set([
  'and',
  'so',
  'because',
  'cause',
  'cuz',
  'coz',
  'since',
  'then',
  'just',
  'only',
  'now',
  'plus',
  '+',
  '&',
  'instead',
  'mostly',
  'mainly',
  'more',
]);

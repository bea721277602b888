// Danish and Norwegian (with the Swedish spellings that differ) for main_position and training_goals:
// "jeg kan bedst lide at være ovenpå" (I like being on top best), "for at blive bedre teknisk" (to get
// better technically). "å" folds to "a" ("ovenpå" arrives as "ovenpa"); "aa" is its old spelling.
// Words that are English too ("over", "under", "form", "bedre" alone) are left out. Data only;
// world-words.ts spreads it in.

import type { PhraseTable } from './lexicon';
import type { TongueWords } from './tongue-words';
import type { BeltLevel } from './types';

// "jeg har lilla bælte" (æ folds to "ae", ä to "a"): belt colours in Danish, Norwegian and Swedish.
// Colours that are English words or fillers too ("sort", "bla", "vit") only count beside the belt noun.
const BELT_NOUN = 'baelte|baeltet|belte|beltet|balte|baltet';
const COLOURS: PhraseTable<BeltLevel> = [
  ['hvid|hvidt|hvide|hvit|hvitt|hvite|vitt', 'white'],
  ['lilla', 'purple'],
  ['brunt|brune', 'brown'],
  ['svart|svarta|svarte', 'black'],
  [`vit|vita ${BELT_NOUN}`, 'white'],
  [`bla|blaa|blatt|blaat|blae|blaae ${BELT_NOUN}`, 'blue'],
  [`brun ${BELT_NOUN}`, 'brown'],
  [`sort|sorte|sorta ${BELT_NOUN}`, 'black'],
];

export const SCANDINAVIAN: TongueWords = {
  colours: COLOURS,
  positions: [
    ['ovenpa|ovenpaa|ovanpa|overst|ovenfra|ovanifran', 'top'],
    ['pa|paa toppen', 'top'],
    ['nedenunder|underst|nedefra|underifran', 'guard'],
    ['i|pa|paa bunden|botten|bunnen', 'guard'],
  ],
  // "bedst" (best), "foretrækker" (prefer): the position it goes with is the main one
  positionEmphasis: [['bedst|bedste|helst|foretraekker|foretrekker|foredrar', 'primary']],
  goals: [
    ['konkurrere|konkurrer|konkurrencer|konkurrence|konkurranse|konkurranser|staevner|tavla|tavlingar', 'competition'],
    ['blive|bli|bliva bedre', 'skill_development'],
    ['teknisk|teknik|teknikk|teknikken|teknikker', 'skill_development'],
    ['kondition|kondisjon|motion', 'fitness'],
    ['i form', 'fitness'],
    ['tabe|miste vaegt|vekt', 'fitness'],
    ['selvforsvar|sjalvforsvar', 'self_defense'],
    ['for sjov|moro', 'recreational'],
    ['sjov|hygge|morsomt', 'recreational'],
    ['laere|lare|laera', 'learning_verb'],
  ],
};

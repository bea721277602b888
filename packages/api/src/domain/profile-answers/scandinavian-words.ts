// Danish and Norwegian (with the Swedish spellings that differ) for main_position and training_goals:
// "jeg kan bedst lide at være ovenpå" (I like being on top best), "for at blive bedre teknisk" (to get
// better technically). "å" folds to "a" ("ovenpå" arrives as "ovenpa"); "aa" is its old spelling.
// Words that are English too ("over", "under", "form", "bedre" alone) are left out. Data only;
// world-words.ts spreads it in.

import type { TongueWords } from './tongue-words';

export const SCANDINAVIAN: TongueWords = {
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

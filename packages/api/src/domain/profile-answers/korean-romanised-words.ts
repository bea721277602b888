// Korean typed in Latin letters (Revised Romanisation and its phone spellings), beside the Hangul of
// korean-words.ts (which already holds the romanised belts): "ilju-ile ne beon" (four times a week),
// "ju sam hoe", "maeil", "hosinyong". The numbers before a counter are everyday words elsewhere ("se",
// "ne", "du", "han"), so they count only before "beon" or "hoe". Data only; world-words.ts spreads it in.

import { EVERY_DAY } from './frequency-rates';
import type { TongueWords } from './tongue-words';

export const KOREAN_ROMANISED: TongueWords = {
  numbers: [
    ['daseot', 5],
    ['daseos', 5],
    ['yeoseot', 6],
    ['yeoseos', 6],
    ['ilgop', 7],
  ],
  // native "han du se ne" before "beon"; Sino "il i sam sa o yuk chil" before "hoe"
  countedNumbers: [
    ['han', 1],
    ['du', 2],
    ['se', 3],
    ['ne', 4],
    ['il', 1],
    ['sam', 3],
    ['sa', 4],
    ['o', 5],
    ['yuk', 6],
    ['chil', 7],
    ['yeol', 10],
  ],
  timesWords: ['beon', 'hoe', 'hwe', 'beonssik', 'hoessik'],
  durations: [
    ['nyeon', 1],
    ['gaewol', 1 / 12],
  ],
  // "ilju-ile" (in a week) typed whole, hyphenated or spaced; "ju 3hoe"
  unitBefore: [
    ['ilju|iljuil|ju ile|ire|e|el|il', 1],
    ['ilju il e|re', 1],
    ['iljuile|iljuire|iljue|juile', 1],
    ['maeju|ju', 1],
  ],
  ratePhrases: [
    ['maeil|maeilmaeil', EVERY_DAY],
    ['gakkeum', 'vague'],
  ],
  weekdays: [
    [[0], ['woryoil', 'wolyoil']],
    [[1], ['hwayoil']],
    [[2], ['suyoil']],
    [[3], ['mogyoil', 'mokyoil']],
    [[4], ['geumyoil', 'kumyoil']],
    [[5], ['toyoil']],
    [[6], ['iryoil', 'ilyoil']],
    [[5, 6], ['jumal']],
  ],
  // "gadeu" (guard), "araetjok" (underneath), "witjok" (on top)
  positions: [
    ['gadeu|gadeuplayer|araetjok|araeseo|mitjjok|mitjok', 'guard'],
    ['witjok|wijjok|wieseo|paeseu|paesing', 'top'],
    ['dul da|dulda|banban', 'balanced'],
  ],
  positionEmphasis: [['juro|daebubun|botong', 'summary']],
  goals: [
    ['sihap|sihab|daehoe|daehwe|chuljeon|medal', 'competition'],
    ['dieoteu|daieoteu|geongang|cheryeok|gamryang', 'fitness'],
    ['hosin|hoshin|hosinyong|hosinsul|hoshinyong', 'self_defense'],
    ['chwimi|jaemi|jaemiro|jaemiisseoseo|jeulgi', 'recreational'],
    ['gisul|silryeok|sillyeok|tekeunik', 'skill_development'],
  ],
  goalEmphasis: [['juro|jeil|geunyang', 'primary']],
  // after what they negate, as in Hangul: "sihap-eun an nagayo", "mit-eun sireoyo"
  negations: [['silheo|sireo|sireoyo|silheoyo|sirheoyo|byeollo', 'post']],
  now: ['jigeum', 'yojeum', 'ije'],
  past: ['yejeon', 'yejeone', 'jeoneneun', 'wonrae'],
  but: ['hajiman', 'geunde', 'geundae', 'geureonde'],
  i: ['jeoneun', 'naneun', 'jega', 'naega'],
  relatives: ['namchin', 'yeochin', 'nampyeon', 'anae', 'waipeu', 'hyeong', 'oppa', 'eonni', 'nuna', 'dongsaeng'],
  others: ['gwanjangnim', 'kochi', 'kochinim', 'sabeomnim', 'chingu', 'seonbae'],
};

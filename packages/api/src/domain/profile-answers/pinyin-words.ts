// Mandarin typed in pinyin without tone marks, for every field: "lan dai" (blue belt), "yi zhou san ci"
// (three times a week), "xia wei" (bottom), "wei le bisai" (to compete). Pinyin syllables are everyday
// words elsewhere ("si", "san", "er", "wu"), so numbers count only before "ci" (times) or "tian" (days),
// or after the week said first; colours are belts only beside "dai". Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

const BELT = 'dai|daizi|se';

export const PINYIN: TongueWords = {
  // yi er/liang san si wu liu qi ("ba", eight, is Vietnamese three)
  countedNumbers: [
    ['yi', 1],
    ['er', 2],
    ['liang', 2],
    ['san', 3],
    ['si', 4],
    ['wu', 5],
    ['liu', 6],
    ['qi', 7],
  ],
  timesWords: ['ci', 'tian', 'tang', 'jie'],
  durations: [
    ['nian', 1],
    ['ge yue', 1 / 12],
  ],
  // "san ci yi zhou", "mei zhou", "yi ge xingqi"; "yi ge yue" (a month)
  perUnit: [
    ['yi|mei zhou', 1],
    ['yizhou|meizhou', 1],
    ['yi|mei ge xingqi|libai', 1],
    ['yi|mei ge yue', PER_MONTH],
  ],
  unitBefore: [
    ['yi|mei zhou', 1],
    ['yizhou|meizhou', 1],
    ['yi|mei ge xingqi|libai', 1],
    ['yi|mei ge yue', PER_MONTH],
    ['meiyue', PER_MONTH],
  ],
  ratePhrases: [
    ['mei tian', EVERY_DAY],
    ['meitian|tiantian', EVERY_DAY],
    ['you shi|shihou', 'vague'],
    ['youshi', 'vague'],
  ],
  weekdays: [
    [[0], ['zhouyi', 'xingqiyi', 'libaiyi']],
    [[1], ['zhouer', 'xingqier', 'libaier']],
    [[2], ['zhousan', 'xingqisan', 'libaisan']],
    [[3], ['zhousi', 'xingqisi', 'libaisi']],
    [[4], ['zhouwu', 'xingqiwu', 'libaiwu']],
    [[5], ['zhouliu', 'xingqiliu', 'libailiu']],
    [[6], ['zhouri', 'zhoutian', 'xingqiri', 'xingqitian', 'libaitian']],
    [[5, 6], ['zhoumo']],
  ],
  weekdayJoiners: ['he', 'gen'],
  // "bai dai", "lan se dai", "landai": white blue purple brown black
  colours: [
    [`bai ${BELT}`, 'white'],
    ['baidai', 'white'],
    [`lan ${BELT}`, 'blue'],
    ['landai', 'blue'],
    [`zi ${BELT}`, 'purple'],
    ['zidai', 'purple'],
    [`zong|he|kafei ${BELT}`, 'brown'],
    ['zongdai|hedai', 'brown'],
    [`hei ${BELT}`, 'black'],
    ['heidai', 'black'],
  ],
  levels: [
    ['xinshou|cainiao|chuxuezhe|xinren', 'novice'],
    ['gang|ganggang kaishi|xue', 'novice'],
    ['kaishi', 'started'],
  ],
  beltTimes: [
    ['xianzai|muqian|yijing|haishi', 'now'],
    ['yiqian|zhiqian|guoqu', 'past'],
    ['kuai|mashang|jiangyao', 'next'],
    ['xiang|xiwang', 'hope'],
  ],
  // "shang wei" (top), "xia wei" (bottom), "fangshou" (guard), "dou xing" (either works)
  positions: [
    ['shang wei|mian', 'top'],
    ['shangwei|shangmian|guowei', 'top'],
    ['guo wei', 'top'],
    ['xia wei|mian', 'guard'],
    ['xiawei|xiamian|fangshou', 'guard'],
    ['dou xing|keyi|hao', 'balanced'],
    ['douxing|doukeyi|pingheng', 'balanced'],
  ],
  positionEmphasis: [
    ['zhuyao|zongshi|yizhi|geng', 'primary'],
    ['you shi|shihou', 'secondary'],
  ],
  goals: [
    ['bisai|jingji|jinbiao|guanjun|jiangpai', 'competition'],
    ['bi sai', 'competition'],
    ['jianshen|jianfei|shouzhi|duanlian|jiankang', 'fitness'],
    ['baochi shencai', 'fitness'],
    ['fangshen|ziwei|fangwei', 'self_defense'],
    ['zi wei', 'self_defense'],
    ['hao wan', 'recreational'],
    ['haowan|yule|aihao|xingqu|fangsong|kaixin', 'recreational'],
    ['jishu|tigao|jinbu|shuiping', 'skill_development'],
    ['xuexi|xue', 'learning_verb'],
  ],
  goalEmphasis: [
    ['zhuyao|zui', 'primary'],
    ['keneng|yexu', 'hedge'],
  ],
  // "bu xihuan" (don't like), "bu xiang" (don't want), "mei you" (haven't)
  negations: [
    ['bu xihuan|xiang|yao|canjia|da|ai', 'pre'],
    ['buxihuan|buxiang|buyao|meiyou|bucanjia', 'pre'],
    ['mei you|canjia', 'pre'],
    ['bu zhidao', 'idiom'],
    ['buzhidao', 'idiom'],
  ],
  now: ['xianzai', 'muqian'],
  past: ['yiqian', 'zhiqian', 'guoqu'],
  but: ['danshi', 'buguo', 'keshi'],
  i: ['wo'],
  relatives: [
    ...['laopo', 'laogong', 'nanpengyou', 'nvpengyou', 'nupengyou', 'didi', 'gege', 'jiejie', 'meimei'],
    ...['baba', 'mama', 'erzi', 'nuer'],
  ],
  others: ['jiaolian', 'pengyou', 'shifu', 'laoshi', 'tongxue'],
};

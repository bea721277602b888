// Vietnamese vocabulary for every field, as the tokens see it: the tone marks come off and "đ" is
// typed "d" (text.ts), so "đai trắng" is "dai trang", "thi đấu" "thi dau". Without their marks many
// words are everyday ones ("ba", "nam", "sau", "tim", "den"), so numbers count only before what they
// count and colours only after "đai" (belt). Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

export const VIETNAMESE: TongueWords = {
  // "ba buổi", "bốn lần": một hai ba bốn năm sáu bảy tám
  countedNumbers: [
    ['mot', 1],
    ['hai', 2],
    ['ba', 3],
    ['bon', 4],
    ['nam', 5],
    ['sau', 6],
    ['bay', 7],
    ['tam', 8],
  ],
  // "buổi" (sessions), "lần" (times)
  timesWords: ['buoi', 'lan'],
  // "tập 2 năm", "6 tháng", "2 tiếng": time on the mats, hours
  durations: [
    ['nam', 1],
    ['thang', 1 / 12],
    ['tieng', 0],
    ['gio', 0],
  ],
  // "3 buổi một tuần", "3 lần mỗi tuần", "3 buổi/tuần"
  perUnit: [
    ['mot|moi tuan', 1],
    ['/ tuan', 1],
    ['mot|moi thang', PER_MONTH],
    ['mot ngay', 7],
  ],
  // "một tuần 3 buổi", "tuần 3 buổi": the period first
  unitBefore: [
    ['mot|moi|1 tuan', 1],
    ['tuan', 1],
    ['mot|moi thang', PER_MONTH],
  ],
  ratePhrases: [
    ['hang|moi ngay', EVERY_DAY],
    ['ngay nao cung', EVERY_DAY],
    ['gan nhu hang|moi ngay', 6],
    ['thinh thoang', 'vague'],
    ['doi khi', 'vague'],
  ],
  colours: [
    ['dai trang', 'white'],
    ['dai xanh', 'blue'],
    ['dai tim', 'purple'],
    ['dai nau', 'brown'],
    ['dai den', 'black'],
  ],
  levels: [
    ['moi tap', 'novice'],
    ['moi bat dau', 'novice'],
    ['nguoi moi', 'novice'],
    ['bat dau', 'started'],
    ['co kinh nghiem', 'experienced'],
  ],
  beltTimes: [
    ['bay gio', 'now'],
    ['hien tai|gio', 'now'],
    ['truoc day|kia', 'past'],
    ['sap', 'next'],
    ['muon|mong', 'hope'],
  ],
  // "ở trên" (on top), "nằm dưới" (lying under)
  positions: [
    ['tren', 'top'],
    ['duoi', 'guard'],
    ['ca hai', 'balanced'],
    ['nhu nhau', 'balanced'],
    ['sao cung duoc', 'balanced'],
  ],
  positionEmphasis: [
    ['thich|luon', 'primary'],
    ['thuong', 'summary'],
    ['chu yeu', 'summary'],
    ['doi khi', 'secondary'],
    ['thinh thoang', 'secondary'],
  ],
  goals: [
    ['thi|giai dau', 'competition'],
    ['huy chuong', 'competition'],
    ['cho vui', 'recreational'],
    ['giai tri', 'recreational'],
    ['so thich', 'recreational'],
    ['thu gian', 'recreational'],
    ['tu ve', 'self_defense'],
    ['phong than', 'self_defense'],
    ['giam can', 'fitness'],
    ['suc khoe', 'fitness'],
    ['giu dang', 'fitness'],
    ['the luc', 'fitness'],
    ['ky thuat', 'skill_development'],
    ['tien bo', 'skill_development'],
    ['nang cao', 'skill_development'],
  ],
  goalEmphasis: [
    ['chu yeu', 'primary'],
    ['co the|le', 'hedge'],
  ],
  // "chưa thi đấu" (not competed yet) and "không thích" (don't like) deny what follows
  negations: [
    ['khong|chua', 'pre'],
    ['khong biet', 'idiom'],
  ],
  but: ['nhung'],
};

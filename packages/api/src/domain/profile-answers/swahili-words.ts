// Swahili words for a refusal and for then and now, as one more tongue (world-words.ts joins it in):
// "sitaki mashindano, nataka afya tu" (I don't want competitions, I want health), "zamani mara tano,
// sasa mara mbili" (formerly five times, now twice). Its counts and goals are in
// swahili-afrikaans-words.ts. Data only.

import type { TongueWords } from './tongue-words';

export const SWAHILI: TongueWords = {
  // "sitaki" (I don't want), "sipendi" (I don't like), "siwezi" (I can't), "hapana" (no)
  negations: [['sitaki|sipendi|siwezi|sipendelei|hapana', 'pre']],
  now: ['sasa'],
  past: ['zamani', 'awali', 'kabla'],
};

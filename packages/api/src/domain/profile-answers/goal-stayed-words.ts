// training_goals: "came for X, stayed for Y", "came for self defense, stayed because I want to master
// the art", "vine por defensa personal, me quedé por la técnica", "vim pela forma física, fiquei pela
// galera": what brought the user is where they began; what kept them is the reason now, as after
// "started for X, now Y" (goals.ts). Data only.

/** What brought the user in, beside "started", "joined": "came", "vine", "vim", "commencé", "iniziato". */
export const CAME: readonly string[] = [
  ...['came', 'come', 'showed', 'walked', 'vine', 'vim', 'llegue', 'cheguei'],
  // began, in French, Italian, German, Dutch, Polish: "commencé pour perdre du poids, maintenant…"
  ...['commence', 'debute', 'iniziato', 'iniziata', 'cominciato', 'cominciata', 'angefangen', 'begonnen'],
  ...['zaczalem', 'zaczelam'],
];

/** What kept them, read as "now": "stayed", "stuck around", "kept coming", "me quedé", "fiquei". */
export const STAYED: readonly string[] = [
  ...['stayed', 'stay', 'staying', 'stuck', 'stick', 'kept', 'keep', 'remained', 'remain'],
  ...['quede', 'quedo', 'fiquei', 'fico', 'continuei', 'segui', 'sigo', 'resto', 'rimasto', 'rimasta'],
];

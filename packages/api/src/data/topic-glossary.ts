// The names academies use in Portuguese and Japanese for techniques, positions and attire, as data
// beside the English alias table (topic-aliases.ts, same conventions: base forms, accents and
// hyphens folded by the extractor, the longest phrase wins). Only names BJJ players actually say:
// Portuguese from Brazilian academies ("raspagem", "cem quilos", "sem kimono"), Japanese from judo
// (the throws, the hold-downs and the chokes their names come from).
import type { BaseTopic } from './topic-aliases';

export const GLOSSARY_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  // ── Portuguese ──────────────────────────────────────────────────────────────────────────
  triangle: ['triangulo de perna', 'triangulo pela frente'],
  arm_triangle: ['triangulo de braco', 'triangulo de mao', 'katagatame', 'kata gatame'],
  armbar: ['chave de braco reta', 'chave de braco esticado', 'arm lock', 'armlock', 'chave de cotovelo'],
  kimura: ['chave kimura', 'gyaku ude garami'],
  // "ude garami" alone is the bent-arm lock in either direction (data/topic-aliases.ts: both)
  americana: ['chave americana'],
  guillotine: ['guilhotina', 'gravata', 'gravata de frente', 'estrangulamento guilhotina'],
  rear_naked_choke: ['mata leao', 'mataleao', 'mata lion'],
  bow_and_arrow: ['arco e flecha', 'estrangulamento arco e flecha'],
  cross_collar_choke: [
    'estrangulamento cruzado',
    'gola cruzada',
    'estrangulamento de gola cruzada',
    'estrangulamento pela gola',
  ],
  north_south_choke: ['gravata norte sul', 'estrangulamento norte sul'],
  heel_hook: ['chave de calcanhar', 'chave de calcanhar invertida'],
  // judo and sambo name the kneebar as the knee's cross lock
  kneebar: ['chave de joelho', 'hiza juji gatame', 'hiza juji'],
  // "a botinha": the academy's nickname for the straight foot lock
  straight_ankle_lock: ['chave de pe', 'chave de pe reta', 'chave de tornozelo', 'botinha', 'botinhas'],
  toe_hold: ['chave de dedao', 'chave de dedo do pe'],
  wristlock: ['chave de punho', 'chave de pulso', 'mao de vaca'],
  guard_passing: [
    'passagem',
    'passagens',
    'passagem de guarda',
    // the pressure pass: "me ensina a passar com pressao"
    'passar com pressao',
    'passagem de pressao',
    'passagem com pressao',
    'passe de pressao',
    'passagens de guarda',
    'passar a guarda',
    'passar guarda',
    // "como passar essas guardas?", "passar as guardas abertas"
    ...['essas', 'estas', 'as', 'aquelas'].flatMap((which) => [`passar ${which} guardas`, `passo ${which} guardas`]),
    'passando a guarda',
    'passo a guarda',
    'passei a guarda',
    'passou a guarda',
    // the guard named by its kind after the verb: "como passo a meia", "eu tentava passar"
    'passo a',
    'passo o',
    'tentava passar',
    'tento passar',
    'consigo passar',
  ],
  guard_retention: [
    // "o cara sempre amassa e passa, quero manter a guarda"
    ...['manter a guarda', 'manter minha guarda', 'manter a minha guarda'],
    'retencao de guarda',
    'retencao da guarda',
    'reposicao de guarda',
    'reposicao',
    'repor a guarda',
    'repor guarda',
    'recuperar a guarda',
    // "minha guarda é passada o tempo todo", "como nao deixar passar"
    'minha guarda e passada',
    // "os faixa azul ficam passando minha guarda", "ele passava minha guarda"
    ...['passam', 'passa', 'passando', 'passou', 'passava', 'passavam', 'passaram'].flatMap((pass) => [
      `${pass} minha guarda`,
      `${pass} a minha guarda`,
      // the guard by its name: "a galera passa minha de la riva toda hora"
      `${pass} minha`,
    ]),
    'nao deixar passar',
    'nao deixar passar a guarda',
    // "quero vídeo pra não deixar ele passar", "não deixar o cara passar"
    ...['ele', 'ela', 'o cara', 'eles', 'a galera', 'ninguem'].map((who) => `nao deixar ${who} passar`),
    'pra nao ser passado',
    'sem ser passado',
    'passou minha guarda',
    'passaram minha guarda',
    'recomposicao de guarda',
    'recompor a guarda',
    'repondo a guarda',
    // "tipo retenção mesmo"
    'retencao',
  ],
  // the scissor and the balloon sweeps by their academy names: "tesoura e balão da guarda fechada"
  sweep: ['rasp', 'raspagem', 'raspagens', 'raspar', 'raspada', 'raspei', 'raspou', 'raspando', 'tesoura', 'balao'],
  takedown: [
    'queda',
    'quedas',
    // one name: "nada de queda de wrestling"
    'queda de wrestling',
    'quedas de wrestling',
    'queda de luta olimpica',
    'baiana',
    'double leg baiana',
    'derrubada',
    'derrubar',
    'derrubei',
    'derrubou',
    'derrubando',
    'luta olimpica',
  ],
  throw: ['projecao', 'projecoes', 'arremesso'],
  // "pegar as costas", "me pegam nas costas", "pega minhas costas toda vez"
  back_take: [
    ...['pegar', 'pega', 'pegam', 'pegou', 'pego', 'pegando', 'tomar', 'toma', 'tomo', 'tomou'].flatMap((verb) =>
      ['as costas', 'nas costas', 'costas'].map((back) => `${verb} ${back}`),
    ),
    // the user's own back taken (data/receiving-end.ts makes it a defence)
    '(pega|pegam|pegou|pegar|toma|tomam|tomou) minhas costas',
    'peguei as costas',
    'tomei as costas',
    'tomada de costas',
    'tomada das costas',
    'chegar nas costas',
    'ir pras costas',
    'ir para as costas',
    // "dlr pra costas": a way to the back
    'pra costas',
    'pras costas',
    'para as costas',
  ],
  // "tri da fechada"
  // chat spells "ch" as "x": "guarda fexada"
  closed_guard: [
    'guarda fechada',
    'guarda fexada',
    'fechar a guarda',
    'fechei a guarda',
    '(da|na|de|pra) fechada',
    '(da|na|de|pra) fexada',
  ],
  open_guard: ['guarda aberta', 'guarda sentada'],
  half_guard: ['meia guarda', 'meia'],
  deep_half_guard: ['meia guarda profunda', 'meia profunda'],
  // the butterfly's hooks: "raspagem de gancho", "guarda de gancho"
  butterfly_guard: ['guarda borboleta', 'borboleta', 'de gancho', 'guarda de gancho'],
  x_guard: ['guarda x'],
  spider_guard: ['guarda aranha', 'aranha'],
  lasso_guard: ['guarda laco', 'laco', 'guarda lacada', 'lacada'],
  de_la_riva: ['guarda de la riva'],
  reverse_de_la_riva: ['guarda de la riva invertida', 'de la riva invertida'],
  // "quando eu monto": the user's own mount
  mount: ['montada', 'montado', 'pegada montada', '(me) montam', '(me) montou', '(eu) monto', '(eu) montei'],
  // "americana do 100kg": side control by its weight, after a preposition
  side_control: ['cem quilos', '100 quilos', 'controle lateral', '(do|no|pro|de|da) 100kg', 'cem kilos'],
  knee_on_belly: ['joelho na barriga', 'joelho no estomago', 'joelho no peito'],
  north_south: ['norte sul'],
  // the body triangle is a way of holding the back
  back_control: ['costas', 'nas costas', 'pegada de costas', 'pegada nas costas', 'triangulo de corpo'],
  turtle: ['tartaruga', 'quatro apoios', '4 apoios', 'de quatro', 'de 4'],
  standing: ['em pe', 'luta em pe'],
  // Portuguese "no kimono" is "in the gi" (English speakers say no-gi)
  gi: [
    'kimono',
    'quimono',
    'com kimono',
    'de kimono',
    'com quimono',
    'de quimono',
    'com gi',
    'no kimono',
    'no quimono',
  ],
  // "sem pano": without the cloth
  'no-gi': ['sem kimono', 'sem quimono', 'sem gi', 'sem pano'],
};

/** Japanese names, kept apart so the Portuguese list above reads as one language. */
export const JAPANESE_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  // from behind: "okuri eri jime from ushiro"
  back_control: ['(from|da|de) ushiro'],
  armbar: [
    'ude hishigi',
    'ude gatame',
    'waki gatame',
    'hiza gatame',
    'juji gatame',
    'ude hishigi juji gatame',
    'hara gatame',
    'ashi gatame',
    'te gatame',
  ],
  triangle: ['sankaku jime', 'sankaku gatame'],
  rear_naked_choke: ['hadaka jime'],
  ezekiel: ['sode guruma jime', 'sode guruma'],
  // the heel's lock: "kakato gatame??"
  heel_hook: ['kakato gatame', 'kakato garami'],
  cross_collar_choke: ['gyaku juji jime', 'nami juji jime', 'kata juji jime', 'juji jime'],
  // the holds are often said without "gatame": "kata gatame from yoko shiho"
  side_control: [
    'kesa gatame',
    'kuzure kesa gatame',
    'ushiro kesa gatame',
    'yoko shiho gatame',
    'yoko shiho',
    'mune gatame',
  ],
  mount: ['tate shiho gatame', 'tate shiho'],
  north_south: ['kami shiho gatame', 'kuzure kami shiho gatame', 'kami shiho'],
  takedown: ['morote gari', 'kuchiki taoshi', 'kibisu gaeshi', 'te guruma'],
  throw: [
    'nage waza',
    'kata guruma',
    'hane goshi',
    'tsurikomi goshi',
    'sode tsurikomi goshi',
    'kosoto gake',
    'ura nage',
    'sumi otoshi',
    'tani otoshi',
    'yoko tomoe nage',
    'sukui nage',
    'morote seoi nage',
    'okuri ashi barai',
    'hiza guruma',
    'ko soto gari',
    'ippon seoi',
    'seoi',
    'seoi otoshi',
    'kouchi',
    'ko uchi',
    'ko soto gake',
    'sasae',
    'tsuri goshi',
    'utsuri goshi',
    'ushiro goshi',
    'o guruma',
    'ashi guruma',
    'harai tsurikomi ashi',
    'o soto guruma',
    'o soto otoshi',
    'yoko otoshi',
    'uki otoshi',
    'soto makikomi',
    'harai makikomi',
    'kani basami',
    'obi otoshi',
    'yoko guruma',
    'yoko gake',
    'uki waza',
    'hikikomi gaeshi',
    'de ashi harai',
    'okuri ashi harai',
    'koshi waza',
    'sutemi waza',
  ],
  knee_on_belly: ['uki gatame'],
  // the training jacket by its judo and karate names
  gi: ['keikogi', 'judogi', 'dogi', 'jiu jitsu gi'],
};

/** Spanish names, from Spanish-speaking academies, kept apart as the Japanese are. */
export const SPANISH_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  armbar: [
    'llave de brazo',
    'llaves de brazo',
    'palanca de brazo',
    'llave de codo',
    'barra de brazo',
    'palanca de codo',
    'luxacion de codo',
  ],
  triangle: [
    'triangulo',
    'triangulos',
    'estrangulacion triangulo',
    'triangulo de piernas',
    'triangulan',
    'triangularon',
  ],
  arm_triangle: ['triangulo de brazo', 'triangulo de brazos'],
  americana: ['llave americana'],
  // "me guillotinan cada vez que entro": the verb, done to the user (data/receiving-end.ts)
  guillotine: ['guillotina', 'guillotinas', 'guillotinan', 'guillotinaron', 'guillotino'],
  rear_naked_choke: ['mataleon', 'mata leon', 'estrangulacion por la espalda', 'estrangulamiento por la espalda'],
  heel_hook: ['llave de talon', 'gancho de talon', 'gancho al talon'],
  kneebar: ['llave de rodilla', 'barra de rodilla', 'palanca de rodilla'],
  straight_ankle_lock: ['llave de tobillo', 'llave de pie', 'llave recta de tobillo', 'palanca de tobillo'],
  wristlock: ['llave de muneca', 'palanca de muneca'],
  guard_passing: [
    // "mandame pasajes contra guardia araña"
    'pasajes',
    'pase de guardia',
    'pases de guardia',
    'pasar la guardia',
    'pasaje de guardia',
    'pasar guardia',
    'pase la guardia',
    // "solo quiero pasar la de la riva", "cómo paso la media guardia", "cuando estoy pasando": the verb
    // alone needs BJJ company (data/everyday-senses.ts)
    'pasar',
    'pasando',
    'paso',
  ],
  guard_retention: [
    // "tío me pasan la guardia con una facilidad que da pena"
    'me pasan la guardia',
    'me pasaron la guardia',
    'me pasa la guardia',
    // "mi guardia es horrible, todos me la pasan"
    'me la pasan',
    'me la pasaron',
    // "los chavos de mi clase me pasan la de la riva"
    'me pasan',
    'me pasaron',
    'retener la guardia',
    // "como retengo la guardia contra el toreando"
    ...['retengo', 'retienes', 'retiene', 'mantengo', 'mantener'].map((keep) => `${keep} la guardia`),
    'retener guardia',
    'retencion de guardia',
    'recuperar la guardia',
    'reponer la guardia',
    'recuperacion de guardia',
    'reposicion de guardia',
  ],
  // "me barren desde mariposa": they sweep the user
  // "single x pa barrer a los grandotes"
  sweep: [
    'barrida',
    'barridas',
    'barrido',
    'barridos',
    'raspado',
    'raspados',
    '(me) barren',
    '(me) barrieron',
    '(pa|para|pra) barrer',
  ],
  takedown: [
    'derribo',
    'derribos',
    'derribe',
    'derribar',
    'derribe de dos piernas',
    'doble pierna',
    'lucha olimpica',
    // "me tumbaron con un doble"
    'tumbar',
    'tumbaron',
    'tumban',
    'tumbo',
    'con un doble',
  ],
  throw: ['proyeccion', 'proyecciones'],
  back_take: [
    'tomar la espalda',
    'tomar espalda',
    'tomar las espaldas',
    'toma de espalda',
    'tome la espalda',
    // "cómo tomo la espalda", "tomas la espalda"
    'tomo la espalda',
    'tomas la espalda',
    'toma la espalda',
    // "de la riva para las espaldas"
    'para las espaldas',
    'a las espaldas',
    // "llegar a la espalda"
    'llegar a la espalda',
    'llegar a las espaldas',
  ],
  // "guarda serrada": the c and s sound alike
  // "tri desde la cerrada"
  // "x choke de cg": by its initials
  closed_guard: [
    ...['guardia cerrada', 'guardia serrada', 'guarda cerrada', 'guarda serrada', '(desde|la|en) cerrada'],
    '(de|desde|en|from|in) cg',
  ],
  open_guard: ['guardia abierta'],
  // "knee slice a la media" (a topic only beside another: data/everyday-senses.ts)
  // (Spanish and Portuguese mixed: "un pase de media guarda")
  half_guard: ['media guardia', 'media guarda', '(la|desde) media'],
  deep_half_guard: ['media guardia profunda'],
  // "la del bate desde el kob": the bat choke
  baseball_choke: ['del bate', 'el bate', 'bate de beisbol', 'estrangulacion del bate'],
  butterfly_guard: ['guardia mariposa', 'guardia de mariposa', 'mariposa'],
  spider_guard: ['guardia arana', 'guardia de arana', 'guarda arana', 'arana'],
  lasso_guard: ['guardia lazo', 'guardia de lazo'],
  // "me montan y no puedo salir": mounted, told by the one underneath
  // "cuando monto yo"
  mount: ['monta', 'montado', '(me) montan', '(me) montaron', '(me) monto', '(cuando|si) monto', 'monto yo'],
  side_control: ['control lateral', 'cien kilos', '100 kilos', '(de|del|desde|en) 100k'],
  knee_on_belly: [
    ...['rodilla en el estomago', 'rodilla en la panza', 'rodilla al pecho', 'rodilla en la barriga'],
    ...['rodilla en el pecho', 'rodilla sobre el pecho', 'rodilla en la tripa', 'rodilla sobre el estomago'],
  ],
  // ("dolor de espalda" is back pain: the back as a place needs its preposition)
  back_control: ['control de espalda', '(en|desde) la espalda', 'control de la espalda'],
  turtle: ['tortuga', 'cuatro apoyos', '4 apoyos', 'en cuatro'],
  standing: ['de pie', 'lucha de pie'],
  'no-gi': ['sin kimono', 'sin gi'],
  bow_and_arrow: ['arco y flecha'],
  cross_collar_choke: ['estrangulacion cruzada', 'estrangulamiento cruzado'],
  north_south: ['norte sur'],
  north_south_choke: ['estrangulacion norte sur', 'estrangulamiento norte sur'],
  // "dlr a x": to X, from X
  x_guard: ['guardia x', '(a|desde|de|en|pra|para) x'],
  reverse_de_la_riva: ['de la riva inversa'],
};

/** Glossary phrases that name several topics ("chaves de perna" are leg locks, as "leg locks" are). */
export const GLOSSARY_COMPOUNDS: readonly {
  phrases: readonly string[];
  topics: readonly BaseTopic[];
  defending?: true;
}[] = [
  // the user on the receiving end: "só quero parar de ser passado", "levo sempre queda"
  {
    phrases: ['ser passado', 'ser passada', 'sendo passado', 'sendo passada'],
    topics: ['guard_passing'],
    defending: true,
  },
  // the hook sweep is the butterfly sweep: "raspagem com gancho"
  {
    phrases: ['raspagem com gancho', 'raspagens com gancho', 'raspar com gancho'],
    topics: ['sweep', 'butterfly_guard'],
  },
  {
    phrases: ['levo queda', 'levo sempre queda', 'tomo queda', 'tomo sempre queda', 'levei queda', 'tomei queda'],
    topics: ['takedown'],
    defending: true,
  },
  // put down, said of the user: "me tumbaron con un doble", "me derrubam sempre"
  {
    phrases: ['me tumbaron', 'me tumban', 'me tumbo', 'me derriban', 'me derribaron', 'me derrubam', 'me derrubaram'],
    topics: ['takedown'],
    defending: true,
  },
  {
    // German and Polish leg locks: "bitte keine beinhebel", "bez dźwigni na nogi" ("nogi" are legs, not no-gi)
    phrases: [
      ...['chave de perna', 'chaves de perna', 'ashi kansetsu', 'beinhebel', 'fusshebel und co'],
      ...['dzwignia na nogi', 'dzwignie na nogi', 'dzwigni na nogi', 'dzwigniach na nogi'],
    ],
    topics: ['heel_hook', 'straight_ankle_lock'],
  },
  // the user's guard passed, in German: "leute passen meine guard total easy"
  {
    phrases: ['passen meine guard', 'passt meine guard', 'passen mich', 'passt mich', 'passen meine', 'passt meine'],
    topics: ['guard_passing'],
    defending: true,
  },
  // the back taken from the user, in German: "die blauen gurte nehmen mir ständig den rücken"
  {
    phrases: [
      'nehmen mir den rucken',
      'nehmen mir standig den rucken',
      'nimmt mir den rucken',
      'nimmt mir immer den rucken',
    ],
    topics: ['back_take'],
    defending: true,
  },
  // … and kept from it: "como não deixar pegar as costas", "sem deixar o cara tomar minhas costas"
  {
    phrases: ['nao deixar', 'sem deixar', 'nao deixa'].flatMap((letting) =>
      ['', ' ele', ' ela', ' o cara', ' eles'].flatMap((who) =>
        ['pegar', 'pegarem', 'tomar', 'tomarem'].flatMap((take) =>
          ['as costas', 'minhas costas', 'costas'].map((back) => `${letting}${who} ${take} ${back}`),
        ),
      ),
    ),
    topics: ['back_take'],
    defending: true,
  },
  { phrases: ['do jime'], topics: ['back_control'] },
  { phrases: ['pasar media guardia', 'pasar la media guardia'], topics: ['guard_passing', 'half_guard'] },
  // passing a guard named by its kind: "como passar guarda aberta"
  {
    phrases: ['passar guarda aberta', 'passar a guarda aberta', 'passagem de guarda aberta'],
    topics: ['guard_passing', 'open_guard'],
  },
  // judo's standing techniques: its throws, on the feet
  { phrases: ['tachi waza', 'tachiwaza'], topics: ['throw', 'standing'] },
  { phrases: ['retencao de guarda aberta', 'retencao da guarda aberta'], topics: ['guard_retention', 'open_guard'] },
  // the guard passed, named: "eles passam minha guarda aberta muito fácil", "passaram minha meia guarda"
  ...(
    [
      ['guarda aberta', 'open_guard'],
      ['guarda fechada', 'closed_guard'],
      ['meia guarda', 'half_guard'],
    ] as const
  ).map(([guard, topic]) => ({
    phrases: ['passam', 'passa', 'passando', 'passou', 'passava', 'passaram'].map((pass) => `${pass} minha ${guard}`),
    topics: ['guard_retention', topic] as const,
  })),
  { phrases: ['triangulo montado'], topics: ['triangle', 'mount'] },
  { phrases: ['chave de braco da montada', 'armlock da montada'], topics: ['armbar', 'mount'] },
];

/** Glossary phrases that look like a topic but name something the taxonomy has no id for. */
export const GLOSSARY_NOT_TOPICS: readonly string[] = [
  // step by step; the hip escape movement
  'passo a passo',
  'fuga de quadril',
  // "tartaruga, como sair sem dar as costas": a way out that keeps the back covered
  'sem dar as costas',
  'sem entregar as costas',
  'sem dar minhas costas',
  'sin dar la espalda',
  'sin entregar la espalda',
  'gravata peruana',
  'gravata japonesa',
  'gravata de braco',
  'estrangulamento relogio',
  'relogio',
  'meia hora',
  'meia noite',
  'meia maratona',
  // a fall off a bike or down the stairs is no takedown
  'queda de bicicleta',
  'queda de bike',
  'queda de moto',
  'queda de skate',
  'queda de cavalo',
  'queda da escada',
  // Polish legs: "obalenie za obie nogi" is a double leg, not no-gi
  'obie nogi',
  'za nogi',
];

/** Portuguese words for the user's own defending ("fuga da montada", "defesa de triângulo"). */
export const GLOSSARY_DEFENDING: readonly string[] = [
  // stuck under: "fico presa no cem quilos"
  'fico presa',
  'fico preso',
  'fiquei presa',
  'fiquei preso',
  // "tô preso na montada", "to presa embaixo"
  ...['to', 'estou', 'sempre'].flatMap((am) => [`${am} preso`, `${am} presa`]),
  // avoiding or countering it: "como evitar o triângulo", "contrarrestar el anaconda", "não tomar"
  ...['evitar o', 'evitar a', 'evitar el', 'evitar la', 'contra atacar', 'contrarrestar', 'contrarrestar el'],
  ...['defensa de', 'defensa contra', 'escaparme de', 'nao tomar', 'parar de tomar'],
  // caught in it: "me finalizam com triângulo", "me atrapan en el triángulo", "dejar de caer en"
  ...['me finalizam com', 'me atrapan en', 'dejar de caer en'],
  // Polish: "jak się broni przed omoplatą"
  'broni przed',
  'bronic przed',
  'obrona przed',
  // French: "comment sortir du monté", "défense contre le triangle", "s'échapper de la tortue"
  'sortir',
  'sortir de',
  'sortir du',
  // "sortie de 100kg quand le mec est lourd"
  'sortie',
  'sortie de',
  'sortie du',
  'sorties de',
  'se sortir',
  // "comment je m'en sors"
  'men sors',
  'men sortir',
  'sechapper',
  'echapper',
  'defendre',
  'defense contre',
  // Polish: "obrona przed gilotyną", "ucieczka z dosiadu", "jak wyjść z kontroli bocznej"
  'obrona',
  'obrona przed',
  'ucieczka',
  'ucieczka z',
  // "jak uciec z dosiadu"
  'uciec z',
  'uciekac z',
  'wyjsc z',
  'wyjsc spod',
  'wyjsc z',
  'wyjscie z',
  'bronic',
  // German: "Kniehebel Verteidigung", "wie komme ich aus der Seitenkontrolle raus"
  'verteidigung',
  'verteidigen',
  'raus',
  // "mount befreiung": the escape
  'befreiung',
  'rauskommen',
  'entkommen',
  'befreien',
  // Indonesian: "gimana cara kabur dari side control"
  'kabur dari',
  'keluar dari',
  'lepas dari',
  // Tagalog: "naiipit sa northsouth, pano ba lumabas dun", "paano makatakas sa mount"
  'lumabas',
  'makalabas',
  'makaalis',
  'tumakas',
  'makatakas',
  // "paano depensahan yun": defending it
  'depensahan',
  'idepensa',
  'kontrahin',
  // Italian: "come si esce dalla cento chili", "uscire dalla montata", "difesa dal triangolo"
  'esce dalla',
  'esce dal',
  'esco dalla',
  'esco dal',
  'uscire dalla',
  'uscire dal',
  'uscita dalla',
  'uscita dal',
  'difesa dal',
  'difesa dalla',
  'fuga',
  'fuga da',
  'fuga de',
  'fugas',
  'escapar',
  'escapar da',
  'escapar de',
  'sair',
  'sair da',
  'sair de',
  'saida',
  'saida da',
  'saida de',
  // "como sai disso": getting out of what was just told
  'sai disso',
  // "eu nunca saio": getting out, said of the user
  'saio',
  'sair disso',
  // "como sai dali??": out of the place just told
  ...['sai', 'sair', 'saio'].flatMap((out) => [`${out} dali`, `${out} dai`]),
  'defesa',
  'defesa de',
  'defesa da',
  'defesa contra',
  'defender',
  'defender a',
  'defender o',
  // "como defendo", "como me defendo"
  'defendo',
  'me defender',
  // Spanish ("tortuga, cómo salgo")
  'salir',
  'salgo',
  // "como se sale uno de la tortuga"
  // ("mi compa se sale de mi triangulo" is the opponent's escape)
  ...['sale uno de', 'se sale uno de', 'como se sale de'],
  'salir de',
  'salir de la',
  'escapar del',
  'salir del',
  'salida de',
  'salida del',
  'salidas de',
  'defensa del',
  'defensa contra la',
  'defenderme de',
  'defiendo',
  'lo defiendo',
  'defenderlo',
  'defenderla',
];

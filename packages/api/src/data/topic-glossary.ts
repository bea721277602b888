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
  straight_ankle_lock: ['chave de pe', 'chave de pe reta', 'chave de tornozelo'],
  toe_hold: ['chave de dedao', 'chave de dedo do pe'],
  wristlock: ['chave de punho', 'chave de pulso', 'mao de vaca'],
  guard_passing: [
    'passagem',
    'passagens',
    'passagem de guarda',
    'passagens de guarda',
    'passar a guarda',
    'passar guarda',
    'passando a guarda',
    'passo a guarda',
  ],
  guard_retention: [
    'retencao de guarda',
    'retencao da guarda',
    'reposicao de guarda',
    'reposicao',
    'repor a guarda',
    'repor guarda',
    'recuperar a guarda',
    // "minha guarda é passada o tempo todo", "como nao deixar passar"
    'minha guarda e passada',
    'passam minha guarda',
    'passam a minha guarda',
    'nao deixar passar',
    'nao deixar passar a guarda',
  ],
  sweep: ['raspagem', 'raspagens', 'raspar', 'raspada'],
  takedown: ['queda', 'quedas', 'baiana', 'double leg baiana', 'derrubada', 'derrubar'],
  throw: ['projecao', 'projecoes', 'arremesso'],
  // "pegar as costas", "me pegam nas costas", "pega minhas costas toda vez"
  back_take: [
    ...['pegar', 'pega', 'pegam', 'pegou', 'pego', 'pegando', 'tomar', 'toma', 'tomou'].flatMap((verb) =>
      ['as costas', 'nas costas', 'costas'].map((back) => `${verb} ${back}`),
    ),
    // the user's own back taken (data/receiving-end.ts makes it a defence)
    '(pega|pegam|pegou|pegar|toma|tomam|tomou) minhas costas',
  ],
  closed_guard: ['guarda fechada'],
  open_guard: ['guarda aberta'],
  half_guard: ['meia guarda', 'meia'],
  deep_half_guard: ['meia guarda profunda'],
  // the butterfly's hooks: "raspagem de gancho", "guarda de gancho"
  butterfly_guard: ['guarda borboleta', 'borboleta', 'de gancho', 'guarda de gancho'],
  x_guard: ['guarda x'],
  spider_guard: ['guarda aranha', 'aranha'],
  lasso_guard: ['guarda laco', 'laco', 'guarda lacada', 'lacada'],
  de_la_riva: ['guarda de la riva'],
  reverse_de_la_riva: ['guarda de la riva invertida', 'de la riva invertida'],
  mount: ['montada', 'montado', 'pegada montada'],
  // "americana do 100kg": side control by its weight, after a preposition
  side_control: ['cem quilos', '100 quilos', 'controle lateral', '(do|no|pro|de|da) 100kg'],
  knee_on_belly: ['joelho na barriga', 'joelho no estomago'],
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
  'no-gi': ['sem kimono', 'sem quimono', 'sem gi'],
};

/** Japanese names, kept apart so the Portuguese list above reads as one language. */
export const JAPANESE_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  armbar: ['ude hishigi', 'ude gatame', 'waki gatame', 'hiza gatame', 'juji gatame', 'ude hishigi juji gatame'],
  triangle: ['sankaku jime', 'sankaku gatame'],
  rear_naked_choke: ['hadaka jime'],
  ezekiel: ['sode guruma jime'],
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
  ],
  standing: ['tachi waza'],
};

/** Spanish names, from Spanish-speaking academies, kept apart as the Japanese are. */
export const SPANISH_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  armbar: ['llave de brazo', 'llaves de brazo', 'palanca de brazo', 'llave de codo', 'barra de brazo'],
  triangle: ['triangulo', 'triangulos', 'estrangulacion triangulo', 'triangulo de piernas'],
  arm_triangle: ['triangulo de brazo', 'triangulo de brazos'],
  americana: ['llave americana'],
  guillotine: ['guillotina', 'guillotinas'],
  rear_naked_choke: ['mataleon', 'mata leon', 'estrangulacion por la espalda'],
  heel_hook: ['llave de talon', 'gancho de talon', 'gancho al talon'],
  kneebar: ['llave de rodilla', 'barra de rodilla'],
  straight_ankle_lock: ['llave de tobillo', 'llave de pie', 'llave recta de tobillo'],
  wristlock: ['llave de muneca'],
  guard_passing: ['pase de guardia', 'pases de guardia', 'pasar la guardia', 'pasaje de guardia', 'pasar guardia'],
  guard_retention: ['retencion de guardia', 'recuperar la guardia', 'reponer la guardia'],
  sweep: ['barrida', 'barridas', 'barrido', 'barridos', 'raspado', 'raspados'],
  takedown: ['derribo', 'derribos', 'derribe', 'derribar', 'derribe de dos piernas'],
  throw: ['proyeccion', 'proyecciones'],
  back_take: ['tomar la espalda', 'tomar espalda', 'tomar las espaldas'],
  closed_guard: ['guardia cerrada'],
  open_guard: ['guardia abierta'],
  half_guard: ['media guardia'],
  deep_half_guard: ['media guardia profunda'],
  butterfly_guard: ['guardia mariposa', 'guardia de mariposa'],
  spider_guard: ['guardia arana', 'guardia de arana'],
  lasso_guard: ['guardia lazo', 'guardia de lazo'],
  mount: ['monta', 'montado'],
  side_control: ['control lateral', 'cien kilos', '100 kilos'],
  knee_on_belly: ['rodilla en el estomago', 'rodilla en la panza', 'rodilla al pecho'],
  // ("dolor de espalda" is back pain: the back as a place needs its preposition)
  back_control: ['control de espalda', '(en|desde) la espalda'],
  turtle: ['tortuga'],
  standing: ['de pie', 'lucha de pie'],
  'no-gi': ['sin kimono', 'sin gi'],
};

/**
 * German academy words, as German-speaking gyms write them ("Kreuzwürger im Gi aus der Mount",
 * "Kniehebel Verteidigung"), and a few Indonesian ones ("bantingan judo"). Accents are folded
 * away before matching ("Hüftwurf" → "huftwurf").
 */
export const GERMAN_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  side_control: ['seitenkontrolle', 'seitkontrolle', 'seitliche kontrolle'],
  back_control: ['ruckenkontrolle', 'rueckenkontrolle'],
  turtle: ['schildkrote', 'schildkroete'],
  armbar: ['armhebel', 'armstreckhebel'],
  kneebar: ['kniehebel'],
  heel_hook: ['fersenhebel'],
  straight_ankle_lock: ['fusshebel'],
  cross_collar_choke: ['kreuzwurger', 'kreuzwuerger', 'kragenwurger'],
  triangle: ['dreieck', 'dreieckswurger'],
  throw: ['huftwurf', 'hueftwurf', 'wurf', 'wurfe', 'wuerfe', 'werfen', 'bantingan'],
  standing: ['aus dem stand', 'im stand', 'standkampf'],
  closed_guard: ['geschlossene guard', 'geschlossener guard'],
};

/** Italian academy words ("strangolamento a triangolo dalla guardia chiusa", "leva al braccio"). */
export const ITALIAN_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  armbar: ['leva al braccio', 'leva di braccio', 'leva articolare al gomito'],
  triangle: ['strangolamento a triangolo', 'triangolo'],
  guillotine: ['ghigliottina'],
  rear_naked_choke: ['strangolamento da dietro'],
  straight_ankle_lock: ['leva alla caviglia', 'leva al piede'],
  kneebar: ['leva al ginocchio'],
  heel_hook: ['leva al tallone'],
  guard_passing: ['passaggio di guardia', 'passaggi di guardia', 'passare la guardia'],
  sweep: ['spazzata', 'spazzate', 'ribaltamento'],
  takedown: ['atterramento', 'atterramenti'],
  throw: ['proiezione', 'proiezioni'],
  back_take: ['prendere la schiena'],
  closed_guard: ['guardia chiusa'],
  open_guard: ['guardia aperta'],
  half_guard: ['mezza guardia'],
  butterfly_guard: ['guardia farfalla'],
  mount: ['montata'],
  side_control: ['controllo laterale', 'cento chili'],
  turtle: ['tartaruga'],
  'no-gi': ['senza kimono', 'senza gi'],
};

/** Glossary phrases that name several topics ("chaves de perna" are leg locks, as "leg locks" are). */
export const GLOSSARY_COMPOUNDS: readonly { phrases: readonly string[]; topics: readonly BaseTopic[] }[] = [
  {
    phrases: ['chave de perna', 'chaves de perna', 'ashi kansetsu'],
    topics: ['heel_hook', 'straight_ankle_lock'],
  },
  { phrases: ['do jime'], topics: ['back_control'] },
  { phrases: ['retencao de guarda aberta', 'retencao da guarda aberta'], topics: ['guard_retention', 'open_guard'] },
  { phrases: ['triangulo montado'], topics: ['triangle', 'mount'] },
  { phrases: ['chave de braco da montada', 'armlock da montada'], topics: ['armbar', 'mount'] },
];

/** Glossary phrases that look like a topic but name something the taxonomy has no id for. */
export const GLOSSARY_NOT_TOPICS: readonly string[] = [
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
];

/** Portuguese words for the user's own defending ("fuga da montada", "defesa de triângulo"). */
export const GLOSSARY_DEFENDING: readonly string[] = [
  // German: "Kniehebel Verteidigung", "wie komme ich aus der Seitenkontrolle raus"
  'verteidigung',
  'verteidigen',
  'raus',
  'rauskommen',
  'entkommen',
  'befreien',
  // Indonesian: "gimana cara kabur dari side control"
  'kabur dari',
  'keluar dari',
  'lepas dari',
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
  // Spanish
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

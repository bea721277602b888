// Academy names in the European languages our members type (German, Italian, French, Polish), as data
// beside topic-glossary.ts (same conventions: base forms, accents and hyphens folded by the extractor,
// the longest phrase wins). Polish is inflected: the forms people write ("z dosiadu", "półgardy") are
// listed as written.
import type { BaseTopic } from './topic-aliases';

/**
 * German academy words, as German-speaking gyms write them ("Kreuzwürger im Gi aus der Mount",
 * "Kniehebel Verteidigung"), and a few Indonesian ones ("bantingan judo"). Accents are folded
 * away before matching ("Hüftwurf" → "huftwurf").
 */
export const GERMAN_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  side_control: ['seitenkontrolle', 'seitkontrolle', 'seitliche kontrolle'],
  back_control: ['ruckenkontrolle', 'rueckenkontrolle'],
  turtle: ['schildkrote', 'schildkroete', 'bankposition'],
  armbar: ['armhebel', 'armstreckhebel', 'ellbogenhebel', 'ellenbogenhebel'],
  kneebar: ['kniehebel'],
  heel_hook: ['fersenhebel'],
  straight_ankle_lock: ['fusshebel'],
  cross_collar_choke: ['kreuzwurger', 'kreuzwuerger', 'kragenwurger'],
  triangle: ['dreieck', 'dreieckswurger', 'segitiga', 'cekikan segitiga'],
  throw: [
    'huftwurf',
    'hueftwurf',
    'wurf',
    'wurfe',
    'wuerfe',
    'werfen',
    'bantingan',
    'schulterwurf',
    'fussfeger',
    'aussensichel',
    'innensichel',
  ],
  standing: ['aus dem stand', 'im stand', 'standkampf'],
  closed_guard: ['geschlossene guard', 'geschlossener guard', 'guard tertutup'],
  wristlock: ['handgelenkhebel'],
  toe_hold: ['zehenhebel'],
  arm_triangle: ['arm dreieck', 'armdreieck'],
  half_guard: ['halbe guard'],
  open_guard: ['offene guard'],
  knee_on_belly: ['knie auf dem bauch'],
  back_take: ['rucken nehmen', 'ruecken nehmen', 'den rucken nehmen', 'an den rucken'],
  // ("ohne gee": said into a phone)
  'no-gi': ['ohne gi', 'ohne kimono', 'ohne gee'],
  guard_passing: ['guard passieren'],
  takedown: ['umwerfen', 'niederwerfen'],
};

/** Italian academy words ("strangolamento a triangolo dalla guardia chiusa", "leva al braccio"). */
export const ITALIAN_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  armbar: ['leva al braccio', 'leva di braccio', 'leva articolare al gomito', 'leva al gomito'],
  triangle: ['strangolamento a triangolo', 'triangolo'],
  guillotine: ['ghigliottina', 'ghigliottine'],
  rear_naked_choke: ['strangolamento da dietro'],
  back_control: ['dalla schiena', 'presa di schiena', 'controllo della schiena', '(dalla) back'],
  straight_ankle_lock: ['leva alla caviglia', 'leva al piede'],
  kneebar: ['leva al ginocchio'],
  heel_hook: ['leva al tallone'],
  guard_passing: ['passaggio di guardia', 'passaggi di guardia', 'passare la guardia'],
  sweep: ['spazzata', 'spazzate', 'ribaltamento', 'ribaltamenti'],
  takedown: ['atterramento', 'atterramenti', 'lotta libera'],
  throw: ['proiezione', 'proiezioni'],
  // ("mi prendono la schiena appena vado in tartaruga")
  back_take: ['prendere la schiena', 'prendono la schiena', 'preso la schiena', 'prende la schiena'],
  closed_guard: ['guardia chiusa'],
  open_guard: ['guardia aperta'],
  half_guard: ['mezza guardia', '(dalla|nella|in) mezza'],
  butterfly_guard: ['guardia farfalla', 'guardia a farfalla'],
  mount: ['montata'],
  side_control: ['controllo laterale', 'cento chili'],
  turtle: ['tartaruga'],
  'no-gi': ['senza kimono', 'senza gi'],
  wristlock: ['leva al polso'],
  arm_triangle: ['triangolo di braccio'],
  cross_collar_choke: ['strangolamento incrociato'],
  bow_and_arrow: ['arco e freccia'],
  knee_on_belly: ['ginocchio sulla pancia'],
  spider_guard: ['guardia ragno'],
  deep_half_guard: ['mezza guardia profonda'],
  standing: ['in piedi'],
  // "le cinture blu mi passano sempre la guardia"
  guard_retention: ['mi passano la guardia', 'mi passano sempre la guardia', 'passato la mia guardia'],
};

/** French, as Québec and French academies write it ("clé de bras depuis la garde fermée", "sans kimono"). */
export const FRENCH_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  armbar: ['cle de bras', 'clef de bras', 'cle de coude'],
  americana: ['cle americaine'],
  wristlock: ['cle de poignet'],
  straight_ankle_lock: ['cle de cheville', 'cle de pied'],
  heel_hook: ['cle de talon'],
  kneebar: ['cle de genou'],
  arm_triangle: ['triangle de bras'],
  rear_naked_choke: ['etranglement arriere', 'etranglement arriere nu', 'mata leao'],
  cross_collar_choke: ['etranglement croise'],
  bow_and_arrow: ['arc et fleche'],
  north_south_choke: ['etranglement nord sud'],
  closed_guard: ['garde fermee'],
  open_guard: ['garde ouverte'],
  half_guard: ['demi garde'],
  deep_half_guard: ['demi garde profonde'],
  butterfly_guard: ['garde papillon'],
  spider_guard: ['garde araignee'],
  x_guard: ['garde x'],
  reverse_de_la_riva: ['de la riva inversee'],
  mount: ['position montee', '(le|du|au|depuis) monte', '(la|depuis) montee'],
  knee_on_belly: ['genou sur le ventre'],
  north_south: ['nord sud'],
  back_take: ['prise de dos', 'prendre le dos'],
  back_control: [
    'controle du dos',
    '(depuis|dans) le dos',
    'depuis le dos',
    '(du|au) back',
    // "rear naked choke quand j'ai le dos", "il a mon dos", "attaquer du dos", "sortir du dos" (the escape's
    // words take "du")
    '(jai|ai|a|ont|pris|prend|prends|prennent) le dos',
    '(a|ont|pris|prend|prennent) mon dos',
    '(du) dos',
    // ("rnc from le dos en nogi")
    '(from) le dos',
  ],
  turtle: ['tortue'],
  sweep: ['renversement', 'balayage'],
  guard_passing: ['passage de garde', 'passer la garde'],
  guard_retention: [
    'retention de garde',
    'remise en garde',
    'garder ma garde',
    'garder la garde',
    'passer ma garde',
    'passe ma garde',
    'passent ma garde',
    // "ma garde se fait passer trop facilement"
    'garde se fait passer',
    'me fais passer',
  ],
  takedown: ['amenee au sol'],
  'no-gi': ['sans kimono', 'sans gi'],
  standing: ['lutte debout'],
  side_control: ['controle lateral', 'cent kilos'],
  triangle: ['triangle de jambes'],
  guillotine: ['guillotine'],
};

/** Polish ("balacha z dosiadu", "trójkąt rękami z kontroli bocznej", "bez gi"). */
export const POLISH_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  armbar: ['balacha', 'balache', 'balachy', 'dzwignia na lokiec', 'dzwignia lokciowa', 'dzwigni na lokiec'],
  triangle: ['trojkat', 'trojkata', 'trojkatem', 'trojkat nogami'],
  arm_triangle: ['trojkat rekami', 'trojkata rekami', 'trojkat reczny'],
  kimura: ['kimurka', 'kimurke', 'kimurki'],
  guillotine: ['gilotyna', 'gilotyny', 'gilotyne'],
  rear_naked_choke: ['duszenie zza plecow', 'duszenie zza plecami'],
  heel_hook: ['hak na piete', 'skret piety'],
  straight_ankle_lock: ['dzwignia na stope', 'dzwignia na kostke', 'dzwignia na staw skokowy'],
  kneebar: ['dzwignia na kolano'],
  guard_passing: ['przejscie gardy', 'przejscia gardy', 'przechodzenie gardy', 'przejsc garde', 'mijanie gardy'],
  sweep: ['wywrotka', 'wywrotki', 'wywrotke', 'wywrotek'],
  takedown: ['obalenie', 'obalenia', 'obalen', 'sprowadzenie do parteru', 'sprowadzenia do parteru'],
  throw: ['rzut', 'rzuty', 'rzutu', 'rzutow'],
  back_take: ['wejscie na plecy', 'wejscia na plecy', 'zajscie plecow', 'wziac plecy', 'brac plecy'],
  closed_guard: ['garda zamknieta', 'zamknieta garda', 'gardy zamknietej', 'zamknietej gardy', 'zamknietej gardzie'],
  open_guard: ['garda otwarta', 'otwarta garda', 'otwartej gardy'],
  half_guard: ['polgarda', 'polgardy', 'polgardzie', 'polgarde', 'pol garda', 'pol gardy'],
  mount: ['dosiad', 'dosiadu', 'dosiadzie', 'dosiadem', 'pelny dosiad'],
  side_control: ['kontrola boczna', 'kontroli bocznej', 'kontrole boczna', 'kontrola z boku'],
  back_control: ['z plecow', 'ze plecow', 'kontrola plecow', 'kontroli plecow'],
  knee_on_belly: ['kolano na brzuchu'],
  turtle: ['zolw', 'zolwia', 'zolwiu'],
  'no-gi': ['bez gi', 'bez kimona'],
  // the kimono's cases: "w kimonie", "w kimonach"
  gi: ['w kimonie', 'w kimonach', 'kimonie'],
};

/** Sambo's Russian names as its players type them in Latin letters ("rychag loktya", "uzel stopy"). */
export const RUSSIAN_ALIASES: Readonly<Partial<Record<BaseTopic, readonly string[]>>> = {
  armbar: ['rychag loktya', 'richag loktya', 'rychag lokte', 'rychag'],
  kimura: ['uzel plecha', 'obratnyi uzel'],
  toe_hold: ['uzel stopy', 'uzel stupni'],
  straight_ankle_lock: ['ushchemlenie akhilla', 'akhilles', 'achilles lock', 'achilles hold'],
  kneebar: ['rychag kolena', 'rychag na koleno'],
  throw: ['brosok', 'broski', 'brosok cherez bedro'],
  takedown: ['perevod', 'perevody'],
};

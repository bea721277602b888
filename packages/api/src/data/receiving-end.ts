// What people say when a technique is being done to them and they cannot stop it
// (domain/topics/receiving-end.ts). Whole words, matched on stems.
export const RECEIVING_END_PHRASES: readonly string[] = [
  'i tap to',
  'i always tap',
  'tap early',
  'tapping early',
  'i just tap',
  'make me tap',
  'got caught',
  'get caught',
  'getting caught',
  'keep getting caught',
  // "anaconda, i keep eatin those": eating a submission is being caught in it
  ...['keep eating', 'kept eating', 'always eating', 'eating those', 'eating them'],
  'i panic',
  'i just panic',
  'smashing me',
  'smash me',
  'smashes me',
  // "keeps catching my foot in a straight ankle lock"
  ...['catch', 'caught'].flatMap((verb) => ['my foot', 'my arm', 'my leg', 'my neck'].map((part) => `${verb} ${part}`)),
  'grabs my leg',
  'grab my leg',
  'grabs my legs',
  'grab my legs',
  'grabbing my legs',
  'crush me',
  'crushes me',
  'destroy me',
  'destroys me',
  'wreck me',
  'wrecks me',
  'im flat',
  'i get flattened',
  'flat on my back',
  'flat on my face',
  'helpless',
  // "… and its over", "once they get the arm under my chin im done"
  'and its over',
  'then its over',
  'its over for me',
  'then im done',
  'and im done',
  'not get choked',
  'not get subbed',
  'not get submitted',
  'not get tapped',
  'not get my shoulder',
  'not get my arm',
  // Portuguese and Spanish put the user before the verb: "me raspa da meia guarda", "me pegam nas
  // costas" (not "me passa", which is also "send me")
  // French: "j'me fais pogner en triangle", "ils me font passer la garde"
  'me fais',
  'me fait',
  'me font',
  'jme fais',
  'jme fait',
  'jme suis fait',
  'me pega',
  'me pegam',
  // "vivem me pegando no triangulo", "me pegou no armlock"
  ...['me pegando', 'me pegou', 'me pegaram', 'me pegar'],
  // "pega minhas costas": something of the user's taken
  'pega minhas',
  'pegam minhas',
  'pegou minhas',
  'pega meu',
  'pegam meu',
  'me raspa',
  'me raspam',
  'me passam',
  'me finaliza',
  'me finalizam',
  // "os caras ficam me raspando da meia guarda"
  ...['ficam me', 'fica me', 'vivem me', 'vive me'],
  // Spanish verbs of a submission: "me guillotinan", "me triangularon"
  ...['me guillotinan', 'me guillotinaron', 'me guillotino', 'me triangulan', 'me triangularon'],
  // "tou sempre a ser finalizado no triângulo": submitted in it
  ...['finalizado', 'finalizada'].flatMap((done) => [`${done} no`, `${done} na`, `${done} com`]),
  'me estrangula',
  'me estrangulam',
  'me derruba',
  'me derrubam',
  'me monta',
  'me montam',
  'me amassa',
  'me amassam',
  'me barre',
  'me barren',
  'me pasan',
  'me finalizan',
  'me derriban',
  // "me enganchan un darce", "me tiran con un osoto gari", "me tumban"
  ...['me enganchan', 'me engancha', 'me enganchaba', 'me enganchen'],
  ...['me tiran', 'me tira', 'me tumban', 'me tumba', 'me botan', 'me proyectan'],
  'me montan',
  // Spanish "me pegan la guillotina"; Portuguese "bati pra um faixa branca", "como nao bater pro brabo"
  'me pegan',
  // "me están metiendo la darce desde arriba"
  ...['me estan metiendo', 'me meten', 'me metieron', 'me mete', 'me metio'],
  // "me aplican la kimura", "me fazem triângulo" ("me hacen …": data/topic-aliases.ts)
  'me aplican',
  // … and wished away: "sin que me apliquen la kimura", "para que no me metan los ganchos"
  ...['me apliquen', 'me pongan', 'me metan', 'me peguen'],
  // Spanish: "los azules me toman la espalda", "me aplastan en cien kilos", "me ahorcaron con una ezequiel"
  'me toman',
  'me tomen',
  'me toma',
  'me aplastan',
  'me aplasta',
  'me ahorcaron',
  'me ahorcan',
  'me estrangularon',
  'me estrangulan',
  // "é no joelho na barriga q eu sofro", "me dá armlock"
  'eu sofro',
  'q eu sofro',
  'me da',
  'me dao',
  'me aplica',
  'me meten',
  'me fazem',
  // "me finalizam no triângulo sempre", "sempre caio no triângulo"
  'me finalizam',
  'sempre caio',
  'me aplicam',
  // "this guy breaks me down flat"
  'breaks me down',
  'break me down',
  // Polish "zakłada mi wristlocka" (puts it on me)
  'zaklada mi',
  // "ciągle mnie łapią" (they keep catching me)
  'mnie lapia',
  'lapia mnie',
  'mnie zlapal',
  'zakladaja mi',
  'zalozyl mi',
  'me agarran',
  ...['bati', 'bater', 'bato', 'batendo'].flatMap((tap) => [`${tap} pra`, `${tap} pro`]),
  // "tomar" or "levar" a submission is to be caught in it ("sempre tomo chave de pé", "levo triangulo
  // toda hora"), however much of it ("tomo muita chave de braço"); "tomar as costas" is the user's own
  // back take, so only submissions follow it here
  ...['tomo', 'tomei', 'tomando', 'tomar', 'toma', 'tomou', 'levo', 'levei', 'levando', 'levar'].flatMap((verb) =>
    ['', 'muita ', 'muito ', 'muitas ', 'muitos ', 'sempre ', 'tanta ', 'tanto ', 'direto '].flatMap((much) =>
      [
        'chave',
        'estrangulamento',
        'triangulo',
        'mata leao',
        'guilhotina',
        'armlock',
        'kimura',
        'finalizacao',
        'leg lock',
        // the academies' Japanese and Portuguese names: "tomo hiza juji toda vez", "levo botinha"
        ...['hiza juji', 'ude garami', 'sankaku', 'juji gatame', 'botinha', 'brabo', 'americana', 'omoplata'],
        ...['ezequiel', 'heel hook', 'kneebar', 'toe hold', 'chave de pe', 'chave de braco', 'armbar'],
        // a sweep taken is one suffered: "sempre tomo raspagem quando tô passando"
        'raspagem',
        'raspagens',
      ].map((what) => `${verb} ${much}${what}`),
    ),
  ),
];

/**
 * Being lost, said of whatever the sentence names: "when they mount me i have no idea what to do"
 * is the receiving end, "i have no clue what to do. armbar from mount?" is not.
 */
export const HELPLESS_PHRASES: readonly string[] = ['no clue what to do', 'no idea what to do', 'dont know what to do'];

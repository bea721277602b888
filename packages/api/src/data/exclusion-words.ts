// What a user rules out ("anything but wrestling", "no more leg lock videos", "my gym bans heel
// hooks", "heel hooks are banned"): the cue phrases and the words their reach may cross. Data for
// domain/topics/exclusion.ts; phrases follow the alias tables' conventions (base forms, folded).

/** Cues whose reach runs forward over the next topic (and a list of them): "no more leg locks". */
export const EXCLUDE_BEFORE: readonly string[] = [
  'no',
  'no more',
  // "i want to be the one finishing the omoplata, not the one rolling out of it"
  ...['rolling', 'escaping', 'defending', 'surviving'].map((role) => `not the one ${role}`),
  // "i've seen enough triangle videos", "my question isnt about the choke"
  'seen enough',
  'had enough',
  // "over it with guillotines", "ditch the berimbolo stuff", "nothin with heel hooks"
  'over it with',
  // "i refuse to turtle"
  'refuse to',
  'ditch the',
  'nothin with',
  'nada com',
  'aparte de',
  'no me interesa',
  'watched enough',
  'isnt about',
  'is not about',
  // "i never want to see another armbar video"
  'never want to see another',
  'dont want to see another',
  // "please no berimbolo" (and after the name: "berimbolo? please no")
  'please no',
  'pls no',
  'plz no',
  'not',
  'not any',
  'not another',
  'nothing',
  'nothing with',
  // "nothing that ends in a triangle"
  'nothing that ends in',
  'nothing that ends with',
  'nothing that leads to',
  'nothing ending in',
  'nothing about',
  'nothing on',
  'none of',
  'without',
  'without any',
  // "how do i finish without having to jump to mount"
  ...['without having to', 'without needing to', 'without'].flatMap((w) =>
    ['jump to', 'go to', 'get to', 'pass to', 'move to', 'transition to', 'going to', 'jumping to'].map(
      (v) => `${w} ${v}`,
    ),
  ),
  'anything but',
  'anything except',
  // "kimura from anywhere but side control"
  ...['anywhere', 'everywhere', 'any position'].flatMap((where) => [
    `${where} but`,
    `${where} except`,
    `${where} other than`,
  ]),
  'anything other than',
  'anything besides',
  'everything but',
  'everything except',
  'something other than',
  'something besides',
  'other than',
  'apart from',
  'aside from',
  'besides',
  'except',
  'except for',
  'excluding',
  'exclude',
  'minus',
  'but no',
  'not into',
  'not interested in',
  'not really into',
  // what a coach leaves out of the class: "im not teaching heel hooks saturday obv"
  'not teaching',
  'wont teach',
  'not gonna teach',
  'not a fan of',
  'not big on',
  'no interest in',
  'sick of',
  'tired of',
  // "chokes from the back but forget the bow and arrow": "but" opens the clause
  'but forget',
  'but forget the',
  'and forget the',
  // Portuguese: "não me mostres mais o triângulo"
  'nao me mostres',
  'nao me mostres mais',
  'nao me mostre',
  'nao me mostre mais',
  // Tagalog: "ayoko ng americana po" (I don't want)
  'ayoko',
  'ayoko ng',
  'ayaw ko',
  'ayaw ko ng',
  // Scots: "nae berimbolo nonsense please", "dinnae show me the armbar again"
  'nae',
  'nae more',
  'dinnae',
  'dinnae show me',
  'dinnae send me',
  // "so over the leglock meta"
  'so over',
  'im over',
  'im so over',
  'bored of',
  'bored with',
  'done with',
  'fed up with',
  'enough with',
  'enough of',
  'less',
  'fewer',
  'skip',
  'skip the',
  'ignore',
  'forget about',
  'leave out',
  'nix',
  // "takedowns where i dont have to shoot"
  'dont have to',
  'without having to',
  'dont need to',
  // "a mount escape that doesnt involve bridging"
  'doesnt involve',
  'does not involve',
  'dont involve',
  'not involving',
  'anything that isnt',
  'anything thats not',
  'anything that is not',
  'something that isnt',
  'that arent',
  'that isnt',
  'that are not',
  'that is not',
  'which arent',
  'which isnt',
  'not looking for',
  'not asking',
  'not asking about',
  'not asking for',
  'not after',
  'dont teach',
  // "subs on the turtle that DONT start with taking the back"
  'that dont start with',
  'dont start with',
  // "back takes that dont start from turtle": the place they start from is ruled out
  'that dont start from',
  'dont start from',
  'that dont come from',
  'dont come from',
  'that doesnt start from',
  'that doesnt come from',
  'not starting from',
  'that dont involve',
  'dont involve',
  'that dont use',
  'doesnt teach',
  'wont teach',
  'dont let us do',
  'avoid anything',
  'avoid any',
  'stop with',
  'being recommended',
  'being shown',
  'being sent',
  'getting recommended',
  'keep getting recommended',
  'dont want',
  'do not want',
  // "i dont mean the triangle with the legs, i mean the arm triangle"
  ...['dont mean', 'do not mean', 'didnt mean', 'did not mean', 'not talking about'],
  // Arabic "enough": "khalas with closed guard content"
  'khalas with',
  // "Not interested in judo throws, I need wrestling takedowns"
  'not interested in',
  // "i couldnt care less about leg locks"
  'couldnt care less about',
  'could not care less about',
  'could care less about',
  // said of the one the user asks for: "my guy doesn't want wrestling shots"
  'doesnt want',
  'does not want',
  'doesnt wanna',
  // "I want to be the guy passing, not the guy getting passed"
  'not the guy getting',
  'not the one getting',
  'not the person getting',
  'not the guy being',
  'not the one being',
  // another place for the technique asked: "ezekiel from side control, not the one from mount"
  ...['one', 'ones', 'version', 'variation'].flatMap((one) =>
    ['from', 'in', 'off'].map((at) => `not the ${one} ${at}`),
  ),
  // "I'm avoiding kimuras and americanas completely", "submissions that ain't the armbar"
  'im avoiding',
  'i am avoiding',
  'been avoiding',
  'that aint',
  'which aint',
  // learner's English: "I not want judo throw"
  'i not want',
  'i no want',
  'dont wanna',
  'dont need',
  'do not need',
  'no need for',
  'dont care about',
  // chat's "i don't care": "idc about the normal dlr stuff rn"; "i dont even care about the takedown"
  'dont even care about',
  'idc about',
  'idc abt',
  'dont like',
  'do not like',
  'dont show me',
  'not show me',
  'not send me',
  'dont send me',
  // "we dont wear gis"
  'dont wear',
  'dont wear a',
  'never wear',
  'dont send',
  'dont give me',
  'dont recommend',
  'no thanks to',
  'stop showing me',
  'stop showing',
  'stop sending me',
  'stop sending',
  'stop giving me',
  'stop recommending',
  'stop recommending me',
  'quit recommending me',
  'stop suggesting',
  'stop suggesting me',
  'quit showing me',
  'quit sending me',
  'hate doing',
  'hate playing',
  'hate drilling',
  'hate learning',
  'hate watching',
  // "don't bother with x guard for me"
  'dont bother with',
  // "my coach hates when we turtle": what the gym frowns on
  ...['hates', 'hate'].flatMap((h) => ['when we', 'it when we', 'when i', 'it when i'].map((w) => `${h} ${w}`)),
  'ban',
  'bans',
  'banning',
  'outlaw',
  'outlaws',
  // a guard the user can no longer play: "cant play spider or inverted stuff anymore"
  'cant play',
  // "cant exactly play dlr with 4oz gloves on"
  'cant exactly play',
  'cant really play',
  'cant even play',
  'cannot play',
  'can no longer play',
  'no longer play',
  'stopped playing',
  'quit playing',
  'doesnt let',
  'dont let',
  'wont let',
  'does not let',
  'do not let',
  'doesnt allow',
  'dont allow',
  'do not allow',
  'does not allow',
  'wont allow',
  'not allowed to',
  'arent allowed to',
  // a rule said of anyone: "what sweeps work when you cant go for heel hooks", "we cant use slams"
  ...['you', 'u', 'we'].flatMap((who) =>
    ['cant go for', 'cannot go for', 'cant use', 'cant do'].map((cant) => `${who} ${cant}`),
  ),
  // who may not, as a gym's rule: "white belts cant leg lock at my gym"
  'belts cant',
  'belts cannot',
  'beginners cant',
  'were not allowed to',
  'we dont do',
  'dont do',
  'never do',
  // "she doesnt train nogi at all", "he doesnt do gi": what the user (or the one asked for) never trains
  ...['doesnt', 'dont', 'never', 'do not', 'does not'].flatMap((not) => [`${not} train`, `${not} roll`]),
  'doesnt do',
  'does not do',
  // "never teaching the ezekiel again"
  'never doing',
  'never teaching',
  'no longer',
  'avoid doing',
  'sem',
  'nada de',
  // "nada daquelas coisas de aranha de kimono", "nada dessas coisas de berimbolo"
  ...['daquelas', 'daquela', 'dessas', 'dessa', 'desse', 'desses', 'disso'].flatMap((those) => [
    `nada ${those}`,
    `nada ${those} coisas de`,
    `nada ${those} coisa de`,
  ]),
  // German, Polish, Tagalog and Indonesian: "bitte keine beinhebel", "nicht schon wieder berimbolo",
  // "alles ausser deep half", "nie chcę więcej gilotyn", "tolong jangan guillotine lagi"
  ...['kein', 'keine', 'keinen', 'nicht schon wieder', 'alles ausser', 'alles auser', 'ausser', 'auser', 'ohne'],
  ...['nie chce wiecej', 'nie chce juz', 'jangan', 'tidak mau', 'gak mau', 'nggak mau', 'ayoko na', 'wag na'],
  // "obviously not allowed heel hooks but he wants leg stuff he CAN do"
  'not allowed',
  'arent allowed',
  // "basta de triángulos tío": enough of them
  'basta de',
  'chega de',
  // "qualquer coisa menos chave de pé", "mas nao armlock", "sin leg locks"
  'menos',
  'tudo menos',
  'qualquer coisa menos',
  'mas nao',
  // "mas não quero escapar": the want ruled out, not the name after "but not"
  'mas nao quero',
  'pero no quiero',
  'exceto',
  'tirando',
  'sin',
  'excepto',
  'pero no',
  // "sem ser mata leao", "que nao seja o cross choke", "nao posso fazer berimbolo", "que no sea"
  'sem ser',
  'que nao seja',
  'nao seja',
  'que no sea',
  // plural: "sumisiones desde la montada que no sean llaves de brazo"
  'que no sean',
  'no sean',
  'que nao sejam',
  'nao sejam',
  // "no fue una llave de tobillo": it was not one
  'no fue una',
  'no fue un',
  'nao foi uma',
  'nao foi um',
  'sin ser',
  'nao posso',
  'no puedo',
  // "não quero chave de pé, quero heel hook", "não é o triângulo de perna, é o de braço"
  // "i dont play lasso, what other open guard"
  'i dont play',
  'i never play',
  'nao quero',
  'no quiero',
  // "to cansado de chave de braco", "harto de las guardias"
  'cansado de',
  'cansada de',
  // "já cansei de triângulo"
  'cansei de',
  // "já enjoei de triângulo", "deje de buscar la kimura"
  'enjoei de',
  'enjoei do',
  'enjoei da',
  ...['deje', 'deja', 'dejes', 'dejar'].map((stop) => `${stop} de buscar`),
  'cansado da',
  'cansado do',
  'harto de',
  'harta de',
  // French and Polish: "pas de clé de bras svp", "sans berimbolo", "bez balachy", "nie chcę gilotyny"
  // Italian: "tranne l'americana", "niente leg lock per favore"
  'tranne',
  'niente',
  'pas de',
  // Québec: "pis pas en nogi, on est en gi"
  'pas en',
  'pas de la',
  'pas du',
  // "mi academia no permite derribos ni slams"
  ...['no permite', 'no permiten', 'nao permite', 'nao permitem', 'no deja', 'no dejan'],
  // "me prohibieron los heel hooks en el torneo"
  'prohibieron',
  'prohibieron los',
  'me prohibieron',
  'me prohibieron los',
  'prohiben',
  'prohiben los',
  // "minha academia proíbe chave de calcanhar"
  ...['proibe', 'proibem', 'proibiu', 'proibiram', 'prohibe'],
  // "mon coach interdit les heel hooks pour les ados"
  'interdit',
  'interdit les',
  'interdisent',
  'interdisent les',
  'sans',
  'bez',
  'nie chce',
  'zadnych',
  // "my knees can't handle butterfly": a guard the body can't play is ruled out (a neck that "can't
  // take the darce" asks to defend it: not here)
  // ("my back can't handle shooting in": a back too)
  ...['knees', 'knee', 'hips', 'back'].flatMap((part) => ['cant handle', 'cant do'].map((cant) => `${part} ${cant}`)),
  'nao e',
  'no es',
  // "leaving the kimura aside" is ruled out after its name (EXCLUDE_AFTER)
  'leaving aside',
  'leave aside',
  'setting aside',
  'putting aside',
  // Taglish: "wala munang heel hook" (none for now), "wag muna leg locks", "bawal ang slam"
  'wala munang',
  'walang',
  'wag',
  'wag muna',
  'huwag muna',
  'huwag',
  'bawal',
  // "baseball choke, not off knee on belly, from half guard"
  'not off',
  // "what else from the back? dont say rnc"
  'dont say',
  'do not say',
  // "raspagem da meia guarda sem ir pro deep half"
  ...['sem ir', 'sem cair', 'sin ir', 'sin caer'].flatMap((go) =>
    ['pro', 'pra', 'para', 'no', 'na', 'al', 'a la'].map((to) => `${go} ${to}`),
  ),
  // "não me manda mata leão, quero o arco e flecha"
  'nao me manda',
  'nao me mande',
  'nao manda',
  'no me mandes',
  'no me mandas',
  // a body, an age or a rank that does not fit the technique: "my legs are too short for triangles", "im too young for heel hooks"
  ...['short', 'long', 'stiff', 'old', 'young', 'new', 'inflexible', 'heavy'].map((what) => `too ${what} for`),
];

// "not interested" said alone at the end of its clause ("not interested in the arm in version" names what is out)
const NOT_INTERESTED_ALONE: readonly string[] = [',', '.', '!', 'sorry', 'tbh', 'honestly', 'anymore', 'lol'].map(
  (end) => `not interested ${end}`,
);

/** Cues that rule out the topic (or list) just before them: "heel hooks are banned at my gym". */
export const EXCLUDE_AFTER: readonly string[] = [
  // a game the knees can't take: "open guard just hurts my knees" (one knee hurt is a leg lock's)
  ...['hurts', 'hurt', 'just hurts', 'kills', 'wrecks', 'destroys', 'is hard on', 'is rough on'].map(
    (hurts) => `${hurts} my knees`,
  ),
  // "anaconda videos but that's not what I want at all"
  'but thats not what i want',
  'thats not what i want',
  'is not what i want',
  'isnt what i want',
  'not what im after',
  // "single leg x sweeps for when the ankle lock isnt there": the fallback for it, not it
  ...['isnt there', 'is not there', 'aint there', 'is not on', 'isnt on'],
  // Italian and Korean chat: "niente leg lock, non mi interessano", "darce no need"
  ...['non mi interessa', 'non mi interessano', 'no need'],
  // Hindi in Latin letters: "leg locks nahi", "darce wala nahi", "gi wala mat bhejna" (don't send)
  ...['nahi ,', 'nahi .', 'wala nahi', 'vala nahi', 'mat bhejna', 'wala mat bhejna', 'nahi chahiye'],
  // "leaving the kimura aside, what else from north south", "leave the spider guard out of it"
  'aside',
  'out of it',
  'banned',
  'are banned',
  'is banned',
  'r banned',
  'not allowed',
  'arent allowed',
  'isnt allowed',
  'are not allowed',
  'is not allowed',
  'not permitted',
  'are illegal',
  'is illegal',
  'illegal',
  'off limits',
  'off the table',
  // "nogi wont help him, his gym only does kimono"
  ...['wont', 'doesnt', 'does not', 'will not', 'would not', 'wouldnt'].map((not) => `${not} help`),
  'is useless',
  'is no use',
  // "rdlr to berimbolo is too much for my body"
  ...['is', 'are', 's', 'feels'].flatMap((be) =>
    ['too much for me', 'too much for my body', 'too much for my knees'].map((x) => `${be} ${x}`),
  ),
  'forbidden',
  'prohibited',
  'no thanks',
  'no thank you',
  // "sans kimono non merci", "bez gi nie chcę"
  'non merci',
  'nie chce',
  'nie dzieki',
  // "not the bridge and shrimp, i know that one"
  'i know that one',
  'already know that one',
  // "tri is all i know": what the user already has is not what is asked
  ...['is', 'are'].flatMap((be) => ['all i know', 'all i do', 'all i ever do'].map((all) => `${be} ${all}`)),
  // too much for the user now: "dlr too spicy for saturday", "berimbolo is too fancy for me" (but "is x guard
  // too fancy" asks it)
  ...['too spicy', 'too fancy for me', 'too advanced for me', 'too risky for me'],
  // sat out: "class was all leg locks which i sat out bc of my meniscus"
  ...['which i sat out', 'i sat out', 'i sit out'],
  // put off: "north south maybe later in the month", "mount escapes can wait"
  ...['maybe later', 'can wait', 'another day', 'some other time'],
  // "need butterfly passing mostly, closed guard i can deal with later"
  ...['i can deal with later', 'can deal with later', 'can come later', 'for later'],
  // a coach's plan or sanction: "leaving leg locks out of fundamentals", "on leg lock probation"
  ...['out of fundamentals', 'out of the class', 'out of class', 'out of the lesson', 'out for now', 'probation'],
  // "acl reco so heel hooks are out"
  'are out',
  'is out',
  // "all my collar chokes are gone" (in no-gi)
  'are gone',
  'is gone',
  // Portuguese "doesn't work": "de kimono pq sem kimono nao da"
  'nao da',
  'not for me',
  // "north south choke, i'm done with it"
  'done with it',
  'done with that',
  'done with those',
  // said with scorn: "lasso is for cowards"
  'is for cowards',
  'are for cowards',
  'is lame',
  'are lame',
  'is cheesy',
  'are cheesy',
  'not my thing',
  'are not my thing',
  'isnt my thing',
  'arent my thing',
  'please no',
  'pls no',
  'not again',
  'excluded',
  'couldnt care less about',
  'could care less about',
  'dont care about',
  ...NOT_INTERESTED_ALONE,
  'no interest',
  // "o soto gari no, uchi mata no.": a name then "no" at the end of its clause, as Portuguese and Spanish say it
  'no ,',
  'no .',
  // "mount escapes nah, im fine on bottom"
  'nah ,',
  'nah .',
  'nao ,',
  'nao .',
];

/** A rule-out said of a pronoun, which stands for the last name before it: "… so forget those". */
/** Each cue followed by a pronoun that points back at a name said before it ("forget those"). */
const pointingBack = (cues: readonly string[]): string[] =>
  cues.flatMap((cue) => ['those', 'them', 'that', 'it'].map((pronoun) => `${cue} ${pronoun}`));

export const EXCLUDE_POINTING_BACK: readonly string[] = [
  // ("the heal hook, no wait scratch that just the knee bar": taken back)
  ...pointingBack([
    'forget',
    'forget about',
    'skip',
    'done with',
    'sick of',
    'tired of',
    'no more of',
    'none of',
    'scratch',
  ]),
  // "the basic ezekiel from mount like ten times, so not that one": the last name said, the way it differs
  ...['that one', 'that version', 'those ones', 'that variation'].map((one) => `not ${one}`),
  // "every triangle video I find is from closed guard and I've seen enough of those"
  ...pointingBack(['seen enough of', 'had enough of', 'watched enough of']),
  // "everyone loves leg locks now but i'm really not interested, sorry", "…not into them"
  ...NOT_INTERESTED_ALONE,
  ...pointingBack(['not interested in', 'not into']),
  // "my hips just don't move like that anymore, so not that"
  'so not that',
  'so not those',
];

/**
 * Cues that rule out only in a message about a body that hurts: "knee is shot, cant do deep half"
 * (but "i cant do the berimbolo, how does it work" asks for it).
 */
export const EXCLUDE_WHEN_HURT: readonly string[] = ['cant do', 'cannot do', 'can not do', 'can no longer do'];
/** How a body part is said to be hurt, beside the pain words: "my knee is shot", "dodgy shoulder". */
export const HURT_WORDS: readonly string[] = ['shot', 'wrecked', 'busted', 'dodgy', 'bad', 'torn', 'blown', 'meniscus'];

/** Cues that rule out only at the start of a clause ("Forget the omoplata." but not "I forget the armbar grip"). */
export const EXCLUDE_AT_CLAUSE_START: readonly string[] = [
  // "over reverse de la riva honestly", "so over heel hooks"
  'over',
  'so over',
  'im over',
  // Tagalog "hindi kimura ha, americana yung hinahanap ko" ("Hindi" is also the language)
  'hindi',
  // "avoid knee on belly, my partner's got cracked ribs" (not "how to avoid mount": a defence)
  'avoid',
  'forget',
  'forget the',

  'never mind',
  'nevermind',
  'nvm',
  'scratch',
  // "enough x guard videos for now lol" (not "is that enough armbar practice")
  'enough',
];

/**
 * Words a forward cue's reach may cross before its topic: "no more of those leg lock videos", "not
 * interested in learning berimbolos", "don't want to see any heel hooks". A passive auxiliary
 * ("don't want to get armbarred") is not among them: that is defending, not ruling out.
 */
export const EXCLUSION_BRIDGE: readonly string[] = [
  // "no me mandes más triángulos"
  'mas',
  'the',
  'a',
  'an',
  'any',
  'more',
  'of',
  'those',
  'these',
  'that',
  'this',
  'some',
  'all',
  'my',
  'your',
  'our',
  'such',
  'same',
  // Tagalog and Polish: "wag na yung triangle", "ayoko na ng deep half"
  'yung',
  'ng',
  'na',
  // Portuguese and Spanish: "sem o cara repor a guarda", "sin la guardia cerrada", "pero no desde la araña"
  'desde',
  'del',
  // "que não seja da guarda fechada": from the, in Portuguese
  'da',
  'de',
  'das',
  'dos',
  'o',
  'os',
  'la',
  'el',
  'los',
  'las',
  'cara',
  // "but no go to x guard please"
  'go',
  // "so no big throws", "no high amplitude stuff"
  'big',
  'huge',
  'high',
  'risky',
  'dangerous',
  // "none of the fancy comp stuff"
  'fancy',
  'flashy',
  'modern',
  'comp',
  // "not interested in competition stuff or takedowns"
  'competition',
  'or',
  // "not against de la riva", "not regular dlr"
  'against',
  'regular',
  'normal',
  'plain',
  // who may not: "our gym doesn't let blue belts heel hook"
  'white',
  'blue',
  'belts',
  // "coach doesnt let whites heel hook"
  'whites',
  'blues',
  'beginners',
  'students',
  'us',
  'kids',
  'fancy',
  'flashy',
  'whole',
  'straight',
  'usual',
  'typical',
  'standard',
  'classic',
  'crazy',
  'freaking',
  'damn',
  'stupid',
  'with',
  'about',
  'on',
  'for',
  'from',
  'in',
  'under',
  // "no bottom mount or side control for now"
  'bottom',
  'at',
  'to',
  'learn',
  'learning',
  'do',
  'doing',
  'see',
  'seeing',
  'watch',
  'watching',
  'drill',
  'drilling',
  'work',
  'working',
  'practice',
  'practicing',
  'practising',
  'try',
  'trying',
  // "not tryna wrestle"
  'tryna',
  'use',
  'using',
  'play',
  'playing',
  'focus',
  'focusing',
  'hear',
  'study',
  'studying',
  'deal',
  // "i dont want to touch heel hooks or kneebars for a while"
  'touch',
  'more',
  'another',
  'other',
  'again',
  'yet',
  'just',
  'even',
  'really',
  'at',
  'all',
  'video',
  'videos',
  'vid',
  'vids',
  'clip',
  'clips',
  'stuff',
  'content',
  'how',
  'recommended',
  'shown',
  'anything',
  // "exclude anything originating in closed guard", "don't send me anyone wearing a kimono"
  // "no judo throws": the art a name comes from
  'judo',
  'wrestling',
  // "no sacrifice throws"
  'sacrifice',
  'fazer',
  'hacer',
  'originating',
  'starting',
  'coming',
  // "not transitioning to mount": the place the user will not go
  'transitioning',
  'transition',
  'going',
  'moving',
  'anyone',
  'wearing',
  // "no more jumping closed guard in comps", "no pulling half guard", "not the spinning s-mount version"
  'jumping',
  'pulling',
  'spinning',
  'flying',
];

/** After a ruled-out topic, these carry the rule over to the next one: "no heel hooks or kneebars". */
/** Words that close a list ruled out: "none of that upside down de la riva berimbolo stuff". */
export const EXCLUSION_LIST_ENDS: readonly string[] = ['stuff', 'things', 'crap', 'nonsense', 'garbage', 'bs'];
/** Words that end such a list's reach before its end: "no more leg locks just guard stuff". */
export const EXCLUSION_LIST_STOPS: readonly string[] = [
  'just',
  'only',
  'but',
  'i',
  'want',
  'need',
  'show',
  'give',
  'please',
  'pls',
  'instead',
  'rather',
  'more',
  // a new clause: "bans heel hooks so straight ankle lock stuff only"
  'so',
  'because',
  'cause',
  'cuz',
];

// "no wrestling takedowns like double legs", "nada de wrestling tipo double leg": examples of what is ruled out
export const EXCLUSION_LIST_WORDS: readonly string[] = [
  'and',
  'or',
  'nor',
  'n',
  '/',
  ',',
  'plus',
  'nem',
  'ni',
  'like',
  'tipo',
];

/** Words between a topic and its after-cue: "heel hooks are totally banned", "leg locks r not allowed". */
export const EXCLUSION_AFTER_BRIDGE: readonly string[] = [
  'are',
  'is',
  'r',
  'were',
  'totally',
  'completely',
  'straight',
  'strictly',
  'kinda',
  'basically',
  'all',
  'still',
  'always',
  'videos',
  'vids',
  'stuff',
  'content',
  'for',
  'me',
  'at',
  'my',
  'our',
  'gym',
  'which',
  'i',
  'im',
  'that',
  'honestly',
];

/** Phrases that begin with a cue word but rule nothing out ("not sure", "no idea", "not just"). */
export const NOT_EXCLUSIONS: readonly string[] = [
  // "the armbar is out of reach": not ruled out
  'is out of',
  'are out of',
  // "y no salgo": not getting out is the question, not a rule-out
  'no salgo',
  'no puedo salir',
  // "no puedo pasar la guardia de araña": a move the user can't get done is the question
  ...['no puedo', 'no consigo', 'no logro', 'nao posso'].flatMap((cant) =>
    ['pasar', 'passar', 'terminar', 'finalizar', 'escapar', 'barrer', 'raspar', 'mantener', 'tomar'].map(
      (move) => `${cant} ${move}`,
    ),
  ),
  'nao saio',
  'nao consigo sair',
  'not sure',
  'not really sure',
  'not too sure',
  'no idea',
  // "kimura, no need to be fancy": nothing ruled out
  'no need to',
  'not just',
  'not only',
  'no matter',
  'not bad',
  'not gonna lie',
  'no worries',
  'no problem',
  'no rush',
  'no clue',
  'no joke',
  'no lie',
  'no cap',
  'less than',
  'no more than',
  'not long',
  'not yet',
  'not much',
  'not even',
  'not able to',
  'not getting',
  'not get',
  'nothing works',
  'besides that',
];

/** "pls no more triangles, how do i defend": a sigh when the message asks a defence; "please no more kimura stuff" otherwise. */
export const EXASPERATED_EXCLUSIONS: readonly string[] = ['please no more', 'pls no more', 'plz no more'];

/**
 * Preference cues that rule out only in a request ("show me armbars instead of kimuras"); in a
 * question that compares ("when to use RDLR instead of DLR") both sides are what is asked.
 */
export const EXCLUDE_UNLESS_COMPARED: readonly string[] = ['instead of', 'rather than', 'in place of'];

/** Words that make a message a comparison of what it names: "when", "which", "better", "vs". */
export const COMPARISON_WORDS: readonly string[] = [
  'when',
  'why',
  'which',
  'whether',
  'should',
  'better',
  'worse',
  'vs',
  'versus',
  'compare',
  'compared',
  'difference',
  'prefer',
  'pros',
  'cons',
];

/**
 * Words only Portuguese uses: in a message with two of them, "no" is "in the" ("to no cem quilos",
 * "fico no norte sul"), not a rule-out. ("não"/"nao" still rules out.)
 */
export const PORTUGUESE_WORDS: readonly string[] = [
  // "me ensina a passar com pressao … no cara da borboleta"
  ...['ensina', 'ensinar', 'passar', 'raspar', 'tal', 'pressao', 'sair', 'preciso', 'aprender', 'dele', 'dela'],
  ...['muito', 'obrigado', 'valeu', 'sendo', 'fui', 'tou', 'levo', 'toda', 'hora', 'treinar', 'finalizado'],
  // "me finalizam no triângulo sempre"
  ...['finalizam', 'caio'],
  // "cai no cem quilos de um faixa preta e nao saio"
  'cai',
  'nao',
  'saio',
  'jeito',
  'nenhum',
  'preta',
  'eu',
  'quero',
  'pra',
  'meu',
  'minha',
  'voce',
  'sou',
  'estou',
  'fico',
  'tenho',
  'treino',
  'faixa',
  'pq',
  'tambem',
  'sempre',
  'quando',
  'isso',
  'esse',
  'essa',
  'das',
  'dos',
  'nas',
  'cara',
  'cima',
  'baixo',
  'consigo',
  'finalizo',
  'comecando',
  'entrar',
  'pegar',
  // "pegar o pescoco no 4 apoios": body parts and positions in Portuguese
  'pescoco',
  'costas',
  'apoios',
  'pega',
  'pegam',
  'mundo',
  'passar',
  'raspar',
  'agora',
  'ele',
  'ela',
  // stuck or caught in something: "to preso no cem quilos direto", "vivem me pegando no triangulo", "me pegou no armlock"
  ...['pegando', 'pegou', 'pego', 'pegaram', 'pegam', 'vivem', 'tento', 'tentando', 'qnd', 'caio', 'caindo'],
  ...['tomo', 'tomei', 'tomando', 'levei', 'levando', 'entro', 'entrei', 'galera', 'todo', 'aqui'],
  ...['preso', 'presa', 'presos', 'travado', 'travada', 'fiquei', 'ficava', 'direto'],
  // names academies use: "chave de calcanhar no sem kimono" ("no" is "in the")
  'sem',
  'chave',
  'calcanhar',
  'guarda',
  'montada',
  'costas',
  'raspagem',
  'passagem',
  'finalizacao',
  'estrangulamento',
];

// Training that starts soon, so has not begun: "starting bjj next week insha'allah", "start on
// monday", "about to start my first class", "começo semana que vem", "empiezo el lunes", "je commence
// demain", "ich fange nächste Woche an", "agle hafte se shuru". Matched on the answer's words joined
// by spaces, accents gone; frequency-not-begun.ts adds them to the ways of not having begun. Only
// BJJ itself starts here: "starting comps next month" or "starting nogi next week" begins nothing new.

const WEEKDAY = String.raw`(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?`;
const MONTH = String.raw`(?:jan|january|feb|february|march|april|may|june|july|aug|august|sept|september|oct|october|nov|november|dec|december)`;
const COUNT = String.raw`(?:a|an|one|two|three|four|few|a few|a couple of|couple of|\d+)`;
// "next week", "tomorrow", "on monday", "in 2 weeks", "in january", "this saturday", "after ramadan"
const SOON = String.raw`(?:next|tomorrow|soon|shortly|on ${WEEKDAY}|in ${COUNT} (?:day|days|week|weeks|month|months)|in ${MONTH}|this (?:coming )?(?:${WEEKDAY}|weekend|week)|after (?:ramadan|eid|the holidays|christmas|new year))\b`;
const WHAT = String.raw`(?:bjj|jiu jitsu|jiujitsu|jiu|training|classes|class|lessons|my first (?:class|session|lesson)|properly|officially)`;

export const STARTS_SOON: readonly RegExp[] = [
  new RegExp(String.raw` (?:starting|start|starts|begin|beginning|begins) (?:${WHAT} )?${SOON}`),
  // "about to start", "about to start my first class"
  new RegExp(String.raw` about to (?:start|begin)(?: ${WHAT}\b| [.,!;]|\s*$)`),
  // Portuguese, Spanish, French, Italian: "começo semana que vem", "empiezo el lunes", "je commence demain"
  / (?:comeco|vou comecar|inicio|vou iniciar) (?:(?:o |no |a )?(?:jiu jitsu|jiu|bjj|treinar|treino|as aulas) )?(?:semana que vem|mes que vem|amanha|na proxima|em breve|logo|(?:na |no )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo))\b/,
  / (?:empiezo|comienzo|arranco|voy a empezar|voy a comenzar|empezare|comenzare) (?:(?:en |a )?(?:bjj|jiu jitsu|jiu|entrenar|clases) )?(?:la semana que viene|la proxima semana|el mes que viene|el proximo mes|manana|pronto|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b/,
  / (?:je commence|je vais commencer|je debute) (?:le (?:jjb|bjj|jiu jitsu) )?(?:la semaine prochaine|le mois prochain|demain|bientot|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/,
  / (?:inizio|comincio) (?:(?:il |con il )?(?:bjj|jiu jitsu) )?(?:la settimana prossima|settimana prossima|il mese prossimo|domani|presto|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b/,
  // German "ich fange nächste Woche an", "ich fange bald mit BJJ an", "ich beginne morgen"
  / (?:fange|beginne) (?:ich )?(?:mit (?:bjj|jiu jitsu) )?(?:nachste woche|nachsten monat|morgen|bald|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))\b/,
  // Hinglish and Russian: "agle hafte se shuru", "nachinayu so sleduyushchey nedeli"
  / agle (?:hafte|mahine) (?:se )?(?:shuru|start|join)\b/,
  / (?:nachinayu|nachnu) (?:\w+ )?(?:zavtra|skoro|so sleduyushch\w* nedeli|v ponedelnik)\b/,
];

// belt_level: a belt promised or still to come, which says nothing of the belt held now: "getting my
// purple at the next grading", "purple any day now", "vou pegar a roxa em dezembro", "ojalá me den el
// azul", "me va a dar la morada". Data only; belt-words.ts spreads it into the time cues.

import type { PhraseTable } from './lexicon';
import type { BeltTime } from './belt-words';

export const BELT_TO_COME: PhraseTable<BeltTime> = [
  // "getting my purple at the next graduation": promised, not held
  ['getting|gettin|geting my', 'hope'],
  // "coach said im getting blue at the next promotion"
  ['im|am getting|gettin', 'hope'],
  // "getting promoted to black on saturday!! still brown till then"
  ['getting|gettin|being promoted|graded|bumped to', 'hope'],
  // "i think i'm getting purple": "i'm" read as "i m"
  ['i m getting|gettin', 'hope'],
  // …but "after getting my blue" is a belt got: held now
  ['after getting|gettin|earning|receiving my', 'now'],
  // "waiting on my blue, maybe in december": a belt awaited, like one promised, says nothing of now
  // unless a stripe held does ("4 stripes, waiting on my blue")
  ['waiting|wait on|for my', 'hope'],
  // "blue belt's coming, coach says", "purple is on its way"
  ['is|s coming', 'hope'],
  ['is|s on its|the way', 'hope'],
  ['one day', 'hope'],
  // meant to come and put off: "was meant to get brown this year but I tore my ACL", "was meant to be
  // blue by now", "i was due to get purple", "slated to test for black"
  ['meant|due|slated|scheduled|set|booked to get|be|receive|test|grade', 'hope'],
  // a promotion with a date is still to come: "blue next month", "purple at the next grading"
  ['next week|month|year|term|grading|promotion|promo|ceremony|seminar|saturday|friday', 'hope'],
  ['the next', 'hope'],
  // a promotion days or weeks away: "my purple belt test in two weeks", "brown grading in 10 days"
  ['in two|three|four|five|six|2|3|4|5|6|7|8|9|10 days|weeks', 'hope'],
  ['in a few|couple days|weeks', 'hope'],
  ['in a couple of days|weeks', 'hope'],
  // "minha preta vem ano que vem" (comes next year), "el año que viene", "no próximo ano"
  ['ano|mes|semana que vem|viene', 'hope'],
  // wished for in Portuguese and Spanish: "quero pegar a azul", "espero la morada", "meu sonho é a preta"
  ['quero|queria|quiero|quisiera|espero|pretendo|sonho|sueno|meta|objetivo', 'hope'],
  ['proximo|proxima ano|mes|semana|graduacao|graduacion|promocion|examen|exame', 'hope'],
  // given at a grading still to come: "me da la azul", "me va a dar la morada", "vai me dar a roxa"
  ['me da|dan|dara|daran', 'hope'],
  ['me va|van a dar|entregar', 'hope'],
  ['me vai|vao dar|entregar', 'hope'],
  ['vai|vao me dar|entregar', 'hope'],
  ['promoting|promote|giving|give me to', 'hope'],
  ['promoting|giving me', 'hope'],
  // a grading still to come: "theyre grading me to blue at the end of term", "testing me for purple"
  ['grading|testing|assessing me to|for', 'hope'],
  // "testing for blue on the 14th", "my grading for purple is in march": the belt of a grading to come,
  // not the one held (a stripe count or a colour said besides still tells that one)
  ['grading|testing|test|grade for', 'hope'],
  // …but "passed my test for blue" is a belt got
  ['passed|aced|smashed my|the grading|test for', 'now'],
  // "purple any day now": the next belt, so the one below is held ("now" there is no belt held now)
  ['any day|minute|moment now', 'next'],
  // "vou pegar a roxa em dezembro", "voy a recibir la azul": the verb's future
  ['vou|vamos|vai pegar|receber|ganhar|tirar', 'hope'],
  ['voy|vamos|va a recibir|sacar|tener|conseguir|obtener|pasar', 'hope'],
  // "ojalá me den el azul", "a ver si me dan la morada": wished for
  ['ojala', 'hope'],
  ['me den|de', 'hope'],
  // a wait still to run: "another 2 years til brown", "a year or so until purple", "a long way to black"
  // (not "took me 6 years until black": only a wait said to be more still runs)
  ['more|other|couple|few years|year|months|month|weeks|yrs|yr til|till|until|untill|before', 'hope'],
  [
    'another|still 1|2|3|4|5|6|a|one|two|three|few|couple years|year|months|month|weeks|yrs|yr til|till|until|untill|before',
    'hope',
  ],
  ['another year|month|decade til|till|until|untill|before', 'hope'],
  ['ages|forever til|till|until|untill', 'hope'],
  ['long way|road|ways|while til|till|until|untill|to|from', 'hope'],
  // said after it: "the blue is still far away", "purple is miles off", "black is a long way off"
  ['still far away|off', 'hope'],
  ['far away|off', 'hope'],
  ['miles|ages|years|yrs away', 'hope'],
  // (not "took 5 years off": a break)
  ['miles|ages off', 'hope'],
  ['a long way|ways away|off', 'hope'],
  ['a ver si', 'hope'],
  // a promotion put off is still to come: "my brown promotion keeps getting pushed back", "purple got
  // delayed again", "they postponed my blue"
  ['pushed|put|kicked back|off', 'hope'],
  ['delayed|postponed|deferred|rescheduled', 'hope'],
];

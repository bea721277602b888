// French vocabulary for every field, as typed on a phone (no accents): "cinq fois par semaine",
// "ceinture violette", "je déteste être en dessous", "pour perdre du poids". Data only; world-words.ts
// spreads it into the field tables.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

export const FRENCH: TongueWords = {
  numbers: [
    ['deux', 2],
    ['trois', 3],
    ['quatre', 4],
    ['cinq', 5],
    ['sept', 7],
    ['huit', 8],
  ],
  // "un", "une" are articles too: counts only in "une fois", "un jour"
  countedNumbers: [
    ['un', 1],
    ['une', 1],
  ],
  durations: [
    ['ans', 1],
    ['annees', 1],
    ['mois', 1 / 12],
    ['semaines', 1 / 52],
    ['heures', 0],
  ],
  timesWords: ['fois', 'jours', 'jour', 'seances', 'seance', 'cours', 'entrainements', 'soirs'],
  perUnit: [
    ['par|la|chaque|/ semaine|sem', 1],
    ['dans la|une semaine', 1],
    ['hebdo|hebdomadaire', 1],
    ['par|chaque jour', 7],
    ['par|chaque|au|le mois', PER_MONTH],
  ],
  ratePhrases: [
    ['tous les jours|soirs|matins', EVERY_DAY],
    ['chaque jour|soir', EVERY_DAY],
    ['quotidiennement', EVERY_DAY],
    ['presque|quasiment|pratiquement tous les jours|soirs', 6],
    ['presque|quasiment chaque jour', 6],
    ['la plupart des jours|soirs', 5],
    ['un jour sur deux', 3.5],
    ['de temps en temps', 'vague'],
    ['parfois|rarement', 'vague'],
  ],
  weekdays: [
    [[0], ['lundi', 'lundis']],
    [[1], ['mardi', 'mardis']],
    [[2], ['mercredi', 'mercredis']],
    [[3], ['jeudi', 'jeudis']],
    [[4], ['vendredi', 'vendredis']],
    [[5], ['samedi', 'samedis']],
    [[6], ['dimanche', 'dimanches']],
  ],
  // "lundi et mercredi", "du lundi au vendredi"
  weekdayJoiners: ['et', 'au', 'le', 'les'],
  weekdayRange: ['au'],
  exceptBefore: ['sauf'],
  denyingDays: ['jamais', 'pas'],
  nothing: ['rien'],
  skipFillers: ['le', 'les'],
  addsUp: ['et'],
  otherSports: ['musculation', 'muscu', 'footing', 'natation', 'velo', 'boxe'],
  colours: [
    ['blanche|blanc', 'white'],
    ['bleue', 'blue'],
    ['violette|violet', 'purple'],
    ['noire|noir', 'black'],
  ],
  levels: [
    ['debutant|debutante|nouveau|nouvelle', 'novice'],
    ['je commence|debute', 'novice'],
    ['viens de commencer', 'novice'],
    ['commence|commencer', 'started'],
    ['avance|avancee|experimente|experimentee|confirme|confirmee|intermediaire', 'experienced'],
  ],
  beltTimes: [
    ['promu|promue|obtenu|obtenue|recu|recue|maintenant|actuellement|depuis|toujours|encore', 'now'],
    ['avant|etais|ancienne|ancien', 'past'],
    ['bientot|presque', 'next'],
    ['veux|voudrais|espere|objectif|reve|prochain|prochaine|peutetre', 'hope'],
    ['peut etre', 'hope'],
  ],
  positions: [
    // "au-dessus" reads "au dessus": hyphens are skipped
    ['dessus|haut', 'top'],
    ['en|au|par dessous', 'guard'],
    ['dessous', 'guard'],
    // "70% sous, 30% dessus": "sous" (under) said alone as a side, the short of "en dessous"
    ['sous', 'guard'],
    // …but before what it is under it is a preposition: "sous pression", "sous les jambes"
    ['sous pression|les|la|le|l|mon|ma|son|sa|un|une|des|ses|leur|leurs', 'neutral'],
    ['en bas', 'guard'],
    ['sur le dos', 'guard'],
    ['garde|gardes', 'guard'],
    ['passer|passe|passage|passages la|de garde', 'top'],
    ['passer|passage', 'top'],
    ['les deux', 'balanced'],
    ['un peu de tout', 'balanced'],
    ['moitie moitie', 'balanced'],
    ['equilibre|polyvalent', 'balanced'],
    // "ça dépend"
    ['depend', 'balanced'],
    // "peu importe", "n'importe où", "ça m'est égal", "partout"
    ['peu importe', 'balanced'],
    ['n importe ou|laquelle|lequel|quoi', 'balanced'],
    ['est egal', 'balanced'],
    ['partout', 'balanced'],
  ],
  positionEmphasis: [
    ['surtout|principalement|plutot', 'summary'],
    ['prefere|preferes|toujours|aime|adore', 'primary'],
    ['parfois', 'secondary'],
  ],
  goals: [
    [
      'competitions|competer|compet|competiteur|competitrice|tournoi|tournois|championnat|championnats|medaille|medailles',
      'competition',
    ],
    ['perdre du|des poids|kilos|ventre', 'fitness'],
    ['maigrir|mincir|poids|sante|cardio', 'fitness'],
    ['la|en forme', 'fitness'],
    ['me|se|te defendre', 'self_defense'],
    ['defendre|autodefense', 'self_defense'],
    ['legitime defense', 'self_defense'],
    ['dans la rue', 'self_defense'],
    // "pour ne pas me faire agresser", "pas me faire casser la gueule": the "pas" is the goal
    ['pas|plus me faire agresser|taper|frapper|tabasser|casser|emmerder|marcher', 'self_defense'],
    ['me faire agresser|tabasser', 'self_defense'],
    ['progresser|progres|meilleur|meilleure', 'skill_development'],
    ['ameliorer|apprendre|comprendre', 'learning_verb'],
    ['plaisir|amuser|loisir|detente|decompresser|defouler|kiffer|kiff|potes', 'recreational'],
  ],
  goalEmphasis: [
    ['surtout|principalement|juste|seulement|uniquement', 'primary'],
    ['peut etre', 'hedge'],
    ['peutetre|aussi|un jour', 'hedge'],
  ],
  negations: [
    ['deteste|detestes|hais|hait|evite|evites', 'pre'],
    // "je n'aime pas être en dessous" reads "n aime pas etre en dessous"
    ['n aime|aimes|supporte pas', 'pre'],
    ['aime|aimes|supporte pas', 'pre'],
    ['veux|veut pas', 'pre'],
    ['pas pour|fan|trop|de|d|la|le|les|du|interesse|encore', 'pre'],
    ['jamais|sans', 'pre'],
    ['sais pas', 'idiom'],
    ['pas que|seulement', 'idiom'],
  ],
  now: ['maintenant', 'actuellement', 'aujourd'],
  past: ['avant', 'etais', 'debut'],
  i: ['je', 'j', 'moi'],
  butBeforeI: ['mais'],
  relatives: ['frere', 'soeur', 'pere', 'mere', 'mari', 'femme', 'copain', 'copine', 'fils', 'fille', 'oncle', 'tante'],
  others: ['entraineur', 'pote', 'potes', 'ami', 'amie', 'amis', 'collegue'],
  that: ['que', 'qu'],
  possessives: ['mon', 'ma', 'mes', 'notre', 'nos'],
  jokes: [['je rigole|blague|plaisante', 'joke']],
};

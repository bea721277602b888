// The kinds of session a count may name ("3 gi classes", "2 nogi", "1 open mat", "2 clases de
// competición"), so counts of different kinds add up. Data only; frequency-words.ts and the readers use it.

/**
 * Spanish and Portuguese kinds that name a session on their own after a count, as the adjective of
 * a class left unsaid: "2 de competición y 2 normales", "2 fundamentos + 2 avançadas".
 */
export const IBERIAN_KINDS_ALONE: readonly string[] = [
  ...['normales', 'normais', 'regulares', 'avanzadas', 'avanzados', 'avancadas', 'avancados', 'avancado'],
  ...['particulares', 'privadas', 'fundamentos', 'iniciantes', 'principiantes', 'basicas', 'basicos'],
];
/** …and after the class they name, the kind the Iberian word order puts last: "clases de gi", "aulas de manhã". */
export const IBERIAN_KINDS_AFTER: ReadonlySet<string> = new Set([
  ...IBERIAN_KINDS_ALONE,
  ...['normal', 'regular', 'avanzada', 'avancada', 'avanzado', 'particular', 'privada', 'basica', 'basico'],
  ...['competicion', 'competicao', 'competencia', 'kimono', 'quimono', 'tecnica', 'drill', 'rola', 'sparring'],
  ...['manha', 'tarde', 'noite', 'manana', 'noche', 'mediodia'],
]);

/** Words allowed between a number and what it counts: "3 gi classes", "2 nogi", "1 open mat". */
export const SESSION_KINDS: ReadonlySet<string> = new Set([
  'gi',
  'nogi',
  'bjj',
  'jiu',
  'jitsu',
  'jiujitsu',
  'morning',
  'evening',
  'night',
  'lunch',
  'lunchtime',
  'noon',
  'open',
  'mat',
  'mats',
  'regular',
  'private',
  'privates',
  'drilling',
  // "one drill session", "2 drill classes"
  'drill',
  'comp',
  'competition',
  'fundamentals',
  'fundies',
  'basics',
  'beginner',
  'beginners',
  'intermediate',
  // "2 all levels"
  'all',
  'levels',
  'advanced',
  'training',
  'hour',
  'long',
  'hard',
  'proper',
  'full',
  'kids',
  // "4 weekday evenings": the count picks from the weekdays
  'weekday',
  'weeknight',
  'adult',
  'adults',
  'beginner',
  'beginners',
  'intermediate',
  'masters',
  'technique',
  // "1 private, 1 group class": a group class is a kind of class
  'group',
  'sparring',
  'rolling',
  'wrestling',
  'mma',
  'solid',
  // "2 ladies classes and 1 coed class", "one mixed class": classes by who may come
  ...['ladies', 'mixed', 'coed'],
  ...IBERIAN_KINDS_ALONE,
]);

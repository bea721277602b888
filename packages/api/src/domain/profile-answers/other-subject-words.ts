// Words for someone or something other than the user as a clause's subject ("my coach wants…"):
// what is said of them is not the user's answer. Shared by every field. Data only.

import { RELATIVES } from './family-words';
import { WORLD_OTHERS } from './world-words';

/** A spouse or partner by the names people call them: "my missus is a purple" is her belt, not the user's. */
export const SPOUSE_WORDS: readonly string[] = ['missus', 'wifey', 'hubby', 'spouse', 'fiance', 'fiancee'];

/**
 * Training partners, friends and coaches in Portuguese and Spanish: "meu parceiro de treino joga por
 * cima", "mi compañero compite", "mi profesor dijo…" tell of someone else.
 */
export const IBERIAN_OTHERS: readonly string[] = [
  ...['parceiro', 'parceira', 'parceiros', 'parceiras', 'companheiro', 'companheira', 'companero', 'companera'],
  ...['companeros', 'amigo', 'amiga', 'amigos', 'amigas', 'colega', 'colegas', 'profesor', 'profesora'],
  ...['professora', 'instrutor', 'instrutora', 'instructora'],
  // "meu aluno pegou a roxa", "mi alumna compite": the user's students
  ...['aluno', 'aluna', 'alunos', 'alunas', 'alumno', 'alumna', 'alumnos', 'alumnas'],
];

/** Someone or something else as the subject of a clause: "my coach wants…", "everyone at my gym…". */
export const OTHER_SUBJECTS: ReadonlySet<string> = new Set([
  ...SPOUSE_WORDS,
  'coach',
  'coaches',
  'professor',
  'prof',
  'instructor',
  'teacher',
  'sensei',
  // Portuguese and Spanish: "meu mestre quer que eu compita", "el profe dice"
  'mestre',
  'maestro',
  'profe',
  'treinador',
  'entrenador',
  'partner',
  'partners',
  'buddy',
  'friend',
  'friends',
  'roommate',
  'roomie',
  'flatmate',
  'mate',
  'mates',
  // "the guy who got me into it wants to do adcc", "my student wants to compete"
  'guy',
  'dude',
  'student',
  'students',
  'coworker',
  // "my neighbour does it to stay in shape and dragged me along": people around the user
  ...['coworkers', 'colleague', 'colleagues', 'neighbour', 'neighbor', 'neighbours', 'neighbors'],
  'teammate',
  'teammates',
  'gym',
  ...['academy', 'academia'], // "the academia has classes every day": the gym by its Iberian name
  'schedule',
  'timetable',
  'team',
  'everyone',
  'everybody',
  'wife',
  'husband',
  'gf',
  'bf',
  'girlfriend',
  'boyfriend',
  'daughter',
  // "my lad wants to compete, I'm just here with him"
  'lad',
  'boy',
  'girl',
  'nephew',
  'niece',
  'son',
  'kid',
  'kids',
  'brother',
  'sister',
  'dad',
  'mom',
  'he',
  'she',
  'they',
  'people',
  'pros',
  'athletes',
  'competitors',
  // "our club has a comp team", "the club wants more people at the open": the club's plans, not the user's
  'club',
  'dojo',
  // family in every language: "minha namorada joga de guarda", "my kuya is purple"
  ...RELATIVES,
  ...IBERIAN_OTHERS,
  // coaches and friends in the other tongues: "mon entraîneur", "mein Trainer", "hocam"
  ...WORLD_OTHERS,
]);

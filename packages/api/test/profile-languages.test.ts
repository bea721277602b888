import { describe, expect, it } from 'vitest';
import { parses } from './profile-cases';
import { parseProfileAnswer } from '../src/domain/profile-answers';

// Answers in French, Polish, Japanese (romaji), Korean (Hangul), Turkish, Indonesian/Malay, Dutch, German
// and Italian, typed as on a phone (accents often dropped), and the English and Iberian answers they must
// not disturb.

describe('counts in other tongues', () => {
  parses('training_frequency', [
    ['cinq fois par semaine', 5],
    ['une fois par semaine', 1],
    ['8 fois par mois', 1.85],
    ['trzy razy w tygodniu', 3],
    ['raz w tygodniu', 1],
    ['tre volte a settimana', 3],
    ['una volta a settimana', 1],
    ['8 volte al mese', 1.85],
    ['drie keer per week', 3],
    ['tweemaal per week', 2],
    ['8 keer per maand', 1.85],
    ['2 mal die Woche', 2],
    ['3 mal in der Woche', 3],
    ['einmal die Woche', 1],
    ['empat kali seminggu', 4],
    ['8 mal im Monat', 1.85],
    // the period before the count: Turkish, Japanese, Indonesian
    ['haftada üç kez', 3],
    ['haftada bir', 1],
    ['ayda 8 kez', 1.85],
    ['shuu ni yon kai', 4],
    ['shuu ni ni kai', 2],
    ['tsuki ni hachi kai', 1.85],
    ['seminggu tiga kali', 3],
    ['seminggu sekali', 1],
    // a range said without its dash
    ['dwa trzy razy, zależy', 2.5],
    ['shuu ni ni san kai', 2.5],
    ['two three times a week', 2.5],
    // "ni" after "shuu" is a particle, "go" an English verb: no count of their own
    ['I go 3 times a week', 3],
    ['due to work only twice a week', 2],
    // Portuguese "treinos" are counted like "classes"
    ['13 treinos por mes mais ou menos', 3],
    // Spanish "dos de gi": the "de" goes with the count
    ['dos de gi, una de nogi y el open mat del sábado', 4],
  ]);
});

describe('spelling beside other tongues', () => {
  it('never corrects an English word into one of theirs: "under" is no slip of German "unter"', () => {
    expect(parseProfileAnswer('training_frequency', 'under 3 times a week')).toBe(2.5);
  });
});

describe('rates, days and durations in other tongues', () => {
  parses('training_frequency', [
    ['tous les jours', 6.5],
    ['codziennie', 6.5],
    ['mainichi', 6.5],
    ['her gün', 6.5],
    ['setiap hari', 6.5],
    ['iedere dag', 6.5],
    ['jeden Tag', 6.5],
    ['tutti i giorni', 6.5],
    ['presque tous les jours', 6],
    ['neredeyse her gün', 6],
    ['Mo-Fr', 5],
    ['lun-ven', 5],
    // weekday names, joiners and ranges
    ['lundi, mercredi et vendredi', 3],
    ['le lundi, le mercredi et le vendredi', 3],
    ['du lundi au vendredi', 5],
    ['w poniedziałek i w środę', 2],
    ['getsuyoubi to mokuyoubi', 2],
    ['getsuyoubi kara kinyoubi made', 5],
    ['salı ve perşembe', 2],
    ['senin, rabu dan jumat', 3],
    ['maandag tot vrijdag', 5],
    ['Montag bis Freitag', 5],
    ['dal lunedi al venerdi', 5],
    ['le week-end', 2],
    // days left out, after or before "every day"
    ['tous les jours sauf le dimanche', 6],
    ['jeden Tag außer Sonntag', 6],
    ['Ausser Sonntag jeden Tag', 6],
    ['except sunday, every day', 6],
    ['nichiyoubi igai mainichi', 6],
    ['pazar hariç her gün', 6],
    ['tiap hari kecuali minggu', 6],
    ['nooit op maandag, alleen dinsdag en donderdag', 2],
    // a count added to with "plus le", "più il", "en"
    ['deux fois par semaine plus le samedi', 3],
    ['due volte a settimana piu il sabato', 3],
    ['twee keer in de week en zaterdag open mat', 3],
    // timetables, other sports left out
    ['Montag und Dienstag BJJ, Donnerstag Krafttraining, Samstag open mat', 3],
    ['zwei mal gi, einmal nogi und zweimal laufen', 3],
    ['pazartesi carsamba bjj, cumartesi open mat, persembe fitness', 3],
    ['lundi mardi jeudi jjb et samedi boxe anglaise', 3],
    ['maandag en woensdag gi, vrijdag nogi, zondag hardlopen', 3],
    // years, months, hours: time on the mats, not sessions
    ['ich trainiere seit drei jahren', null],
    ['ich trainiere seit 3 Jahren zweimal pro Woche', 2],
    ['od 2 lat trenuje 3 razy w tygodniu', 3],
    ['3 anos', null],
    // someone else's rate, and a past one
    ['mein Bruder trainiert jeden Tag, ich dreimal pro Woche', 3],
    ['abim her gün gidiyor, ben haftada 3 kez', 3],
    ['früher 5 mal pro Woche, jetzt 2', 2],
    ['mukashi wa shuu go kai, ima wa ni kai', 2],
  ]);
});

describe('belts in other tongues', () => {
  parses('belt_level', [
    ['ceinture blanche, je commence', 'white'],
    ['promu ceinture violette le mois dernier', 'purple'],
    ['mam niebieski pas od roku', 'blue'],
    // "ł", "ı", "ß" are folded like accents
    ['dostałem czarny pas w sobotę', 'black'],
    ['ich bin Weißgurt', 'white'],
    ['murasaki obi desu', 'purple'],
    ['senshuu chairo obi ni narimashita', 'brown'],
    ['mor kuşak', 'purple'],
    ['baru naik sabuk biru kemarin', 'blue'],
    ['ik heb de bruine band', 'brown'],
    ['blau, also blaugurt, 1 streifen', 'blue'],
    ['blauer Gurt mit 2 Streifen', 'blue'],
    ['sono cintura marrone', 'brown'],
    ['soy cafe', 'brown'],
    ['no soy principiante, soy violeta', 'purple'],
    // beginner or experienced
    ['Anfänger', 'white'],
    ['principiante assoluto', 'white'],
    ['fortgeschritten', 'blue'],
    // "je m'entraîne depuis": "started" ranks below a duration
    ['trenuje od 3 lat', 'blue'],
    // another art's belt
    ['zwarte band in judo, paarse in bjj', 'purple'],
    ['noire en judo, blanche en jjb', 'white'],
    ['cintura nera di judo ma nel bjj ho appena iniziato', 'white'],
    // someone else's belt
    ['mon frere a la ceinture bleue', null],
    ['moj trener ma czarny pas', null],
    ['ani wa kuro obi desu', null],
    ['abim siyah kusak', null],
    ['mijn broer heeft een zwarte band', null],
    ['blau, aber mein Bruder ist schwarz', 'blue'],
    // taken back, denied, still to come
    ['kuro obi... uso uso, shiro obi desu lol', 'white'],
    ['pas encore bleue, toujours blanche', 'white'],
    ['nicht mehr weiss, jetzt blau', 'blue'],
    ['mou shiro obi ja nai, ao obi', 'blue'],
    ['naechsten Monat bekomme ich vielleicht den lila Gurt', null],
    ['rainen kuro obi moraeru kamo', null],
  ]);
});

describe('positions in other tongues', () => {
  parses('main_position', [
    ['depuis ma ceinture marron je joue surtout au-dessus', 'top'],
    ['je deteste etre en dessous', 'top'],
    ['nie lubie byc na gorze', 'guard'],
    ['nienawidzę dołu', 'top'],
    ['shita wa kirai', 'top'],
    ['ue ga suki', 'top'],
    // after what it denies, over its verb; and no further
    ['ue ni naru no ga nigate', 'guard'],
    // the particle "no" is no English "no"
    ['randori no hanbun wa ue, hanbun wa shita', 'balanced'],
    ['ustten oynamayi severim', 'top'],
    ['alttan oynamaktan nefret ediyorum', 'top'],
    ['gak suka di bawah', 'top'],
    ['tidak suka di atas', 'guard'],
    ['ik lig niet graag onder', 'top'],
    ['onder lig ik niet graag', 'top'],
    ['ich hasse es unten zu liegen', 'top'],
    ['unten mag ich nicht', 'top'],
    ['passen ist nicht mein ding', 'guard'],
    ['sotto non ci sto mai volentieri', 'top'],
    ["un po' di tutto", 'balanced'],
    ['les deux', 'balanced'],
    ['ikisi de', 'balanced'],
    ['depend on partner', 'balanced'],
    // Spanish "jamás" denies like "nunca"
    ['jamas jalo guardia', 'top'],
    // someone else's side
    ['mein Partner spielt immer unten, ich lieber oben', 'top'],
    ['unten, aber mein Trainer will, dass ich mehr oben spiele', 'guard'],
  ]);
});

describe('goals in other tongues', () => {
  parses('training_goals', [
    ['taikai ni detai', 'competition'],
    ['pour perdre du poids', 'fitness'],
    ['me remettre en forme', 'fitness'],
    ['samoobrona, pracuje w ochronie', 'self_defense'],
    ['je veux devenir meilleur, comprendre le jiu', 'skill_development'],
    ['op wedstrijden', 'competition'],
    ['zweimal BJJ, dreimal Gym, alles nur um abzunehmen', 'fitness'],
    ['due lezioni di gi e una di nogi, tutto per imparare a difendermi', 'self_defense'],
    ['sadece hobi', 'recreational'],
    ['buat bela diri', 'self_defense'],
    // denied before, or after (Japanese, Turkish)
    ['pas pour la competition, pour me defendre dans la rue', 'self_defense'],
    ['nie chodzi mi o walki, chce sie uczyc techniki', 'skill_development'],
    ['shiai wa kyoumi nai tanoshii kara', 'recreational'],
    ['turnuva degil, eglence', 'recreational'],
    ['non mi interessa la forma fisica, voglio gareggiare', 'competition'],
    // what the user is now, after a start or a promotion
    ['kuro obi moratta kedo, ima wa tada tanoshimitai', 'recreational'],
    ['am Anfang zum Abnehmen, jetzt will ich Wettkämpfe machen', 'competition'],
    ['paarse band gehaald, nu wil ik op wedstrijden', 'competition'],
    // a coach's wish is the coach's, past "mais moi", "ama ben", "dass"
    ['mon coach veut que je fasse des competitions mais moi c est pour le plaisir', 'recreational'],
    ['hocam turnuvaya girmemi istiyor ama ben saglik icin', 'fitness'],
    ['mein Trainer will, dass ich Turniere mache, aber ich mache es für die Gesundheit', 'fitness'],
    ['mon fils veut faire des competitions', null],
  ]);
});

describe('Tagalog rates, Japanese counts with no particle, belts only dreamt of', () => {
  parses('training_frequency', [
    ['dalawang beses isang linggo', 2],
    ['tatlong beses sa isang linggo', 3],
    ['apat na beses kada linggo', 4],
    ['araw-araw', 6.5],
    ['walong beses isang buwan', 1.85],
    ['pito na lang', null],
    // "shuu ni kai" is 週2回, twice a week: the "ni" is the count
    ['gi wa shuu ni kai, nogi wa ikkai', 3],
    ['tsuki ni kai', 0.46],
    ['shuu ni yon kai', 4],
  ]);
  parses('belt_level', [
    ['kuro obi wa yume desu', null],
    ['der schwarze Gürtel ist mein Traum', null],
    ['zwarte band is mijn droom', null],
    ['siyah kusak hayalim', null],
    ['sabuk hitam impian saya', null],
    ['czarny pas to moje marzenie', null],
    ['shiro obi desu', 'white'],
  ]);
});

describe('no side preferred, and not getting beaten up, in other tongues', () => {
  parses('main_position', [
    ['peu importe', 'balanced'],
    ["n'importe où", 'balanced'],
    ['ist mir egal', 'balanced'],
    ['maakt niet uit', 'balanced'],
    ['fa lo stesso', 'balanced'],
    ['wszystko jedno', 'balanced'],
    ['doko demo ii', 'balanced'],
    ['fark etmez', 'balanced'],
    ['terserah', 'balanced'],
  ]);
  parses('training_goals', [
    ['pour ne pas me faire agresser', 'self_defense'],
    ['um nicht verprügelt zu werden', 'self_defense'],
    ['per non farmi picchiare', 'self_defense'],
  ]);
});

describe('the reader addressed as family: "kuya", "ate", "bhai", "sir", "po"', () => {
  parses('belt_level', [
    ['kuya blue belt na po ako, 2 stripes', 'blue'],
    ['kuya purple na po ako', 'purple'],
    ['hi kuya! brown belt po', 'brown'],
    ['black belt? ako? hindi po, white pa lang', 'white'],
    // a possessive or a verb makes it a relative spoken of
    ['my kuya is purple', null],
    ['kuya ko purple', null],
  ]);
  parses('training_frequency', [['kuya 3x a week po', 3]]);
  parses('main_position', [['kuya guard po', 'guard']]);
  parses('training_goals', [['kuya competition po', 'competition']]);
});

describe('Russian answers, typed in Latin letters or in Cyrillic', () => {
  parses('training_frequency', [
    ['tri raza v nedelyu', 3],
    ['три раза в неделю', 3],
    ['Три раза в неделю', 3],
    ['odin raz v nedelyu', 1],
    ['raz v nedelyu', 1],
    ['dva-tri raza v nedelyu', 2.5],
    ['pyat raz v nedelyu', 5],
    ['chetyre raza', 4],
    ['dve trenirovki v nedelyu', 2],
    ['tri dnya v nedelyu', 3],
    ['8 raz v mesyats', 1.85],
    ['v nedelyu tri raza', 3],
    ['в неделю 2 раза', 2],
    ["kazhdyy den'", 6.5],
    ['каждый день', 6.5],
    ['ежедневно', 6.5],
    ['pochti kazhdyy den', 6],
    ['kazhdyy den krome voskresenya', 6],
    ['po budnyam', 5],
    ['s ponedelnika po pyatnitsu', 5],
    ['ponedelnik, sreda i pyatnitsa', 3],
    ['в понедельник и четверг', 2],
    ['kazhdyy den, realno 3', 3],
    // five years on the mats, three times a week
    ['treniruyus 5 let, 3 raza v nedelyu', 3],
  ]);
  parses('belt_level', [
    ['siniy poyas', 'blue'],
    ['синий пояс', 'blue'],
    ['белый пояс, 2 полоски', 'white'],
    ['chernyy poyas', 'black'],
    ['коричневый', 'brown'],
    ['novichok', 'white'],
  ]);
  parses('main_position', [
    ['sverkhu', 'top'],
    ['снизу', 'guard'],
    ['без разницы', 'balanced'],
  ]);
  parses('training_goals', [
    ['соревнования', 'competition'],
    ['samooborona', 'self_defense'],
    ['похудеть', 'fitness'],
    ['для себя', 'recreational'],
  ]);
});

describe('Hinglish answers', () => {
  parses('belt_level', [
    ['bhai blue belt hai', 'blue'],
    ['neeli belt hai', 'blue'],
    ['kaali belt', 'black'],
    ['safed belt, abhi shuru kiya', 'white'],
    ['pehle white tha, ab blue hoon', 'blue'],
    ['mera bhai black belt hai', null],
    ['meri behen blue belt hai', null],
    ['agle mahine blue milegi', null],
  ]);
  parses('training_frequency', [
    ['hafte mein teen baar', 3],
    ['4 baar hafte mein', 4],
    ['roz', 6.5],
    ['itvaar chhodke roz', 6],
    ['somvar se shukravar tak', 5],
    ['mahine mein 12 baar', 2.77],
    ['mera bhai roz jata hai, main hafte mein 2 baar', 2],
    // corrected, in Hinglish and Tagalog
    ['teen baar, nahi nahi, char baar', 4],
    ['tatlong beses, ay mali, apat na beses', 4],
  ]);
  parses('main_position', [
    ['bhai top pe hi rehna pasand hai, bottom mein pressure handle nahi hota', 'top'],
    ['bottom pasand nahi', 'top'],
    ['neeche se khelna pasand hai', 'guard'],
    ['jaldi se neeche se nikalna hai', 'top'],
    ['mera dost top pe rehta hai, mujhe guard pasand hai', 'guard'],
    ['dono', 'balanced'],
    ['farak nahi padta', 'balanced'],
    ['koi preference nahi hai', 'balanced'],
    ['walang preference po', 'balanced'],
  ]);
  parses('training_goals', [
    ['wajan kam karna hai', 'fitness'],
    ['apni hifazat ke liye', 'self_defense'],
    ['sirf maze ke liye', 'recreational'],
    ['mera bhai competition karta hai, main fitness ke liye', 'fitness'],
    ['agar kuch ho jaye to family ko bacha sakun', 'self_defense'],
    ['kung may mangyari sa pamilya ko', 'self_defense'],
  ]);
});

describe('round r33: days with nothing on them, classes that share a day, a day added, in other tongues', () => {
  parses('training_frequency', [
    ['montag bis freitag, am wochenende nichts', 5],
    ['du lundi au vendredi, rien le week-end', 5],
    ['lunedi al venerdi, niente nel weekend', 5],
    ['seg a sex de manha e ter e qui de noite', 7],
    ['lunes a viernes por la manana y martes y jueves por la noche', 7],
    ['2x por semana y ahora agrego el open mat del sabado', 3],
    ['treino 3 vezes por semana e agora acrescentei o nogi na sexta', 4],
    // Polish and Russian "i" is "and": counts of two kinds add up
    ['dwa razy w tygodniu gi i raz no-gi', 3],
    ['trzy razy w tygodniu gi i dwa razy no-gi', 5],
    ['dva raza v nedelyu gi i raz nogi', 3],
    ['два раза в неделю ги и раз ноги', 3],
  ]);
});

describe('round r33: sides not known, per setting, conceded or of the past, in Spanish and Portuguese', () => {
  parses('main_position', [
    ['nao sei jogar por baixo, sempre por cima', 'top'],
    ['no se jugar abajo, siempre arriba', 'top'],
    ['em campeonato sempre por cima, no treino jogo guarda', 'balanced'],
    // Portuguese "no kimono" is in the gi, and denies nothing
    ['no kimono eu jogo guarda, sem kimono prefiro por cima', 'balanced'],
    ['arriba, aunque mi guardia esta bien', 'top'],
    ['por cima, embora minha guarda seja ok', 'top'],
    ['antes jugaba guardia', null],
    ['eu jogava guarda quando era faixa branca', null],
  ]);
  parses('belt_level', [['nunca fui graduado, so treino sem kimono', null]]);
  parses('training_goals', [
    ['lo hacia por defensa personal cuando era adolescente', null],
    ['fiz pra competir quando era novo', null],
  ]);
});

describe('Korean answers, in Hangul, with the particles written onto the words', () => {
  parses('training_frequency', [
    ['일주일에 다섯 번 정도요', 5],
    ['일주일에 세번이요', 3],
    ['주 3회', 3],
    ['주3회', 3],
    ['주 삼 회', 3],
    ['일주일에 두세번', 2.5],
    ['한 달에 여덟 번', 1.85],
    ['매일', 6.5],
    ['거의 매일 가요', 6],
    ['월수금', 3],
    ['월요일이랑 목요일', 2],
    ['월요일부터 금요일까지', 5],
    ['일요일 빼고 매일', 6],
    // three years on the mats, four times a week
    ['주짓수 3년 했고 지금은 주 4회', 4],
  ]);
  parses('belt_level', [
    ['흰띠', 'white'],
    ['화이트벨트요', 'white'],
    ['파란띠입니다', 'blue'],
    ['블루 벨트', 'blue'],
    ['보라띠예요', 'purple'],
    ['퍼플벨트', 'purple'],
    ['갈색띠', 'brown'],
    ['브라운벨트입니다', 'brown'],
    ['검은띠', 'black'],
    ['블랙벨트', 'black'],
    ['예전에는 화이트였는데 지금은 블루예요', 'blue'],
    ['곧 퍼플', 'blue'],
    ['퍼플 되고 싶어요', null],
    ['초보예요', 'white'],
    ['형은 블랙벨트예요', null],
    ['블랙? ㅋㅋ 아니요 화이트', 'white'],
  ]);
  parses('main_position', [
    ['가드', 'guard'],
    ['탑이요', 'top'],
    ['위가 좋아요', 'top'],
    ['밑은 싫어요', 'top'],
    ['아래에서 하는 게 좋아요', 'guard'],
    ['둘 다', 'balanced'],
    ['반반이요', 'balanced'],
    ['상관없어요', 'balanced'],
    ['가끔 탑 가끔 가드, 주로', 'balanced'],
    ['탑은 안 해요', 'guard'],
    ['탑 좋아하지만 가드도 해요', 'top'],
    // inside the guard, and "in order to", deny and name nothing
    ['가드 안에서 스윕하는 거 좋아해요', 'guard'],
    ['살아남기 위해 가드', 'guard'],
  ]);
  parses('training_goals', [
    ['호신용으로 배우고 있어요', 'self_defense'],
    ['시합 나가고 싶어요', 'competition'],
    ['대회 출전', 'competition'],
    ['다이어트', 'fitness'],
    ['체력 키우려고', 'fitness'],
    ['취미로 해요', 'recreational'],
    ['재미로', 'recreational'],
    ['기술을 배우고 싶어요', 'skill_development'],
    ['시합은 관심 없어요, 그냥 취미', 'recreational'],
    ['시합 말고 호신용', 'self_defense'],
    // a friend trained with is no one else's answer
    ['친구랑 취미로 해요', 'recreational'],
    ['시합? 아니요, 취미로', 'recreational'],
    // "는데", "지만" written onto a verb turn the clause as "but" does
    ['형은 시합 나가는데 나는 취미로', 'recreational'],
    ['형이 시합 나가요', null],
  ]);
});

describe('round r34: Ukrainian answers, beside Russian', () => {
  parses('training_frequency', [
    ['три рази на тиждень', 3],
    // the apostrophe inside a word is spelt as nothing: "п'ять" is "пять"
    ["п'ять разів на тиждень", 5],
    ['п’ять разів на тиждень', 5],
    ['двічі на тиждень', 2],
    ['на тиждень чотири тренування', 4],
    ['щодня', 6.5],
    ['займаюсь три роки, тричі на тиждень', 3],
  ]);
  parses('belt_level', [
    ['білий пояс', 'white'],
    ['блакитний пояс', 'blue'],
    ['новачок', 'white'],
    ['був білий, тепер синій', 'blue'],
  ]);
  parses('main_position', [
    ['зверху, люблю тиснути', 'top'],
    ['знизу', 'guard'],
    ['обидва', 'balanced'],
    ['без різниці', 'balanced'],
  ]);
  parses('training_goals', [
    ['хочу виступати на змаганнях', 'competition'],
    ['для себе, хобі', 'recreational'],
    ['для самооборони', 'self_defense'],
    ['схуднути', 'fitness'],
    ['хочу вдосконалюватись', 'skill_development'],
    ['не хочу змагатися, просто для себе', 'recreational'],
  ]);
});

describe('round r34: Vietnamese answers, with their marks or without', () => {
  parses('training_frequency', [
    ['ba buổi một tuần', 3],
    ['một tuần ba buổi', 3],
    ['bốn lần mỗi tuần', 4],
    ['hai ba buổi một tuần', 2.5],
    ['hằng ngày', 6.5],
    // two years on the mats, three sessions a week
    ['tập 2 năm rồi, 3 buổi/tuần', 3],
    // Tagalog "ba" asks: it is no three before a rate said in words
    ['may klase ba araw-araw?', 6.5],
    // a number counts what its own tongue counts: French "un bon cours" is a good class, no four
    ["c'était un bon cours, j'y vais 2 fois par semaine", 2],
    ['on a drillé le kimura trap, bon cours', null],
  ]);
  parses('belt_level', [
    // "đ" has no accent to strip: it is typed "d"
    ['đai trắng', 'white'],
    ['Đai xanh 2 vạch', 'blue'],
    ['dai tim', 'purple'],
    ['đai nâu', 'brown'],
    ['đai đen', 'black'],
    ['mới tập', 'white'],
    ['muốn lên đai đen', null],
    // "tim" and "den" alone are English words
    ['Tim says hi', null],
  ]);
  parses('main_position', [
    ['ở trên', 'top'],
    ['thích nằm dưới', 'guard'],
    ['cả hai', 'balanced'],
    ['không thích ở dưới', 'top'],
  ]);
  parses('training_goals', [
    // not competed yet is no goal of competing
    ['chưa thi đấu, chỉ tập cho vui thôi', 'recreational'],
    ['chưa thi đấu', null],
    ['muốn thi đấu', 'competition'],
    ['tự vệ', 'self_defense'],
    ['giảm cân', 'fitness'],
    ['học kỹ thuật', 'skill_development'],
    ['giải trí', 'recreational'],
  ]);
});

describe('round r34: Tagalog belts, "pa lang" and "isa"', () => {
  parses('belt_level', [
    ['puting belt pa lang po hehe', 'white'],
    ['puti pa lang', 'white'],
    ['asul na belt po', 'blue'],
    ['bughaw na belt', 'blue'],
    ['ube na po', 'purple'],
    ['kayumanggi', 'brown'],
    ['itim na belt', 'black'],
    ['baguhan pa lang po', 'white'],
    ['pangarap ko maging itim na belt', null],
  ]);
  parses('training_frequency', [['isa beses sa isang linggo', 1]]);
});

describe('round r35: Malay answers, and the fillers of Singapore and Malaysian English', () => {
  parses('training_goals', [
    ['buat suka-suka je', 'recreational'],
    ['saja-saja', 'recreational'],
    ['suka2 je', 'recreational'],
    ['untuk seronok', 'recreational'],
    ['tak nak bertanding, suka-suka je', 'recreational'],
    ['nak masuk kejohanan', 'competition'],
    ['nak pertahankan diri', 'self_defense'],
    ['nak cari peluh', 'fitness'],
    ['jaga badan', 'fitness'],
    ['untuk kesihatan sahaja', 'fitness'],
    ['asah kemahiran', 'skill_development'],
    // controls: the words Malay shares with Indonesian, someone else's goal, English fillers
    ['nak bertanding', 'competition'],
    ['untuk pertahanan diri', 'self_defense'],
    ['nak belajar teknik', 'skill_development'],
    ['kawan saya nak bertanding', null],
    ['compete leh', 'competition'],
    ['for fun lah, no need compete', 'recreational'],
  ]);
  parses('training_frequency', [
    ['hari-hari', 6.5],
    ['hari2', 6.5],
    // controls
    ['seminggu dua kali', 2],
    ['3 kali seminggu lah', 3],
    ['setiap hari kecuali ahad', 6],
    ['3 times a week sia', 3],
    ['twice leh', 2],
  ]);
  parses('belt_level', [
    ['baru mula', 'white'],
    ['dah lama train', 'blue'],
    ['dah dapat biru', 'blue'],
    ['nak dapat hitam', null],
    // controls
    ['tali pinggang ungu lah', 'purple'],
    ['sabuk coklat', 'brown'],
    ['anak saya tali pinggang biru', null],
    ['purple meh? no lah, blue', 'blue'],
    ['still white lor', 'white'],
  ]);
  parses('main_position', [
    ['dua-dua', 'balanced'],
    ['kedua-dua', 'balanced'],
    ['tak kisah', 'balanced'],
    ['x suka bawah', 'top'],
    ['tak berapa suka bawah', 'top'],
    ['dahulu atas, skang dua-dua', 'balanced'],
    // "half half" is half and half, not a half guard
    ['half half lah', 'balanced'],
    // controls
    ['half guard', 'guard'],
    ['deep half', 'guard'],
    ['tak suka atas', 'guard'],
    ['top lor', 'top'],
  ]);
});

describe('round r36: player nouns, a stripe still to go, a side not settled, came then stayed, in Romance tongues', () => {
  parses('main_position', [
    ['guardista', 'guard'],
    ['sono un guardista', 'guard'],
    ['soy guardista', 'guard'],
    ['passadores', 'top'],
    ['sou passadora', 'top'],
    ['giocatore di passaggio', 'top'],
    ['je suis plutot passeur', 'top'],
    // a side only asked about
    ['no se si soy de guardia o de arriba', null],
    ['nao sei se sou guardeiro ou passador', null],
    // controls
    ['guardia', 'guard'],
    ['guardeiro', 'guard'],
    ['pasar la guardia es lo mio', 'top'],
    ['no soy guardista, soy pasador', 'top'],
  ]);
  parses('belt_level', [
    ['estoy a un grado de la negra', 'brown'],
    ['a um grau da preta', 'brown'],
    ['falta um grau pra roxa', 'blue'],
    ['azul (tecnicamente blanco hasta la graduacion del sabado)', 'white'],
    ['blanco hasta la promocion del viernes', 'white'],
    // controls: stripes held on the belt
    ['dos grados de azul', 'blue'],
    ['faixa azul 2 graus', 'blue'],
    ['oficialmente branca', 'white'],
  ]);
  parses('training_goals', [
    ['vine por defensa personal, me quede por la tecnica', 'skill_development'],
    ['vim pela forma fisica, fiquei pela competicao', 'competition'],
    // control
    ['vim pela defesa pessoal', 'self_defense'],
  ]);
  parses('training_frequency', [
    ['cinco, no, cuatro', 4],
    ['cinco, nao, quatro', 4],
    // control
    ['cuatro veces, no mas', 4],
  ]);
});

describe('round r39: Turkish "değilim" and staying in shape', () => {
  parses('belt_level', [
    // "değil" with the person's ending, "I am not", denies the colour before it
    ['Siyah kuşak değilim, kahverengi', 'brown'],
    ['Mavi kuşak değilim, beyaz', 'white'],
    // controls: the colours said plainly
    ['siyah kuşak', 'black'],
    ['kahverengi kuşağım', 'brown'],
  ]);
  parses('training_goals', [
    // "formda kalmak" (stay in shape), "forma girmek" (get in shape), "spor için" (for exercise)
    ['Spor için, formda kalmak istiyorum', 'fitness'],
    ['forma girmek istiyorum', 'fitness'],
    // controls: Portuguese "de qualquer forma" (anyway) is no shape; a Turkish goal of another kind
    ['de qualquer forma, competir', 'competition'],
    ['turnuvalara katılmak istiyorum', 'competition'],
  ]);
});

describe('round r40–r41: Romanian, Malayalam, Nepali, Bengali and Māori answers', () => {
  parses('belt_level', [
    // Romanian: "centura albă" (white belt), "abia am început" (just started)
    ['centura albă, abia am început', 'white'],
    ['centura albastră', 'blue'],
    // control: "alba" alone is also Spanish and Italian (dawn)
    ['alba', null],
    // Māori "he … ahau": I am a …
    ['Kia ora coach, he blue belt ahau, 2 stripes', 'blue'],
    ['he blue belt tonu ahau', 'blue'],
    // controls: "ia" (she, he) and English "he" are someone else
    ['he blue belt ia', null],
    ["he's a blue belt", null],
  ]);
  parses('training_frequency', [
    ['de trei ori pe săptămână', 3],
    // Malayalam: "aazhchayil moonu divasam" (three days a week), "ellaa divasavum" (every day)
    ['Aazhchayil moonu divasam', 3],
    ['randu thavana aazhchayil', 2],
    ['ellaa divasavum', 6.5],
    // Nepali: "hapta ma dui choti" (twice a week), "dinhu" (daily)
    ['hapta ma dui choti jaanchu dai, restaurant ko kaam le garda', 2],
    ['dinhu', 6.5],
    // Bengali: "soptahe tin din" (three days a week)
    ['soptahe tin din', 3],
    // controls: their number words count only before what they count
    ['moonu', null],
    ["i've got a tin of protein and train twice a week", 2],
  ]);
  parses('training_goals', [
    ['vreau să concurez, anul ăsta fac primul turneu', 'competition'],
    // Bengali "ami" is the user, not the French friend
    ['Bhai ami self defence er jonno shikhi, raate gari chalai', 'self_defense'],
    ['ami mojar jonno kori', 'recreational'],
    // controls: the French friend, owned, is still someone else; Dutch "nu" (now) is no Romanian "not"
    ['mon ami veut faire de la compétition', null],
    ['paarse band gehaald, nu wil ik op wedstrijden', 'competition'],
  ]);
});

describe('round r42–r43: Ukrainian in Latin letters, Tamil, Arabizi and Kriolu answers', () => {
  parses('belt_level', [
    // Ukrainian as Ukraine romanises it, "и" as "y": "korychnevyi poyas, vzhe try roky" (brown belt,
    // three years already)
    ['korychnevyi poyas, vzhe try roky', 'brown'],
    ['synii poyas', 'blue'],
    // control: the Russian spelling is still read
    ['korichnevyi poyas', 'brown'],
  ]);
  parses('training_frequency', [
    ['try razy na tyzhden', 3],
    // Tamil: "vaarathukku rendu thadava" (twice a week), "vaarathula moonu naal" (three days a week)
    ['vaarathukku rendu thadava da', 2],
    ['vaarathula moonu naal', 3],
    // controls: English "try" is no three; Tamil number words count only before what they count
    ['I try to go twice a week', 2],
    ['rendu', null],
  ]);
  parses('main_position', [
    // Arabizi "ma b7ebb" (I don't like), the "7" a letter cut out as a number
    ['ana top, ma b7ebb el guard abadan', 'top'],
    ['ana guard, ma bhebb el top', 'guard'],
    // control: liked, not negated, it is both
    ['ana top, b7ebb el guard kaman', 'balanced'],
    // Kriolu "riba" (on top), "ka" before a verb negates it
    ['N ta gosta di fika riba, N ka gosta di guarda', 'top'],
    // controls: liked guard stays guard; "ka" alone is no negation
    ['N ta gosta di guarda', 'guard'],
    ['guarda, ka ta gosta di riba', 'guard'],
  ]);
});

describe('round r44: European Portuguese and Kriolu belts, Iberian whole weeks, maybes and motives', () => {
  parses('belt_level', [
    // European Portuguese "castanha" is brown
    ['Faixa castanha, treino em Almada', 'brown'],
    ['cinturão castanho', 'brown'],
    // control: a kimono's colour is no belt
    ['kimono castanho, faixa azul', 'blue'],
    // Kriolu "ami" is I, not the French friend; "roxu" is purple
    ['Ami é sintu roxu, dja N tene dos grau', 'purple'],
    ['ami é sintu azul', 'blue'],
    ['ami é sintu kastanhu', 'brown'],
    // controls: a friend owned is still someone else
    ['mon ami est ceinture violette', null],
    ['mon ami est ceinture bleue, moi blanche', 'white'],
  ]);
  parses('training_frequency', [
    // the whole week less the days excepted
    ['toda la semana menos los lunes', 6],
    ['a semana toda menos segunda', 6],
    // control: every day less a day reads as before
    ['todos os dias menos segunda', 6],
  ]);
  parses('training_goals', [
    // "o que me motiva" names the main goal, after what the user started for
    [
      'Olha, comecei por causa da saúde, perdi 15 kg, mas hoje em dia o que me motiva mesmo é competir, já fiz três campeonatos este ano',
      'competition',
    ],
    ['lo que más me motiva es competir, aunque empecé para bajar de peso', 'competition'],
    // control: without it, the first goal leads
    ['perdi 15 kg e também compito', 'fitness'],
    // a maybe later is no goal now
    ['talvez comece a competir ano que vem', null],
    ['quizás empiece a competir el año que viene', null],
    // controls: a plan said plainly is a goal, and so is a hope for one day
    ['quero competir ano que vem', 'competition'],
    ['nao sei talvez competir um dia', 'competition'],
  ]);
});

describe('round r44–r45: Arabizi belts and counts, Danish and Norwegian, Russian competing', () => {
  parses('belt_level', [
    // Arabizi colours: "7zam abyad" (white belt), "azra2" (blue, its "2" cut off as a number)
    ['ana 7zam abyad, lessa mubtadi', 'white'],
    ['7zam azra2', 'blue'],
    // "mubtadi" (beginner) with no colour is white, as "beginner" is; control: each colour its own
    ['lessa mubtadi', 'white'],
    ['ana 7zam aswad', 'black'],
  ]);
  parses('training_frequency', [
    // "marratain" (twice) "fil usboo3" (a week): the "3" of "usboo3" is the letter ʿayn, no count
    ['ya3ni marratain fil usboo3 bas', 2],
    // control: a count in digits still counts
    ['4 marrat fil usboo3', 4],
  ]);
  parses('main_position', [
    // Danish "ovenpå" (on top), Norwegian "i bunnen" (at the bottom)
    ['jeg kan bedst lide at være ovenpå', 'top'],
    ['mest i bunnen', 'guard'],
    // control: English "over" and "under" are no Danish
    ['i get rolled over a lot, under everyone', null],
  ]);
  parses('training_goals', [
    ['for at blive bedre teknisk', 'skill_development'],
    ['jeg vil konkurrere', 'competition'],
    // Russian "vystupat" (to compete), "sorevnovaniyah" with "h" for "kh"
    ['hochu vystupat na sorevnovaniyah', 'competition'],
    // control: "ne khochu" (don't want) still denies it
    ['ne khochu sorevnovaniya, prosto dlya sebya', 'recreational'],
  ]);
});

describe('round r46: Danish, Norwegian and Swedish belts, romanised Korean belts', () => {
  parses('belt_level', [
    ['jeg har lilla bælte', 'purple'],
    ['jeg har blått belte', 'blue'],
    ['jag har svart bälte', 'black'],
    // control: colours that are English words or fillers too need the belt noun
    ['bla bla, white belt', 'white'],
    ['sort of a blue belt', 'blue'],
    // romanised 검은띠 (black belt), 보라띠 (purple belt)
    ['geomeun-tti', 'black'],
    ['bora tti', 'purple'],
    // control: a romanised colour with no "tti" is no belt
    ['bora bora trip last year, blue belt', 'blue'],
  ]);
});

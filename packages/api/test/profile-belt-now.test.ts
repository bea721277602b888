import { describe, expect, it } from 'vitest';
import { parses } from './profile-cases';
import { reads } from './profile-reads';
import { parseProfileAnswer } from '../src/domain/profile-answers';

// belt_level: which belt is held now. A promotion, a belt history, a belt kept at or left behind say the belt
// now; a belt promised, wished for, in line for or still some stripes away is not held; a colour corrected,
// laughed off or taken back gives way to the one after it. Plain answers: profile-belt.test.ts.

describe('a belt mentioned is not a belt held', () => {
  parses('belt_level', [
    ["Coach says I'll probably get my blue at the next promotion", null],
    ['Aiming to hit purple by the end of this year', null],
    ['My professor is a 3rd degree black belt', null],
    ['my gf is a blue belt and she taps me constantly', null],
    ['supposed to get my brown in December, until then I am still purple', 'purple'],
    ['not blue yet, hopefully soon', 'white'],
    ['4 stripes, waiting on my blue', 'white'],
    ["i'd love to be a purple belt by next year", null],
    // a belt promised, typed without the apostrophe
    ['coach says ill get my blue next month', null],
    ['getting my purple at the next graduation ceremony', null],
    ['getting promoted to brown next week supposedly', null],
    // a promotion with a date is still to come, however it is phrased
    ['coach is promoting me to blue next month', null],
    ["coach says i'm getting purple at the next promotion", null],
    ['grading is next month, fingers crossed for purple', null],
    ['4 stripe white, blue next month', 'white'],
    // "one day" is someday, not a day on the mats
    ['black one day lol', null],
    ['been training for one day', 'white'],
    ['got promoted in judo, brown now', null],
    // a colour in the plural is a group of people
    ['the purple belts at my gym are brutal', null],
    ['the browns always smash me in open mat', null],
  ]);
});

describe('a belt just earned is held, however it feels', () => {
  parses('belt_level', [['just earned blue, still feels weird to wear it', 'blue']]);
});

describe('what follows a correction is the belt', () => {
  parses('belt_level', [
    ['white. just kidding, purple', 'purple'],
    ['blue no wait purple, keep forgetting lol', 'purple'],
    ['blue belt, so pretty new', 'blue'],
  ]);
});

describe('a promotion says the belt now', () => {
  parses('belt_level', [
    ['blue to purple at the last seminar', 'purple'],
    ['white → blue last friday 🥹', 'blue'],
    ['white -> blue', 'blue'],
    // a group the user is in
    ['double promotion night, me and my wife both got our blue belts', 'blue'],
    ['my kids got their blue belts', null],
    // someone else's colour, its emoji after it is the same mention
    ['my girlfriend just got her purple 💜', null],
    ['was purple back in 2018, took 4 yrs off, coach had me go back to blue when i came back', 'blue'],
    ['professor tied the black belt on me last friday', 'black'],
    ['promoted from purple to brown this spring', 'brown'],
    ['left white belt behind last week', 'blue'],
    ['coach promoted me and my brother to blue last night', 'blue'],
    ['they promoted me to blue but honestly I still feel like a white', 'blue'],
    ['just got my first stripe', null],
  ]);
});

describe('a belt still to come, and a black belt aimed at', () => {
  it('a belt still to come is not the belt held, and an aimed-at black belt stays a goal', () => {
    expect(parseProfileAnswer('belt_level', 'coach said im getting blue at the next promotion')).toBeNull();
    expect(parseProfileAnswer('training_goals', 'get my black belt')).toBe('skill_development');
  });
});

describe('insisting is no taking back of the belt', () => {
  reads([['belt_level', 'blue belt no joking', 'blue']]);
});

describe('a belt held since a day just past, and time on the mats beside a colour', () => {
  reads([
    ['belt_level', 'white. well, blue since tuesday actually', 'blue'],
    ['belt_level', 'been training since last year, white belt', 'white'],
  ]);
});

describe('"in my dreams" takes back its own belt', () => {
  reads([
    ['belt_level', 'white belt, blue in my dreams 😂', 'white'],
    ['belt_level', 'black belt in my dreams', null],
  ]);
});

describe('a belt wished for takes back only its clause', () => {
  reads([['belt_level', 'purple in my dreams lol, white for now', 'white']]);
});

describe('a belt history ends at the belt now', () => {
  parses('belt_level', [
    ['3 years white, 4 years blue, 1 at purple so far', 'purple'],
    ['white for 2 years then blue since 2023', 'blue'],
    ['white 2018-2020, blue 2020-2024, purple since', 'purple'],
    ['blue for 3 years and purple for 2', 'purple'],
    // a belt still to come, a time said of one belt only, or belts not in rising order are no history
    ['white belt for 6 months, blue belt in 2 months', 'white'],
    ['coach kept me at blue for 3 years, says purple is close', 'blue'],
    ['purple now, blue for 3 years before that', 'purple'],
    ['white or blue, been training 2 years', 'white'],
  ]);
});

describe('a stripe held with the next belt hoped for is the belt below it', () => {
  parses('belt_level', [
    ['got my 4th stripe, next stop blue hopefully', 'white'],
    ['3 stripes, hoping for purple next', 'blue'],
    ['2 stripes, hopefully brown by summer', 'purple'],
    ['just got my second stripe, blue belt is the dream', 'white'],
    // no stripe, a colour stated, or someone else's stripes: as before
    ['hoping to get my blue soon', null],
    ['blue belt 2 stripes, purple hopefully soon', 'blue'],
    ['my buddy has 3 stripes and wants blue', null],
  ]);
});

describe('a belt the coach kept the user at is the belt now', () => {
  parses('belt_level', [
    ['prof kept me at white with 4 stripes but says im close', 'white'],
    [
      'ok so long story, started in 2015, quit for 4 yrs after knee surgery, came back last year and prof kept me at white with 4 stripes but says im close',
      'white',
    ],
    ['they kept me at purple for ages', 'purple'],
    ['been kept at white for 3 years', 'white'],
    // the coach's own belt, or a group of belts, is not the user's
    ['my coach keeps his black belt in a drawer', null],
    ['prof kept the purple belts after class', null],
  ]);
});

describe('a belt history told by the year on the belt or the age at each ends at the latest belt', () => {
  parses('belt_level', [
    // "year 3 of brown": the year counted on the last belt times it
    ['4 years as a white, 2 at blue, and this is year 3 of brown', 'brown'],
    // ages at each promotion time the belts
    ['got blue at 25 and purple at 31', 'purple'],
    // the last belt said again as a conclusion is the same belt
    ['white at 20, blue at 24, brown at 30. so brown', 'brown'],
  ]);
});

describe('never promoted, still on the first belt: white', () => {
  parses('belt_level', [
    ['been doing this 3 years and never got promoted', 'white'],
    ['still wearing my first belt honestly', 'white'],
    ['ainda estou na primeira faixa', 'white'],
    ['still tied up in the belt from day one lol', 'white'],
    // a colour after the promotion is the one not reached, not a first belt
    ['never been promoted to purple', null],
  ]);
});

describe('a colour laughed off is taken back', () => {
  parses('belt_level', [
    // a colour laughed off is taken back
    ['maybe black? lol no. brown, 2 stripes', 'brown'],
    ['black lol no. purple', 'purple'],
    ['purple haha nope, blue 3 stripes', 'blue'],
    ['black? haha not really, brown', 'brown'],
    // "no" that does not end its clause takes nothing back
    ['blue haha no stripes yet', 'blue'],
  ]);
});

describe('belts ahead, a history summed up, a dash that corrects, and letters swapped about', () => {
  parses('belt_level', [
    // a belt one is ready for, listed for or in line for is still to come
    ['my coach thinks im ready for purple', null],
    ["pretty sure I'm on the list for brown at the grading", null],
    ["i'm in line for purple this summer", null],
    // "in 5 years" is time ahead, not time on the mats
    ['want my black before 60, check back in 5 years', null],
    // "so purple" sums a belt history up
    ['started on white, spent ages on blue and a bit on purple. so purple', 'purple'],
    // a spaced dash breaks off what is corrected
    ['brown - actually black since the spring', 'black'],
    ['blue - sorry purple, got it on saturday', 'purple'],
    // letters only swapped about are one slip more
    ['brwno belt', 'brown'],
    ['wihet belt, 3 stripes', 'white'],
  ]);
});

describe('a belt the user might get is not held', () => {
  parses('belt_level', [
    // a belt the user might get is not held
    ['I might get my brown this year', null],
  ]);
});

describe('a belt next year is only hoped for; "agora", "ahora" say the belt now', () => {
  parses('belt_level', [
    // a belt next year is only hoped for
    ['roxa no próximo ano, azul', 'blue'],
    ['negra el año que viene, marrón', 'brown'],
    // "agora", "ahora" say the belt now
    ['tinha a azul, agora roxa', 'purple'],
    ['la azul la tuve dos años, ahora morada', 'purple'],
  ]);
});

describe("a grading to come, a history in Portuguese, and ages or another art's years", () => {
  parses('belt_level', [
    ['apparently theyre grading me to blue at the end of term, fingers crossed', null],
    ['dois anos de branca, tres de azul e agora ja to com a roxa faz um ano', 'purple'],
    ['tenho 30 anos', null],
    ['treino ha 3 anos', 'blue'],
    ['black belt in judo, like 15 years on the mat', null],
    ['faixa preta de judô, tipo 15 anos de tatame', null],
  ]);
});

describe('promoted from a belt, belts handed over or promised, in the art named', () => {
  parses('belt_level', [
    // promoted from a belt, with no belt after it, is on the next one
    ['just got promoted from white', 'blue'],
    ['got promoted from blue', 'purple'],
    ['fui promovido da branca', 'blue'],
    ['me ascendieron de blanca', 'blue'],
    ['promoted from purple to brown', 'brown'],
    ['me ascendieron de blanca a azul', 'blue'],
    // handed to the user in a sentence about the coach
    ['mi profe me dio la azul', 'blue'],
    // given at a grading still to come
    ['mi profesor dijo que en la proxima graduacion me da la azul', null],
    ['me va a dar la morada el sabado', null],
    // "no jiu" is "in jiu jitsu"
    ['faixa preta de judo mas no jiu sou branca ainda', 'white'],
    ['no bjj eu sou roxa', 'purple'],
    ['black belt in judo, no bjj belt yet', 'white'],
  ]);
});

describe('a black belt laughed off, then the real one', () => {
  parses('belt_level', [
    ['faixa preta? kkkk quem dera, sou branca ainda', 'white'],
    ['eu? preta kkkk brincadeira, branca 2 graus', 'white'],
    ['negro jaja broma, azul', 'blue'],
  ]);
});

describe('belt histories with years or elided counts end at the latest belt', () => {
  parses('belt_level', [
    ['blanca en 2015, azul 2017, morada 2020, cafe 2023 y este ano negra', 'black'],
    ['blanco 2 anos, azul 3, morado 4 y desde marzo marron', 'brown'],
    ['white 1 year, blue 3, purple 4, brown 2, and black since 2021', 'black'],
    ['branca 2 anos, azul 3, roxa 4 e desde janeiro marrom', 'brown'],
    ['white in 2016, blue 2019, purple 2022 and this year brown', 'brown'],
    ['faixa branca em 2018, azul 2020 e esse ano roxa', 'purple'],
    ['blue 3, purple 4', 'blue'],
  ]);
});

describe('a belt wished for and denied, then the real one', () => {
  parses('belt_level', [
    ['cinturón negro? ya quisiera, soy blanco', 'white'],
    ['faixa preta? quem me dera, sou branca', 'white'],
    ['black belt? lol i wish, still blue', 'blue'],
    ['purple? ojala, sigo azul', 'blue'],
  ]);
});

describe('a belt still to come is not held; the one below it is', () => {
  parses('belt_level', [
    ['coach says im gettin my purple just now, now-now even', null],
    ['im gettin my blue on saturday', null],
    ['vou pegar a roxa em dezembro', null],
    ['vou receber a azul no sábado', null],
    ['voy a recibir la azul', null],
    ['la graduación es el mes que viene, ojalá me den el azul', null],
    ['blue w/ 4 stripes, so basically purple any day now', 'blue'],
    ['white, blue any day now', 'white'],
    // held already
    ['recebi a roxa em dezembro', 'purple'],
    ['got my purple in december', 'purple'],
  ]);
});

describe('a belt left behind', () => {
  parses('belt_level', [
    ['finally off white, blue as of the graduation this week', 'blue'],
    ['off white belt at last', 'blue'],
    ['out of white belt since saturday', 'blue'],
    ['beyond blue now, purple', 'purple'],
    // a distance still to go leaves nothing behind; "off-white" is a colour
    ['two stripes off purple, so blue', 'blue'],
    ['off-white gi, blue belt', 'blue'],
  ]);
});

describe('a belt still to go, and the belt held officially', () => {
  parses('belt_level', [
    // a distance still to go: stripes and weeks on the belt before it, belts counted back
    ['one stripe away from black', 'brown'],
    ['a stripe off blue', 'white'],
    ['two stripes short of purple', 'blue'],
    ['a couple of weeks shy of blue', 'white'],
    ['two belts away from black', 'purple'],
    ['a promotion away from brown', 'purple'],
    // the belt held by the book, until a promotion still to come
    ["blue (well technically white until friday's promotion)", 'white'],
    ['blue, well technically white', 'white'],
    ['white until my promotion next week', 'white'],
    ['purple till the grading on saturday', 'purple'],
    // controls: a belt left behind, someone else's distance, a promotion gone by, a wait told
    ['finally off white', 'blue'],
    ['my coach is one stripe away from black, im blue', 'blue'],
    ['took 18 months from white to blue', 'blue'],
    ['my rank went from blue to purple', 'purple'],
    ['purple belt, one stripe away from brown', 'purple'],
    ['was white until my promotion last year, now blue', 'blue'],
    ['technically a blue belt but i feel like a white', 'blue'],
    ['getting my blue at the next promotion', null],
  ]);
});

describe('a "no" after a hesitation takes the belt back', () => {
  parses('belt_level', [
    // a bare "no" after "hmm", "um" takes back what came before, as one opening a sentence does
    ["I'd say white, hmm, no, blue, I got it at Christmas", 'blue'],
    ['white, erm, no, blue', 'blue'],
    // controls: a "no" with no hesitation before it corrects nothing; a take-back giving no belt leaves the first
    ['white, no, blue', 'white'],
    ['white, hmm, no, not promoted yet', 'white'],
  ]);
});

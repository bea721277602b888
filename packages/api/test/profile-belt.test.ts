import { describe, expect, it } from 'vitest';
import { parses } from './profile-cases';
import { reads } from './profile-reads';
import { parseProfileAnswer } from '../src/domain/profile-answers';

// belt_level: the plain answers, and which belt a colour is: the BJJ belt and not another art's, the kit's
// or someone else's; a belt told by its place, by elimination or by arithmetic; slips, spellings and jokes; and
// BJJ not yet begun. Which belt is held now (promotions, histories, belts to come): profile-belt-now.test.ts.

describe('belt_level', () => {
  it.each(['just a beginner', 'beginner', 'new', 'newbie', 'just started', 'first month', 'total noob', 'novice'])(
    '%j is a white belt',
    (text) => expect(parseProfileAnswer('belt_level', text)).toBe('white'),
  );

  it.each(['experienced', 'advanced', 'more experienced, trying to refine my technique', 'intermediate'])(
    '%j with no colour is blue, as the spec guesses',
    (text) => expect(parseProfileAnswer('belt_level', text)).toBe('blue'),
  );

  describe('stripes and typos', () => {
    parses('belt_level', [
      ['blue belt 2 stripes', 'blue'],
      ['white w/ 3 stripes', 'white'],
      ['1 stripe white', 'white'],
      ['purpel', 'purple'],
      ['blu', 'blue'],
      ['brwn', 'brown'],
      ['balck', 'black'],
      ['begginer', 'white'],
      ['Black belt, 2nd degree', 'black'],
    ]);
    it('does not read everyday words one letter away as belts', () => {
      expect(parseProfileAnswer('belt_level', 'back')).toBeNull();
      expect(parseProfileAnswer('belt_level', 'block')).toBeNull();
    });
  });

  describe('negation', () => {
    parses('belt_level', [
      ["I'm no beginner, purple", 'purple'],
      ['not a white belt anymore, blue now', 'blue'],
      ["Not new at all, I'm a black belt", 'black'],
      ['not a beginner', 'blue'],
      ['not very advanced, still learning', 'white'],
    ]);
  });

  describe('the belt is the BJJ belt, held now', () => {
    parses('belt_level', [
      ['black belt in judo but white in bjj', 'white'],
      ['judo black belt, bjj blue belt', 'blue'],
      ['black belt in karate', null],
      ['was blue for years, got my purple last month', 'purple'],
      ['almost purple', 'blue'],
      ['4 stripe white belt, hopefully blue soon', 'white'],
      ["I'm a purple belt and my coach is a black belt", 'purple'],
    ]);
  });

  describe('time on the mats only separates beginner from experienced', () => {
    parses('belt_level', [
      ['been training about 8 months', 'white'],
      ["I've been rolling for 4 years", 'blue'],
      ['35 years old', null],
    ]);
  });

  it('rejects answers with no level in them', () => {
    for (const text of ['whatever', 'lol', 'idk', 'why do you need to know?', '2 stripes']) {
      expect(parseProfileAnswer('belt_level', text), text).toBeNull();
    }
  });
});

describe("another art's belt is not the BJJ one", () => {
  parses('belt_level', [
    ['3rd degree black belt in hapkido and a blue belt here', 'blue'],
    ["I'm a black belt in judo and brown belt in jiu-jitsu", 'brown'],
    ['black belt... in karate lol. bjj purple', 'purple'],
    ['purple in judo, no bjj rank yet', 'white'],
    ['muay thai mostly, no belts there haha', null],
    ['black sash in kung fu', null],
  ]);
});

describe('matching belts is word-aware', () => {
  parses('belt_level', [
    ['my bluetooth died, white belt though', 'white'],
    ['bluetooth', null],
    ['I wear a blue gi but I am a white belt', 'white'],
    ['black coffee guy, purple belt', 'purple'],
  ]);
});

describe('time on the mats with no colour reads as experienced (docs/rules.md §1: blue)', () => {
  it.each(['been training a while', 'been at it for years', 'training a long time'])('%j → blue', (text) => {
    expect(parseProfileAnswer('belt_level', text)).toBe('blue');
  });
  it('a colour named beside it still wins', () => {
    expect(parseProfileAnswer('belt_level', 'been training for a long time but still white')).toBe('white');
  });
});

describe("a parent's belt beside the user's own", () => {
  reads([['belt_level', "my pai is faixa preta and i grew up on the mats but i'm only purple rn", 'purple']]);
});

describe('belts named in Spanish', () => {
  reads([
    ['belt_level', 'soy cinturon negro', 'black'],
    ['belt_level', 'cinturón morado', 'purple'],
  ]);
});

describe("another art's belt with no BJJ begun", () => {
  reads([
    // another art's belt and no BJJ begun: no BJJ belt stated
    ['belt_level', "just got promoted to black in judo, haven't started bjj yet", null],
    ['belt_level', 'karate brown belt, never trained bjj', null],
    ['belt_level', "I'm a brown belt in judo and just started bjj", 'white'],
    ['belt_level', 'purple in judo, no bjj rank yet', 'white'],
  ]);
});

describe("a colour said of the gi, kimono, rashguard or shorts is the kit's, not a belt", () => {
  parses('belt_level', [
    ['my gi is blue if that helps', null],
    ['my kimono is black lol', null],
    ["rashguard's purple", null],
    ['my shorts are black and my rashguard is white', null],
    ['blue belt, my gi is white', 'blue'],
    ['my gi is white but im a blue belt', 'blue'],
    // the colour before the kit, and a belt said of the gi side, are as before
    ['white gi, purple belt', 'purple'],
    ['gi is blue belt, nogi is advanced', 'blue'],
  ]);
});

describe("belts told by their place among the ranks or heard wrong, and another art's ranks", () => {
  parses('belt_level', [
    ['one belt below black', 'brown'],
    ['the one before brown', 'purple'],
    ['two belts under black lol', 'purple'],
    // another art's ranks are that art's
    ['red belt in taekwondo (one below black)', null],
    ['judo shodan, but in jiu jitsu just the first colored belt so far', 'blue'],
    ['still on my first belt', 'white'],
    ['blew belt', 'blue'],
    ['blue bell 2 stripes', 'blue'],
    ['the belt right after white', 'blue'],
    ['blue after white', 'blue'],
    ['the adult rank between blue and brown', 'purple'],
    ['been going about a year, still no stripes on my white', 'white'],
  ]);
});

describe("a spouse's belt is theirs", () => {
  parses('belt_level', [
    // a spouse by any name is someone else
    ['my hubby is a brown belt and he smashes me', null],
    ['my fiance is a purple, been training longer than me', null],
    ['my spouse is a brown belt', null],
  ]);
});

describe('a relative\'s belt in Tagalog or Spanish; "hehe" laughs a belt off', () => {
  parses('belt_level', [
    // a relative's belt is theirs
    ['si kuya purple belt na', null],
    ['yung ate ko brown belt', null],
    ['mi prima es morada', null],
    // "hehe" laughs a belt off like "haha"
    ['purple hehe no, blue', 'blue'],
  ]);
});

describe("belts wished for, misspelt or the coach's, in Portuguese and Spanish", () => {
  parses('belt_level', [
    // a belt wished for in Portuguese or Spanish says nothing of the belt now
    ['quero a roxa até dezembro', null],
    ['quiero sacar la azul pronto', null],
    // slips of the ranks' Portuguese names
    ['roxxa 3 graus', 'purple'],
    ['marom', 'brown'],
    // a coach in Portuguese or Spanish holds their own belt
    ['meu mestre é faixa preta, eu sou roxa', 'purple'],
    ['el profe es marrón, yo azul', 'blue'],
  ]);
});

describe('belt arithmetic: belts counted up or down from another', () => {
  parses('belt_level', [
    ['three belts up from white', 'brown'],
    ['one level down from black', 'brown'],
  ]);
});

describe('belts placed by art leave an unplaced colour aside', () => {
  parses('belt_level', [
    ['ahh brown. well brown belt in judo, white in bjj', 'white'],
    ['black! I mean black in karate, blue in bjj', 'blue'],
    ['marrom. quer dizer, marrom no judô, branca no jiu', 'white'],
    ['negro, bueno negro en judo, en bjj azul', 'blue'],
    ["black, but that's taekwondo. white in jiu jitsu", 'white'],
    // with no colour told as BJJ's, the unplaced one is
    ['blue, and brown in judo', 'blue'],
    ['purple, purple in bjj i mean, black in judo', 'purple'],
  ]);
});

describe('a question back is no belt', () => {
  parses('belt_level', [
    ['what belt do you think i am after 2 years lol', null],
    ['which one would you say i am, 8 months in', null],
    ['que faixa voce acha que eu sou depois de 3 anos', null],
    ['que cinturon crees que tengo', null],
  ]);
});

describe("someone else's belt, the user's own unsaid", () => {
  parses('belt_level', [
    ['my husband is blue belt, I just started watching', null],
    ['meu marido é faixa roxa, eu comecei a assistir agora', null],
    ['meu aluno pegou a roxa hoje, to orgulhoso', null],
    ['mi alumno recibio la azul ayer', null],
    ['just started', 'white'],
  ]);
});

describe('a belt told by elimination', () => {
  parses('belt_level', [
    ['not brown, not black, the one in the middle', 'purple'],
    ['not blue, not brown... the one in between', 'purple'],
    ['not white, not purple, the one in between', 'blue'],
    ['ni marron ni negro, el del medio', 'purple'],
    ['nem branca nem roxa, a do meio', 'blue'],
    ['not white belt no more, and purple still not', 'blue'],
    ['white belt no more, purple not yet', 'blue'],
    ['nao sou mais branca, roxa ainda nao', 'blue'],
    ['mimi ni white belt bado, mwaka wa kwanza', 'white'],
  ]);
});

describe('a belt the user acts as is their own', () => {
  parses('belt_level', [
    ['teaching the kids class as a brown belt, my prof is the black belt', 'brown'],
    ['helping coach the kids as a purple belt, my coach is a black belt', 'purple'],
    ['my coach lets me teach as a purple belt', 'purple'],
    ['i coach the kids class as a blue belt', 'blue'],
    ['assisting my professor with the kids as a blue belt', 'blue'],
    ['dou aula pro meu filho como faixa azul', 'blue'],
    // someone else's role, or a likening
    ['he teaches as a black belt', null],
    ['my partner trains as a brown belt', null],
    ["he's as good as a black belt", null],
    ['meu filho compete como faixa azul', null],
  ]);
});

describe('not begun, belts as jokes, belts asked back, slips that are places', () => {
  parses('belt_level', [
    // no BJJ trained yet: no level of the user's own, whoever else has a belt
    ['my husband is a purple belt, i havent started yet', null],
    ["haven't even started yet, first class is monday", null],
    ['total beginner, havent started yet', null],
    ['havent started competing yet, blue belt', 'blue'],
    // a belt in an everyday doing or a trait is a joke, not a rank
    ["my wife says I'm a white belt at doing dishes 😂 anyway where's the video", null],
    ['black belt in procrastination lol', null],
    ['purple belt in making excuses', null],
    ["i'm a white belt at life lol", null],
    ['faixa preta em preguiça kkk', null],
    ['blue belt in the gi, white in nogi', 'blue'],
    ['was blue, coach gave me purple at the grading', 'purple'],
    // asked back, "me?", laughed at and answered no, in any tongue and any laughter
    ['faixa preta? eu? kkkk nao, sou azul', 'blue'],
    ['black? me? lol no, blue', 'blue'],
    ['negro? yo? jaja no, soy azul', 'blue'],
    ['black belt? hahahaha no, white', 'white'],
    // everyday words one slip from "roxa" are no belt
    ['hola! soy cinta azul desde hace un año, entreno en la roma norte', 'blue'],
    ['compré ropa nueva, cinta blanca', 'white'],
  ]);
});

describe('BJJ that starts soon has not begun: no belt yet', () => {
  parses('belt_level', [
    ["taekwondo 2nd dan, starting bjj next week insha'allah", null],
    ['starting next week!', null],
    ['about to start my first class', null],
    ['starting my first class tomorrow', null],
    ['beginner, start on monday', null],
    ['judo brown belt, starting jiu jitsu in january', null],
    ['empiezo el lunes, soy principiante', null],
    ['começo semana que vem, sou iniciante', null],
    ['je commence la semaine prochaine', null],
    ['ich fange nächste Woche an, bin Anfänger', null],
    // begun already, or something else starting
    ['just started last week', 'white'],
    ['starting to get the hang of it', 'white'],
    ['white belt, starting comps next month', 'white'],
    ['blue belt, starting at a new gym next week', 'blue'],
  ]);
});

describe('belt colours spelt by ear beside the belt, and in Afrikaans or Swahili', () => {
  parses('belt_level', [
    ['faixa azu kkkk', 'blue'],
    ['bloo belt w 1 strp lol', 'blue'],
    ['cinta blanka', 'white'],
    ['BLANKA 1 RAYITA', 'white'],
    ['belt wyte', 'white'],
    ['faixa branka 2 graus', 'white'],
    ['wit belt, nog baie nuut', 'white'],
    ['ek is n blou gordel', 'blue'],
    ['swart gordel', 'black'],
    ['mkanda wa bluu', 'blue'],
    // everyday words beside "belt", or no belt at all
    ['what belt are most people on here', null],
    ['cinta roja', null],
    ['I have a quick wit', null],
  ]);
});

describe('time or a level in another art is no time in BJJ', () => {
  parses('belt_level', [
    ['10 years karate, 4 years wrestling, 0 years bjj until last month', 'white'],
    ["well i'm not a beginner in judo, i'm brown there, but in bjj i'm still on my first belt", 'white'],
    ['7 years of judo, 1 year of bjj', 'white'],
    ['judo for about ten years, then bjj for 6 months', 'white'],
    ['experienced in karate, new to bjj', 'white'],
    ['judo beginner, bjj 4 years', 'blue'],
    ['training 3 years running', 'blue'],
  ]);
});

describe('never graded where no belts are given', () => {
  parses('belt_level', [
    ['never been graded, we only do nogi', null],
    ['never graded, nogi only', null],
    ['never got promoted, my nogi gym doesnt grade', null],
    ['never been promoted, I do gi and nogi', 'white'],
  ]);
});

describe("a first adult colour belt, and the kids' ranks", () => {
  parses('belt_level', [
    // the first colour after white is blue, however it is marked as the adults' ranks
    ['got my first adult colour belt last year, 2 stripes on it now', 'blue'],
    ['just got my first adult color belt', 'blue'],
    ['received my first proper colour belt', 'blue'],
    ['kids belts are done, got my first adult colour belt', 'blue'],
    ['primeira faixa colorida', 'blue'],
    // the kids' first colour is grey, not blue
    ['got my first kids colour belt', null],
    ['got my first colour belt in the kids program', null],
    ['first colour belt as a kid was grey', null],
    // white or black as the bar of a kids' colour is a kids' belt
    ["i'm 15 and wear a grey-black belt in the kids program", null],
    ['grey/white belt', null],
    ['yellow and black belt, juniors', null],
    // controls: the first belt is white, a first colour still to come is the belt before it
    ['first colour belt', 'blue'],
    ['still on my first belt', 'white'],
    ['about to get my first colour belt', 'white'],
    ['my son got his first colour belt', null],
    ['black belt, i run the kids class at my gym', 'black'],
    ['i coach the kids class as a blue belt', 'blue'],
  ]);
});

describe("an art's own words, a gym without belts, a belt started over", () => {
  parses('belt_level', [
    // a belt told in a Japanese art's words, or a black belt beside a dan, with no BJJ named
    ['Shodan in judo, brah. Kuro obi from high school days.', null],
    ['nidan in karate, mate. kuro obi since my teens', null],
    ['black belt, 2nd dan', null],
    // controls: Japanese said of BJJ, or all in Japanese
    ['shodan in judo, kuro obi in bjj', 'black'],
    ['kuro obi desu', 'black'],
    // a gym that gives no belts says no level
    ['no belt system at my gym, we just train nogi', null],
    ['no belts at our club', null],
    ['my gym has no ranks', null],
    // controls: the user's own lack of a belt is a beginner's
    ['I have no belt', 'white'],
    ['no belt yet', 'white'],
    // a belt started over at is the belt now, even one given by someone else
    ['used to be a blue belt at my old gym but they made me start back at white here', 'white'],
    ['Had a blue belt years back, took ten years off, coach started me again at white', 'white'],
    ['coach started me again at white', 'white'],
    ['purple belt, took 5 years off and restarted at white', 'white'],
    // controls: where a history began
    ['started at white in 2019, blue now', 'blue'],
    ['started as a white belt, now brown', 'brown'],
  ]);
});

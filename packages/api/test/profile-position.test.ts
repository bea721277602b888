import { describe } from 'vitest';
import { parses } from './profile-cases';
import { reads } from './profile-reads';

// main_position: the plain answers, a side preferred or summed up, both sides, no side stated, someone
// else's side, the side of now over the past, and sides in other tongues. A side told by what the user
// avoids, dislikes or is weak at: profile-position-avoided.test.ts.

describe('main_position', () => {
  parses('main_position', [
    ['guard', 'guard'],
    ['bottom', 'guard'],
    ['I play guard', 'guard'],
    ['I pull guard every time', 'guard'],
    ['guard player', 'guard'],
    ['I like being on my back', 'guard'],
    ['leg locks from bottom', 'guard'],
    ['top', 'top'],
    ['passing', 'top'],
    ['pressure', 'top'],
    ['wrestler', 'top'],
    ['smash pass', 'top'],
    ['guard passing is my favourite', 'top'],
    ['both', 'balanced'],
    ['either', 'balanced'],
    ['a bit of both', 'balanced'],
    ['mix', 'balanced'],
    ['depends', 'balanced'],
    ['all-rounder', 'balanced'],
  ]);

  describe('negation flips the side', () => {
    parses('main_position', [
      ["Top. Guard isn't my thing.", 'top'],
      ["Bottom. I don't like top.", 'guard'],
      ['not a guard player', 'top'],
      ["I don't pull guard, I wrestle", 'top'],
      ["I'm not really a top player", 'guard'],
    ]);
  });

  describe('a stated preference beats "both"; what they are working on does not count', () => {
    parses('main_position', [
      ['kinda both but more top', 'top'],
      ['both but I prefer guard', 'guard'],
      ["I'm a top guy but I'm working on my guard", 'top'],
      ['guard > top', 'guard'],
    ]);
  });
});

describe('a side mentioned is not the side played', () => {
  parses('main_position', [
    ['my main training partner is a huge guard player', null],
    ['my drilling partner is a guard player', null],
    ['everyone at my gym pulls guard', null],
    // a side named for a group of people
    ['the top players at my gym crush me', null],
    ['trying to become more of a top player', null],
    ['learn to play guard someday', null],
  ]);
});

describe('what follows a correction is the side', () => {
  parses('main_position', [['guard. wait no, top', 'top']]);
});

describe('matching sides is word-aware', () => {
  parses('main_position', [
    ['topic for another day', null],
    ['on top of that I am new', null],
    ['stop', null],
  ]);
});

describe('a side kept after an injury, switched or evened out, or none', () => {
  reads([
    ['main_position', 'since my knee surgery i stay out of guard, no more knee torque for me', 'top'],
    ['main_position', 'idk man, half n half?', 'balanced'],
    ['main_position', 'idk i get smashed everywhere lol', null],
    ['main_position', 'I wrestle up from anywhere and pass', 'top'],
    ['main_position', 'pass on that one', null],
    ['main_position', 'switched from guard to top last year', 'top'],
    ['main_position', "used to be just top from wrestling, now it's pretty even", 'balanced'],
  ]);
});

describe('a side in Spanish or Portuguese, kept off the back, or where a player began', () => {
  reads([
    ['main_position', 'arriba', 'top'],
    ['main_position', 'abajo siempre', 'guard'],
    ['main_position', 'os dois', 'balanced'],
    ['main_position', 'tanto faz', 'balanced'],
    ['main_position', 'keep me off my back please 😭', 'top'],
    ['main_position', "started as a wrestler, now i'm all about guard lol", 'guard'],
  ]);
});

describe("shares of the rounds, boredom, another art's side, wrestling up", () => {
  reads([
    ['main_position', 'like 80% of my rounds playing guard, the rest on top', 'guard'],
    ['main_position', '30% guard, 70% top', 'top'],
    ['main_position', 'Pressure passing bores me to death, give me de la riva', 'guard'],
    ['main_position', 'stripe on saturday, mostly cause I stopped pulling guard and started passing', 'top'],
    ['main_position', 'in wrestling I was always on top', null],
    ['main_position', 'in judo i was on top but in jiu jitsu i play guard', 'guard'],
    ['main_position', 'i like wrestling up', 'top'],
  ]);
});

describe('a side played most, by share, with "so just", or however it looks', () => {
  reads([
    ['main_position', 'mostly top, so just guard when i get swept', 'top'],
    ['main_position', 'guard 80% of the time and top the rest', 'guard'],
    ['main_position', 'guard is boring to watch but its what i play', 'guard'],
  ]);
});

describe('a side in Portuguese and Spanish: cima, embaixo, debajo, pasar guardia, half and half', () => {
  parses('main_position', [
    ['prefiro ficar em cima', 'top'],
    ['fico mais embaixo', 'guard'],
    ['prefiero jugar debajo', 'guard'],
    ['me encanta pasar guardia', 'top'],
    ['meio e meio', 'balanced'],
    ['mitad y mitad', 'balanced'],
  ]);
});

describe('no side stated: where the roll leaves them, the bottom of a ranking', () => {
  parses('main_position', [
    ['bottom of the rankings at my gym haha', null],
    ['wherever i fall lol', null],
    ['whichever side keeps me alive', null],
    ['whichever spot i end up in lol', null],
    ["it's pure survival after getting smashed", null],
  ]);
});

describe('what holds now wins over a side of the past', () => {
  parses('main_position', [
    // what holds now wins over a side said of the past
    [
      "Came from wrestling so I was a top guy, but my coach made me pull for a year; now it's even, I'm happy either side",
      'balanced',
    ],
    ['i was always a guard player, now i play both', 'balanced'],
    ["I was mostly guard, now I'm all about top", 'top'],
    // work in progress after "now" does not outweigh the side played
    ['guard mostly, now working on top', 'guard'],
  ]);
});

describe('sitting down is guard; one of a group; Tagalog negation', () => {
  parses('main_position', [
    // sitting down from standing is guard; "so I" prefers what follows it
    ['dont like wrestling for takedowns so i sit down', 'guard'],
    ['avoid wrestling for takedowns so i just sit down and play', 'guard'],
    // one of a group (or not one of it) is the user's side
    ['honestly im one of those guard players', 'guard'],
    ["i'm not one of those guard players, never have been", 'top'],
    // Tagalog "di/hindi ako" negates; "po" is only politeness
    ['top po, di ako marunong mag guard', 'top'],
    ['guard po, hindi ako magaling sa top', 'guard'],
  ]);
});

describe('owning up to a side, a side played only when forced, evened out now', () => {
  parses('main_position', [
    // what the user owns up to sums it up, only for a side right after it
    ['guard, wait no, honestly top. I only say guard cause I pull when tired', 'top'],
    ['honestly my game is half guard, half top', 'balanced'],
    // a side played when forced, a bit of, or lived in
    ['butterfly and x guard, top when I have to', 'guard'],
    ['mount and side control, bit of guard when im tired', 'top'],
    ['I live on top, but guard is ok too', 'top'],
    // "more even between guard and top" is one balanced mention, now over the past
    ['was all top in my first year, now more even between guard and top', 'balanced'],
  ]);
});

describe('asking back about the question, a change forced by injury, a side called rubbish', () => {
  parses('main_position', [
    // a question back about the question
    ['depends on what you mean by game', null],
    // what a change made of the user
    ['I was a passer but injuries forced me into guard', 'guard'],
    // a side called grim or rubbish is disliked
    ['z guard, top is pants', 'guard'],
    ['knee shield stuff, passing is rubbish', 'guard'],
  ]);
});

describe('a relative\'s side in Spanish, "antes … hoje", and both sides by setting', () => {
  parses('main_position', [
    // a Spanish relative is someone else
    ['mi novio juega arriba', null],
    ['jogo mais por sima', 'top'],
    ['un poco de todo', 'balanced'],
    // "antes era … hoje": now wins
    ['antes era guardeiro, hoje jogo por cima', 'top'],
    // "so basically both" sums up a preference in one setting
    ['in the gi I love playing guard, in nogi I just wrestle, so basically both', 'balanced'],
  ]);
});

describe('the side of now over the past, a reason given, a side that hurts, "más de"', () => {
  parses('main_position', [
    // the side said of the past gives way to the one said of now, before or after it
    ['began on top because of judo but recently all guard', 'guard'],
    ['since I got my blue I play top. as a white belt I was all guard', 'top'],
    ['top na ako ngayon, nung white puro guard', 'top'],
    ['since my promotion, top; as a white belt all guard', 'top'],
    // …the belt named right after "now" is the one now, and a turn ends a side's part
    ['was all guard as a white belt, now at purple I am more balanced', 'balanced'],
    ['as a white belt top, currently at blue guard', 'guard'],
    ['I used to only pass but I have been drilling guard so now it is kinda even', 'balanced'],
    ['en mi otra academia jugaba abajo pero aqui juego arriba', 'top'],
    // a reason for the answer is no second answer
    ['Top, because in guard I get tired', 'top'],
    ['guard kasi sa top mabilis ako mapagod', 'guard'],
    // a side that hurts is avoided
    ['bottom. on top my back aches', 'guard'],
    ['arriba siempre, abajo me canso', 'top'],
    ['guard, sa top masakit tuhod ko', 'guard'],
    ['passing hurts my neck, I play guard', 'guard'],
    // "más de" prefers; a side being moved to is work in progress
    ['soy más de arriba, a veces abajo', 'top'],
    ['siempre abajo, a veces arriba', 'guard'],
    ['estou mudando pra guarda, mas ainda jogo por cima', 'top'],
    ['jogo dos dois lados', 'balanced'],
    ['honestly kind of even', 'balanced'],
  ]);
});

describe('a side called "my game", "a veces", "nunca", and a side per partner', () => {
  parses('main_position', [
    // the side called the user's game is the preference
    ['fico por cima de vez em quando, mas a guarda é meu jogo', 'guard'],
    ['I pull guard and pass too, but top is my game', 'top'],
    // "a veces" is only sometimes; sweeping is played from guard
    ['a veces abajo, normalmente arriba', 'top'],
    ['raspo muito', 'guard'],
    // "nunca" negates in Portuguese and Spanish
    ['nunca fico por cima', 'guard'],
    // owning up to what the user is
    ["honestly I'm a top player, even if I pull guard a lot", 'top'],
    // "o cara é leve" is no "care" or "love": a side for each partner is both
    ['guarda quando o cara é pesado, cima quando é leve', 'balanced'],
  ]);
});

describe('Swahili and Afrikaans sides, and being under bigger guys', () => {
  parses('main_position', [
    ['mimi hupenda kukaa juu', 'top'],
    ['ek hou van onder', 'guard'],
    ['albei eintlik', 'balanced'],
    // "not a big fan of" negates like "not a fan of"
    ['not a big fan of being under bigger guys', 'top'],
    // drowning under someone is avoiding bottom
    ['top. i am drowning under heavy guys', 'top'],
  ]);
});

describe("a partner's side, halves of the rolls, nogi and gi, fleeing the bottom", () => {
  parses('main_position', [
    ['meu parceiro de treino so joga por cima', null],
    ['mi compañero de entreno solo juega arriba', null],
    ['meu parceiro joga por cima, eu prefiro guarda', 'guard'],
    // half the rolls one side, the other half the other: both
    ['like half my rolls i pull, other half i wrestle and stay on top', 'balanced'],
    ['half my rolls i pull guard, the other half i always end up on top', 'balanced'],
    ['metade das vezes eu puxo, a outra metade eu derrubo e passo', 'balanced'],
    ['half the time im on bottom because i get swept', 'guard'],
    // "sem kimono", "sin kimono" is nogi, no refusal; taking down is top
    ['sem kimono eu puxo guarda, de kimono eu derrubo e passo', 'balanced'],
    ['sin kimono jalo guardia, con kimono derribo y paso', 'balanced'],
    // fleeing the bottom, getting up
    ['fujo de ficar embaixo, sempre tento levantar', 'top'],
    ['huyo de estar abajo, siempre intento levantarme', 'top'],
    ['i run away from bottom', 'top'],
    // Portuguese "no", "na" (in the) before the mat or the art negates nothing
    ['no treino eu jogo por baixo', 'guard'],
  ]);
});

describe('a question back is no side', () => {
  parses('main_position', [
    ['que es guardia?', null],
    ['o que é meia guarda?', null],
    ['guarda', 'guard'],
  ]);
});

describe('no side preferred, said as indifference', () => {
  parses('main_position', [
    ['pareho lang, kahit saan', 'balanced'],
    ['kahit ano', 'balanced'],
    ['bahala na', 'balanced'],
    ["doesn't matter", 'balanced'],
    ['all the same to me', 'balanced'],
    ['no matter where', 'balanced'],
    ['me da igual', 'balanced'],
    ['donde sea', 'balanced'],
    ['qualquer lado', 'balanced'],
    ['dá no mesmo', 'balanced'],
    // a side the user ends up on still wins over the shrug
    ['doesnt matter, i always end up on bottom', 'guard'],
  ]);
});

describe('off the bottom, sides that only win or someone allows, "mas eu" takes over', () => {
  parses('main_position', [
    ['get me off my back asap', 'top'],
    ['i want off my back', 'top'],
    ['anything to get out from under people', 'top'],
    ['sempre tento sair de baixo', 'top'],
    ['i play off my back', 'guard'],
    ['whichever keeps me from getting tapped', null],
    ['idk man, whichever one wins', null],
    ['wherever my partner lets me be lol', null],
    ['whichever position gets me to the snacks fastest', null],
    ['wherever the roll goes', 'balanced'],
    ['whatever works, both', 'balanced'],
    ['meu professor é guardeiro mas eu gosto mesmo é de passar', 'top'],
    ['minha namorada joga por cima e eu fico na guarda', 'guard'],
    ['mi novio juega arriba y yo abajo', 'guard'],
    ['no tengo preferencia, no evito nada', 'balanced'],
    ['não tenho preferência', 'balanced'],
  ]);
});

describe('the side owned up to after a correction, over the one wanted', () => {
  parses('main_position', [['top, no wait, honestly guard. I say top because I WANT to be a top player', 'guard']]);
});

describe('under a top position, a side not known, a side per setting', () => {
  parses('main_position', [
    // being under side control or mount is the bottom; hating it is playing top
    ["can't stand getting squashed in side control", 'top'],
    ['i hate getting flattened', 'top'],
    ['i always end up stuck in side control', 'guard'],
    ['I like to stay on my feet', 'top'],
    ['whichever one keeps me from getting flattened', null],
    // a side the user does not know is not played
    ["wrestler, I don't know any guard", 'top'],
    ['I know nothing about guard, I just pass', 'top'],
    ["I don't know how to pass, I just pull", 'guard'],
    ["I don't know, guard?", 'guard'],
    // "more" or "always" inside one setting is about that setting only
    ['guard in the gi, but nogi I always wrestle up and pass', 'balanced'],
    ["against bigger guys I play guard, against smaller ones I'm usually on top", 'balanced'],
    ['guard in gi, top in nogi, but mostly guard overall', 'guard'],
  ]);
});

describe('a side conceded, a side only of the past', () => {
  parses('main_position', [
    ['top, although I can play guard', 'top'],
    ['guard, even if my passing is decent', 'guard'],
    ['i play top, in spite of my guard being solid', 'top'],
    ['top even though I am a guard player at heart', 'top'],
    ['back in the day I was a top guy', null],
    ['i used to play guard', null],
    ['when i was a white belt i pulled guard every roll', null],
    ["used to be a guard player, now I'm all top", 'top'],
    ["I'm used to being on top", 'top'],
  ]);
});

describe('a side summed up after a pause, and not wanting to be one-dimensional', () => {
  parses('main_position', [
    ['i like the guard but my best position is the top, so... top i guess', 'top'],
    ['i love top but my guard is my best weapon, so… guard i guess', 'guard'],
    ['i like the guard but my best position is the top, so - top', 'top'],
    ["a little bit of everything, I don't want to be one-dimensional", 'balanced'],
    ["I don't want to be one dimensional", 'balanced'],
    ['jack of all trades', 'balanced'],
    ['a little bit of it all', 'balanced'],
  ]);
});

describe('both sides said in turns', () => {
  parses('main_position', [
    ['zależy, raz góra raz dół', 'balanced'],
    ['raz w górze raz w dole', 'balanced'],
    ['zawsze raz góra raz dół', 'balanced'],
    ['głównie raz góra raz dół', 'balanced'],
    ["mostly it's sometimes top sometimes bottom", 'balanced'],
    // a side preferred over the turns, or counts that differ, are no turns
    ['wolę gardę, ale czasem góra czasem dół', 'guard'],
    ['raz góra, dwa razy dół', 'guard'],
    ['raz góra', 'top'],
  ]);
});

describe("the one who pulls, and someone else's guard", () => {
  parses('main_position', [
    ["I hate getting stuck in someone's guard so I'm always the one pulling", 'guard'],
    // the role's verb names the side; refusing the role is the other side
    ["i'm always the one pulling", 'guard'],
    ["I'm the one who pulls", 'guard'],
    ['dont like being the one pulling', 'top'],
    ['i avoid being the one who pulls', 'top'],
    ['my partner is always the one pulling', null],
    ['pull ups after class', null],
    // a guard that is someone else's is where the user is on top
    ["I hate getting stuck in someone's guard", 'guard'],
    ['hate being in their guard', 'guard'],
    ["can't stand being inside his closed guard", 'guard'],
    ["can't stand being in the other guy's guard", 'guard'],
    ["I always end up in someone's half guard", 'top'],
    ['I love passing their guard', 'top'],
    // the user's own guard, or a guard no one owns, is the bottom
    ['I hate getting stuck in half guard', 'top'],
    ['I love my guard', 'guard'],
  ]);
});

describe('a bottom only passed through, and a dodge', () => {
  parses('main_position', [
    // the bottom only passed through on the way up is top; so is sweeping into top
    ['I butterfly sweep into top and smash from there, bottom is just a transit stop', 'top'],
    ['bottom is just a transit stop', 'top'],
    ['guard is just a stepping stone', 'top'],
    ['bottom is only a means to get on top', 'top'],
    ['guard is just to get on top', 'top'],
    ['i play bottom only to sweep', 'top'],
    ['I only play guard to sweep, then I stay on top', 'top'],
    ["I pull guard but I don't stay there, I sweep and pass", 'top'],
    ['I butterfly sweep into top and smash from there', 'top'],
    ['half guard to sweep into mount', 'top'],
    // controls: sweeping is still guard, and a way of life or a top stop is no transit
    ['I play guard to sweep', 'guard'],
    ['I just play guard to sweep people', 'guard'],
    ['I pull guard and sweep', 'guard'],
    ['guard is a way of life', 'guard'],
    ['mostly guard, i love sweeping', 'guard'],
    ['I only know how to sweep', 'guard'],
    ["I'd say top even though my guard is ok, mount is where I feel at home", 'top'],
    // where the user survives or is not smashed is a dodge, no side
    ["wherever I don't get smashed lol", null],
    ['wherever I survive', null],
    ["anywhere I don't get smashed", null],
    ["wherever i'm not getting crushed", null],
    // controls: a side not wanted is avoided, plain indifference is both, being smashed on bottom is disliked
    ["wherever I don't have to pass", 'guard'],
    ["anywhere i don't end up on bottom", 'top'],
    ['wherever', 'balanced'],
    ['whatever works', 'balanced'],
    ['wherever the roll goes', 'balanced'],
    ['I hate getting smashed on bottom', 'top'],
    ['i hate getting smashed on the bottom', 'top'],
    ['I hate getting smashed', 'top'],
    ['i keep getting smashed on bottom', 'guard'],
  ]);
});

describe('both sides only asked about: no side stated', () => {
  parses('main_position', [
    // both sides only asked about: no side stated
    ["I'm trying to figure out if I'm a guard or top guy", null],
    ['not sure if im guard or top', null],
    ['still deciding between guard and top', null],
    ["wondering whether i'm more of a guard player or a top player", null],
    // controls: a side still named, one side worked on, both said
    ['not sure, guard i think', 'guard'],
    ['guard mostly, trying to figure out top', 'guard'],
    ['not sure if im guard or top, but i pull guard a lot', 'guard'],
    ['not sure whether top or bottom, both i guess', 'balanced'],
    ['guard or top, whatever works', 'balanced'],
  ]);
});

describe('a story ending on now, and "it\'s even"', () => {
  parses('main_position', [
    // a story that ends on now: the side said after the last "now" wins over the past and "lately"
    ["used to be all top, lately I've been pulling guard more and now it's even", 'balanced'],
    ["used to be all top, lately I've been pulling guard more, these days 50/50", 'balanced'],
    ["used to be all top, lately I've been pulling guard more and now im balanced", 'balanced'],
    ["started on top, recently more guard, currently it's even", 'balanced'],
    // "it's even" said of the rolls is both sides
    ["used to be all top, now it's even", 'balanced'],
    ["it's pretty much even these days, started as a guard player", 'balanced'],
    // controls: the trend is the last word, "even" as an adverb, a past after the now
    ["used to be all top, lately I've been pulling guard more", 'guard'],
    ["I pull guard, it's even more fun than top", 'guard'],
    ['used to pull guard, lately more top and now im mostly top', 'top'],
    ['guard now, top at first', 'guard'],
    ['pull guard no wait, I mean top', 'top'],
  ]);
});

describe("taking people down, a class's lesson, a side summed up, getting tired", () => {
  parses('main_position', [
    // taking people down and holding them there
    ['I take people down and hold them there', 'top'],
    ['i take guys down', 'top'],
    // what the class drilled is the lesson
    ['We drilled mount escapes tonight', null],
    ['coach showed us the knee slice', null],
    ["tonight's class was all leg drags", null],
    // control: the user's own side said apart
    ['we drilled guard but I play top', 'top'],
    // a side summed up is said now, whatever the evidence before it
    ["Bottom, hmm, thinking about last week's rolls I was passing in nearly every one, so top", 'top'],
    ['Guard, hmm, looking at my rolls I was on top most of the time, so top', 'top'],
    // "whatever happens" opening the user's own words insists, it is no indifference
    ["Whatever happens I don't stay on bottom — mount and knee on belly are my thing", 'top'],
    ["Whatever happens I don't stay on bottom", 'top'],
    ['whatever happens happens', 'balanced'],
    // getting tired somewhere is avoiding it
    ['i get gassed on bottom', 'top'],
    ['anything but top, i get tired holding people down', 'guard'],
  ]);
});

describe('a guard smashed is someone else\'s; "I\'ve become" leads up to now', () => {
  parses('main_position', [
    // a guard smashed or broken is someone else's, attacked from on top
    ['Pressure passing, smashing half guard from the top', 'top'],
    ['I love breaking closed guard', 'top'],
    // controls: a guard of the user's own
    ['half guard', 'guard'],
    ['I play half guard', 'guard'],
    // "I've become" leads up to now, past what the user was
    ["Was always on top in my judo days; in BJJ I've become a guard player", 'guard'],
    ['I was always passing, I have turned into a guard player', 'guard'],
    // control: a player only wanted to become says nothing of now
    ["I want to become a guard player, but I'm on top mostly", 'top'],
  ]);
});

describe('a side watched on screen, "call it even", a side kept for size', () => {
  parses('main_position', [
    // a side watched on screen is no side played
    ["I've been watching lots of guard passing videos lately", null],
    ['bought a guard instructional', null],
    // controls: a side played said beside it
    ["watching guard videos because I'm a top player", 'top'],
    ['I play guard and watch youtube', 'guard'],
    // "call it even" sums the rolls up as both
    ['Bottom. Well, half my rounds I end up on top too, so call it even', 'balanced'],
    ['guard, so call it even', 'balanced'],
    // control: "even though" concedes, it says nothing even
    ["call it even though I'm mostly on top", 'top'],
    // a side kept for bigger opponents is the exception to the side played otherwise
    ["I'd say guard... no, scratch that, I'm a top guy, I only pull guard against bigger people", 'top'],
    ['Top. I start in guard against the bigger guys but I spend most of every round on top', 'top'],
    // controls: each side with its own size or condition is both
    ["guard if the guy's bigger, top if they're my size", 'balanced'],
    ['bigger guys guard, smaller guys top', 'balanced'],
  ]);
});

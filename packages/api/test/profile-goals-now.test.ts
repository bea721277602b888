import { describe } from 'vitest';
import { parses } from './profile-cases';
import { reads } from './profile-reads';

// training_goals: which goal is the user's now. A goal given up, of the past, someone else's, another art's,
// ruled out, waved away or disclaimed is no goal; a goal corrected, owned up to or named after what the user
// started for is. Plain answers: profile-goals.test.ts.

describe("a goal mentioned is not the user's goal", () => {
  parses('training_goals', [
    ['my coach wants me to compete', null],
    // a goal left behind
    ['used to compete in my twenties', null],
    ['my daughter trains for self defense', null],
    ['buddy dragged me in for self defense, now I want to compete', 'competition'],
    // "my coach" is a person, not the goal of coaching
    ['whatever my instructor says', null],
    ['I want to coach one day', 'skill_development'],
  ]);
});

describe("another art's goal is not the BJJ one", () => {
  parses('training_goals', [
    ['I box for cardio, bjj is for competing', 'competition'],
    ['judo was for comps, jiu jitsu is just for fun', 'recreational'],
    ['I lift for fitness, jiu jitsu is for self defense', 'self_defense'],
  ]);
});

describe('what follows a correction or a joke is the goal', () => {
  // a joke is taken back wherever it stands
  parses('training_goals', [
    ['compete haha jk, just for fun', 'recreational'],
    ['stay fit no wait, more like getting better technique wise', 'skill_development'],
    ['lazer, só pra me divertir', 'recreational'],
  ]);
});

describe('a goal taken back at the end, ruled out, or not yet known', () => {
  reads([
    ['training_goals', 'to become ufc champ lol jk', null],
    ['training_goals', 'compete lol jk, just for fun', 'recreational'],
    ['training_goals', 'no quiero competir, solo pasarla bien', 'recreational'],
    ['training_goals', 'not sure yet, still figuring it out', null],
    ['training_goals', 'still learning', 'skill_development'],
  ]);
});

describe('someone named by where they live has their own goal', () => {
  reads([['training_goals', 'my mate wants to compete so i tagged along', null]]);
});

describe('insisting is no taking back of the goal; a goal ruled out or named in its own words', () => {
  reads([
    ['training_goals', 'to compete, not kidding', 'competition'],
    ['training_goals', 'sin torneos, por salud', 'fitness'],
    ['training_goals', 'newaza', 'skill_development'],
  ]);
});

describe('a goal given up, a state already had, or someone else’s is no goal', () => {
  parses('training_goals', [
    ["quit competing after my knee surgery, these days it's about staying healthy", 'fitness'],
    ['parei de competir, agora é pela saúde', 'fitness'],
    ['dejé de competir, ahora es para divertirme', 'recreational'],
    ["I'm already in good shape, what I want is to win tournaments", 'competition'],
    ['não vou competir, é pela saúde', 'fitness'],
    ['nao sei talvez competir um dia', 'competition'],
    ['my daughter competes, i take her to tournaments', null],
    ['taking my son to comps every weekend', null],
    ['i just watch her compete', null],
    ['prof thinks everyone ought to compete', null],
  ]);
});

describe('what the user started for gives way to what they want now', () => {
  parses('training_goals', [
    ['started for fitness, now im hooked on competing', 'competition'],
    ['started for self defense, now im into comps', 'competition'],
    ['started for fitness and now i love it', 'recreational'],
    ['self the fence', 'self_defense'],
  ]);
});

describe('a goal that is "not the point anymore" is left behind', () => {
  parses('training_goals', [
    // a goal "not the point anymore" / "no longer" is left behind, every mention of it
    [
      "Lost 30 lbs in my first year, now the weight isn't the point anymore, I want to medal at Masters Worlds",
      'competition',
    ],
    ['lost a bunch of weight, but fitness is not the point anymore, i want to win a tournament', 'competition'],
    ['I got fit the first year, now weight loss is no longer why i go, i want to compete at worlds', 'competition'],
  ]);
});

describe('"not for" rules a goal out, "honestly" owns up to one, and a goal it was', () => {
  parses('training_goals', [
    // "not for" negates the "for fun" after it
    ['not for the workout, not for fun, I want to medal at nationals', 'competition'],
    // not wanting "just" a goal is not wanting it as the goal
    ["don't want to just get fit, I want to learn the details", 'skill_development'],
    // "a bit of everything but…" turns, it excepts nothing; "honestly" owns up to the goal
    ['a little of everything but honestly its my cardio', 'fitness'],
    ["competing is cool, honestly it's my workout", 'fitness'],
    // a goal it was, with another named later, is where the user has been
    ['was just for fun at first, after a seminar I really want to refine my technique', 'skill_development'],
  ]);
});

describe("a liking verb, a relative's goal, the user taking over, the reason given, a goal it was or disliked", () => {
  parses('training_goals', [
    // a liking verb with an infinitive is the verb of the goal after it
    ['would like to enter a couple of tournaments this year', 'competition'],
    // a family member's goal is theirs
    ['my nephew wants to compete, I just tag along', null],
    // the user takes over after "and now I"
    ['my instructor gave me my blue and now I want to refine my fundamentals', 'skill_development'],
    // Tagalog: "libangan" is a hobby, "pang" is no typo of "pans"
    ['libangan ko lang to after work', 'recreational'],
    ['pang exercise lang talaga', 'fitness'],
    // the reason given wins
    ["I like the workout, but I'm there because I got mugged last year", 'self_defense'],
    // a goal it was "solely", with another now
    ["was solely a fitness thing until this spring, now I'm chasing medals", 'competition'],
    // a tournament told by its name
    ['prepping for the Boston Summer Open', 'competition'],
    // a goal disliked is no goal
    ["tournaments freak me out, I'm here to unwind", 'recreational'],
  ]);
});

describe("the club's or a relative's plans, and past then now in Spanish and Portuguese", () => {
  parses('training_goals', [
    // the club's plans and a relative's wish are not the user's goal
    ['our club is sending a team to the state open', null],
    ['mi hermano quiere competir', null],
    // past then now, in Spanish and Portuguese
    ['antes era por diversión, ahora es para defensa personal', 'self_defense'],
    ['entrei pra perder peso, atualmente quero competir', 'competition'],
    ['empecé por salud, hoy compito', 'competition'],
  ]);
});

describe('what matters most, what the user started for, and what others say of them', () => {
  parses('training_goals', [
    ['para mantenerme en forma', 'fitness'],
    ['laro lang po, walang pressure', 'recreational'],
    ['chill lang, no pressure', 'recreational'],
    // Spanish "pero", "todo" are no slips of "peso", "too"
    ['de todo un poco, pero sobre todo relajarme', 'recreational'],
    ['competir un poco, pero sobre todo por salud', 'fitness'],
    ['competir às vezes, mas acima de tudo saúde', 'fitness'],
    ['fitness din, pero lalo na para sa self defense', 'self_defense'],
    ['compito, pero principalmente por diversión', 'recreational'],
    ["i'd like to compete but im here for the workout", 'fitness'],
    ['competir a veces, pero más que nada por diversión', 'recreational'],
    ['i do the comp class and all, but im in it for the friends', 'recreational'],
    // what the user started for gives way to what they train for now
    ['initially to compete, now for health', 'fitness'],
    ['initially for comps, nowadays fitness', 'fitness'],
    // what someone else says of the user is not the user's goal
    ['my coach says im ready for tournaments', null],
    ['sabi ng coach ko ready na daw ako mag compete pero pampapayat lang talaga', 'fitness'],
    ['coach promoted me, so competing now', 'competition'],
    ['coach says im ready, so competing', 'competition'],
  ]);
});

describe('"sem" rules a goal out; a coach\'s wish; a goal that starts after a belt', () => {
  parses('training_goals', [
    // "sem" negates like "sin"
    ['sem competição, só pra me divertir', 'recreational'],
    // what a coach wants, in Portuguese, is the coach's
    ['meu treinador quer que eu lute campeonato, mas eu treino pela saúde', 'fitness'],
    // a belt the goal starts after is when, not the goal
    ['after my black belt the plan is to compete in masters', 'competition'],
    ['después del cinturón negro, competir', 'competition'],
  ]);
});

describe('a goal turned down, and a danger already met', () => {
  parses('training_goals', [
    ['competing, nope. just fun', 'recreational'],
    ['got jumped outside a bar last year, never again', 'self_defense'],
    ['cant be bothered with comps, just here for fun', 'recreational'],
  ]);
});

describe('a belt held is where the goal starts; a promotion with a date defers the answer', () => {
  parses('training_goals', [
    // a belt the user has is where the goal starts from, not the goal
    ['now that I have my blue I want to start competing', 'competition'],
    ['agora que tenho a azul quero competir', 'competition'],
    ['ya tengo la azul, ahora quiero competir', 'competition'],
    ['já recebi a preta, agora é só pra me divertir', 'recreational'],
    ['recebi a marrom, agora quero competir', 'competition'],
    ['i want to have my black belt one day', 'skill_development'],
    // a promotion with a date is news, and "ask me after" defers the answer
    ["promotion's in june, ask me after", null],
    ['belt promotion is next month', null],
    ['a graduação é em junho, me pergunta depois', null],
    ['la promoción es el sábado, pregúntame después', null],
    ['ask me after my promotion', null],
    ['working towards a promotion next year', 'skill_development'],
  ]);
});

describe("someone else's goal, the user's own unsaid", () => {
  parses('training_goals', [
    ['the guy who got me into it wants to do adcc lol', null],
    ['my student wants to compete at worlds', null],
    ['meu aluno quer competir no mundial', null],
  ]);
});

describe('a goal waved away is no goal; "not just" makes the lesser one', () => {
  parses('training_goals', [
    ['couldnt care less about self defence or fitness, i want to win the worlds at masters 3', 'competition'],
    ['could care less about belts, i want to get fit', 'fitness'],
    ["who cares about medals, i'm here to get in shape", 'fitness'],
    ['not bothered about comps, i just want to get better', 'skill_development'],
    ['no me importa competir, es para divertirme', 'recreational'],
    ['want to be technical not just strong. maybe compete later', 'skill_development'],
    ['i want to compete, not just train for fitness', 'competition'],
  ]);
});

describe('a goal of a time left behind', () => {
  parses('training_goals', [
    ['as a kid I did it to get fit', null],
    ['back when I was a teen I trained for self defense', null],
    ['got into it for self defense when I was a teenager, still my main reason', 'self_defense'],
    ['I did it for self defense when I was a teenager, now I want to compete', 'competition'],
    ['self defense, I was bullied when I was a kid', 'self_defense'],
  ]);
});

describe('goals disclaimed, and strength as fitness', () => {
  parses('training_goals', [
    // goals disclaimed state none; a goal said after the disclaimer still counts
    ['goals is a strong word 😂', null],
    ['goals is a bit of a strong word', null],
    ["'goals' might be too strong a word", null],
    ["I wouldn't call them goals", null],
    ['no real goals', null],
    ['goals? lol', null],
    ["i don't really have goals", null],
    ['no real goals, just fun', 'recreational'],
    ['goals is a strong word, but i want to compete one day', 'competition'],
    ["i wouldn't call them goals, i just want to stay in shape", 'fitness'],
    // controls: strength is still fitness
    ['get strong', 'fitness'],
    ['i want to be strong', 'fitness'],
    ['get stronger', 'fitness'],
  ]);
});

describe('what brought the user in gives way to what kept them', () => {
  parses('training_goals', [
    // what brought the user in gives way to what kept them
    ['came for self defense, stayed because I want to actually master the art', 'skill_development'],
    ['came for fitness, stayed for the competition', 'competition'],
    ['came for weight loss, stuck around for competing', 'competition'],
    ['joined to get fit, stayed to compete', 'competition'],
    // controls: nothing kept them for another reason
    ['came for fitness', 'fitness'],
    ['came for self defense and still train for it', 'self_defense'],
    ['I want to stay fit', 'fitness'],
    ['self defense, stay safe', 'self_defense'],
  ]);
});

describe('a correction spelled out, and a goal called a bonus', () => {
  parses('training_goals', [
    // "I mean" right after another correction word: what follows is the answer, count or not
    ['lose weight no wait, I mean to have fun, weight loss is a bonus', 'recreational'],
    ['compete actually I mean to have fun', 'recreational'],
    ['compete, scratch that, i mean fitness', 'fitness'],
    // a goal called a bonus, a perk, a side effect yields to another
    ['fun, weight loss is just a bonus', 'recreational'],
    ['to have fun, losing weight is just a nice bonus', 'recreational'],
    // controls: a bonus alone, a goal stressed, a lone "i mean" with no count after
    ['weight loss is a bonus', 'fitness'],
    ['to have fun, weight loss is my main goal tho', 'fitness'],
    ['fitness is a bonus, i want to compete', 'competition'],
    ['compete i mean i like fun', 'competition'],
  ]);
});

describe('a correction after its answer, someone turning on the user, a class run down', () => {
  parses('training_goals', [
    // "so" with no count after restates nothing, so the correction before it stands
    ["Fitness. Actually scratch that, I've signed up for the British Open, so competition", 'competition'],
    ["fun. actually no, I've booked my first tournament, so competition", 'competition'],
    // a bare "no" opening a later sentence takes back the answer before it
    ["Fitness. Well no, really I'm training for Pans in the spring", 'competition'],
    ['Fitness. No, competition', 'competition'],
    ['self defense. well no, I just like rolling with friends', 'recreational'],
    // someone turning on the user
    [
      "Definitely not for sport. I'm a nurse on night shifts and I want to know what to do if someone gets physical",
      'self_defense',
    ],
    ['I want to know what to do if a patient gets violent', 'self_defense'],
    ['in case things get physical at work', 'self_defense'],
    // control: exercise is no fight
    ['I want to get physical exercise', 'fitness'],
    // a state not to get into, and a dropped g
    ['keep busy and not get fat', 'fitness'],
    ["just wanna keep movin'", 'fitness'],
    ["Shoot, at my age I just want to keep movin' and not get fat", 'fitness'],
    // a class run down is no goal
    ['The fitness classes at my gym are rubbish', null],
    ['boring self defense classes at my gym', null],
    ['the comp team here is a joke', null],
    // controls: a class gone to, the user's own state run down
    ['I do the comp class twice', 'competition'],
    ['my cardio is rubbish', 'fitness'],
  ]);
});

describe('a goal that was, not knowing now, a final watched', () => {
  parses('training_goals', [
    // a goal it was, then another named later: the later one is the goal now
    ["Was doing it for fun, but I just signed up for my first tournament and I'm going all in", 'competition'],
    [
      "Used to be a hobby, but after my daughter got harassed I'm taking the self-defense side seriously",
      'self_defense',
    ],
    // control: a goal it was, and nothing after it
    ['was doing it for fun', 'recreational'],
    // a goal it was, then not knowing now: none now
    ["Originally it was self defense after I got mugged, but honestly I don't know what it is anymore", null],
    ["It used to be fitness, but now I'm not sure", null],
    // controls: a goal not said as past stands; not knowing something else is no doubt about it
    ["Self defense. I don't know what else to say now lol", 'self_defense'],
    ["self defense, though I don't know how good I'll get", 'self_defense'],
    // a competition watched is no goal
    ['Watched the ADCC final last night, mental', null],
    ["watched last year's worlds on flo", null],
    // controls: a goal said beside the watching; watching one's weight is a fitness goal
    ['after watching ADCC I want to compete', 'competition'],
    ['watching my weight', 'fitness'],
  ]);
});

describe('"that\'s not why I\'m here", "X at first", and stress let out in Spanish', () => {
  parses('training_goals', [
    // "that's not why I'm here" disowns the goals named before it
    ["My doctor told me exercise would help, but that's not really why I'm here", null],
    ["fitness, but that's not why I'm here, I want to compete", 'competition'],
    // control: not the main reason is still a reason
    ["fitness, but that's not the main reason", 'fitness'],
    // "X at first", then what it has become: the goal now
    ["Self defense at first, but truthfully it's become my way to unwind after work", 'recreational'],
    ["fitness initially, now it's the comps", 'competition'],
    // control: alone, where the user began is the only goal said
    ['self defense at first', 'self_defense'],
    // Spanish stress let out, a laugh, "mi terapia"
    [
      'Bueno, mirá, soy enfermera, turnos de 12 horas, vengo para descargar el estrés y reírme un rato con las chicas',
      'recreational',
    ],
    ['defensa personal al principio, ahora es mi terapia', 'recreational'],
    // control: a laugh denied beside a goal
    ['para competir, no para reírme', 'competition'],
  ]);
});

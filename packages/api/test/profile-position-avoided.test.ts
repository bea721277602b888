import { describe, expect, it } from 'vitest';
import { parses } from './profile-cases';
import { reads } from './profile-reads';
import { parseProfileAnswer } from '../src/domain/profile-answers';

// main_position told by what the user avoids: a side feared, hated, refused, tiring, called a weakness or
// hardly ever played is the other side. Sides stated outright: profile-position.test.ts.

describe('a position described by what the user avoids', () => {
  parses('main_position', [
    ['being stuck underneath someone is my least favorite thing', 'top'],
    ["passing is too much work, I'd rather sit and play", 'guard'],
    ['I hate being mounted so I make sure I am the one on top', 'top'],
    ['guard has never really clicked for me', 'top'],
    ['I stay away from guard because of my bad knees', 'top'],
    ['I refuse to play top, sweeps are my whole game', 'guard'],
    ["I'll never willingly go to my back", 'top'],
    ['anywhere but top honestly', 'guard'],
    ['anything but playing on top, im too light to pressure anyone', 'guard'],
    // being bad somewhere is no preference for it
    ['ex wrestler so top, i suck off my back', 'top'],
    ['i avoid top, my passing sucks', 'guard'],
    ['i stay off my back as much as i can', 'top'],
    ['i get flattened every time im on bottom so i try to stay on top', 'top'],
    ['my guard is garbage so i always try to come up on top', 'top'],
    ['i fear leg locks so i stay on top and never sit down', 'top'],
    ['bottom is where i go to die, so top', 'top'],
    ['start on top in basically every roll, bottom only when i get swept', 'top'],
    // a side left behind; "went" is no "want"
    ['used to be all guard but ive turned into a top player since my knees went', 'top'],
    ['never been good at pressure passing so i stay on my back', 'guard'],
    ['everything except bottom', 'top'],
    // fear or discomfort is avoiding it
    ["I'm scared of being on bottom", 'top'],
    ['playing guard feels weird to me', 'top'],
    ['top position freaks me out', 'guard'],
    ['I feel lost on top', 'guard'],
    ['bottom makes me nervous', 'top'],
    ['I steer clear of guard', 'top'],
    ['top is a nightmare for me', 'guard'],
    // the side picked when made to choose, the larger share
    ["I like both but I'd pick guard", 'guard'],
    ['80% top 20% guard', 'top'],
    ['50% guard 50% top', 'balanced'],
    // getting better at a side someday is work in progress, not the side played now
    ['would love to get better at top someday but now i pull guard', 'guard'],
  ]);
});

describe('a side told by what is avoided, or by nothing avoided', () => {
  it.each([
    ['im allergic to passing lol', 'guard'],
    ['i stay off the bottom, wrestled all through high school', 'top'],
    ['avoid the top game, most guys at my gym are heavier', 'guard'],
    ['odeio passar guarda, prefiro puxar', 'guard'],
    ['i dont play favourites, theres no spot i avoid', 'balanced'],
  ] as const)('position %j → %s', (text, expected) => {
    expect(parseProfileAnswer('main_position', text)).toBe(expected);
  });
});

describe('feeling unsteady on top is avoiding it', () => {
  reads([['main_position', 'top scares me, i feel off balance up there', 'guard']]);
});

describe('a side avoided: someone on top of the user, under someone, a nightmare, being the one who passes', () => {
  parses('main_position', [
    ['I hate people on top of me', 'top'],
    ['odeio alguém por cima de mim', 'top'],
    ['no me gusta tener a nadie encima de mí', 'top'],
    ["I can't stand being under somebody", 'top'],
    ['hate getting mounted under big guys, i play on top', 'top'],
    ['passing is my worst nightmare', 'guard'],
    ["i'm hopeless from bottom", 'top'],
    ["i don't like being the one who gets stuck on bottom", 'top'],
    ["don't enjoy being the one who ends up underneath", 'top'],
    ['never want to be the one who has to pass', 'guard'],
    ['i avoid being the one who has to play guard', 'top'],
    // a side the roll may leave them in, or a share of rolls, is no side chosen
    ['pressure passer, when i end up on my back i scramble', 'top'],
    ['i pass most rounds, maybe one roll out of four im on bottom', 'top'],
    // a submission disliked says nothing of a side
    ['not a fan of triangles', null],
  ]);
});

describe('a side hardly ever or rarely played is the other one', () => {
  parses('main_position', [
    ['i pull guard and sweep, hardly ever start on top', 'guard'],
    ['rarely on bottom', 'top'],
  ]);
});

describe('sides turned down, asked about, or played in more sessions', () => {
  parses('main_position', [
    ['depends what you mean by top?', null],
    ['not sure what you mean by guard?', null],
    ['it depends on what you mean by bottom', null],
    ['depends what you mean by top, i pass a lot', 'top'],
    ['anything where im flat on my back, nope', 'top'],
    ['being flat on my back, hard pass', 'top'],
    ['being on bottom is just not for me', 'top'],
    ['top just isnt for me', 'guard'],
    ['cant be bothered with all the fancy guard stuff, i just want to pin people', 'top'],
    ['evito pasar, me canso mucho', 'guard'],
    ['odio pasar', 'guard'],
    ['trato de evitar la guardia', 'top'],
    ['paso mucho tiempo abajo', 'guard'],
    ['spider y lasso, y si me pasan me voy a media guardia', 'guard'],
    ['gi 3 times a week and i play guard there, nogi once a week where i play top', 'guard'],
    ['twice a week nogi where i wrestle up and pass, gi once a week and i end up on bottom', 'top'],
    ['in the gi i play guard, in nogi top', 'balanced'],
  ]);
});

describe('a side avoided with strong feeling words', () => {
  parses('main_position', [
    ['bottom is my nemesis', 'top'],
    ['top is my kryptonite', 'guard'],
    ['detest bottom half guard, detest bottom anything really', 'top'],
    ['i abhor closed guard', 'top'],
    ['i dread getting swept because then im stuck on my back', 'top'],
    ['being underneath people gives me claustrophobia, so i fight to stay up', 'top'],
    ['i get claustrophobic under people', 'top'],
    // how far they avoid it names no second side
    ['i stay off my back wherever possible', 'top'],
    // a rhetorical question plays no side
    ['not a fan of being on top, im 58kg so who am i smashing', 'guard'],
    // Tagalog: "ayoko sa ilalim" (I don't want the bottom), "mas gusto ko sa taas" (I prefer on top)
    ['ayoko sa ilalim, mas gusto ko sa taas', 'top'],
    ['ayoko sa taas', 'guard'],
    // learning a side is work in progress
    ['sou mais de cima, mas to aprendendo a jogar de guarda', 'top'],
    ['soy mas de guardia pero estoy aprendiendo a pasar', 'guard'],
    ['quiero aprender a pasar la guardia algun dia', null],
  ]);
});

describe('what tires or annoys the user is avoided; what they would rather do is the side', () => {
  parses('main_position', [
    ["passing guard makes me so tired, i'd rather sit", 'guard'],
    ['passing makes me so tired', 'guard'],
    ['top drains me', 'guard'],
    ['top wears me out', 'guard'],
    ['bottom is exhausting', 'top'],
    ['guard is so tiring', 'top'],
    ['being on bottom is so annoying', 'top'],
    ['playing guard gets on my nerves', 'top'],
    ['im sick of being on bottom', 'top'],
    ['pasar guardia me cansa', 'guard'],
    ['passar guarda me deixa cansado', 'guard'],
    ['nakakapagod sa taas', 'guard'],
    // the verb of a preference alone names the side, and is the one preferred
    ["i'd rather sit", 'guard'],
    ['rather pull', 'guard'],
    ['i prefer to just sit', 'guard'],
    ["top is fine but i'd rather sit", 'guard'],
    ["i'd sooner stand", 'top'],
  ]);
});

describe('sat waiting for them, and the top role refused whole', () => {
  parses('main_position', [
    ['no interest in wrestling up, comfy on my butt', 'guard'],
    ['i let them come to me', 'guard'],
    ['i never want to be the one on top grinding, let them come to me', 'guard'],
    ['i dont like being the one on top grinding', 'guard'],
    ['top grinding all day', 'top'],
  ]);
});

describe('a side called a weakness, and rolls split evenly now', () => {
  parses('main_position', [
    // a side called the user's weakness is no preference: it leans to the other side
    ['mostly top, tbh bottom is my weakness', 'top'],
    ['bottom is my weakness', 'top'],
    ['my guard is my weak point', 'top'],
    ['guard is my achilles heel', 'top'],
    ['my weak spot is bottom', 'top'],
    ['top is where i struggle', 'guard'],
    ['i struggle on bottom', 'top'],
    ['weak guard, strong top', 'top'],
    ['top, my guard is bad', 'top'],
    ['top lor, bottom not so good', 'top'],
    ['guard is what needs work', 'top'],
    ['mostly top, tbh guard needs work', 'top'],
    ['top is what i need to work on', 'guard'],
    ["guard isn't that strong", 'top'],
    ['not so good on bottom', 'top'],
    // controls: a strength is the side, a weakness of the side played stays it
    ['bottom is my strength', 'guard'],
    ['guard is my strong point', 'guard'],
    ['i love guard but my guard is weak', 'guard'],
    ['i play guard and it needs work', 'guard'],
    ['guard player, passing needs work', 'guard'],
    // the rolls split evenly, said now, win over the side of the past
    ['was a pure passer, now I split it evenly', 'balanced'],
    ['used to pull guard, now i split my time evenly', 'balanced'],
    ['split it down the middle', 'balanced'],
    ['split it evenly', 'balanced'],
    // controls
    ['was a guard player, now mostly top', 'top'],
    ["was a guard player, now it's half and half", 'balanced'],
    ['was a pure passer', null],
    ['split guard', 'guard'],
  ]);
});

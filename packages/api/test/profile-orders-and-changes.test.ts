import { describe } from 'vitest';
import { parses } from './profile-cases';

// Rounds r54–r55 of the profile-answer parser: belts told by their order, prizes on a gym's wall, a
// share of rolls said after the side, rates planned for later or changed, and counts spread over kinds
// of class (with or without the gi, at two places, in Hinglish and Swahili, per fortnight).

describe('a belt told by its order', () => {
  parses('belt_level', [
    ['on my second belt now, four stripes on it', 'blue'],
    ['2nd belt, 3 stripes', 'blue'],
    ["i'm on my third belt", 'purple'],
    ['minha segunda faixa', 'blue'],
    ['mi tercer cinturón', 'purple'],
    ['ma deuxième ceinture', 'blue'],
    ['saya di sabuk kedua', 'blue'],
    // controls: aimed at, someone else's, another art's, a promotion counted, counted from a colour
    ['going for my second belt', null],
    ['my son is on his second belt', null],
    ['second belt in judo', null],
    ['this is my second belt promotion', null],
    ['first belt after white, 3 stripes on it', 'blue'],
    ['second stripe on my belt', null],
    // a colour said outright still wins
    ['second degree black belt', 'black'],
    ['first belt was white, now purple', 'purple'],
  ]);
});

describe('prizes on display', () => {
  parses('training_goals', [
    ["the gym's very comp focused, medals all over the wall", null],
    ['medals all over the wall', null],
    ['the academy has a wall full of medals', null],
    ['a academia tem medalhas na parede toda', null],
    ['medals on the wall at my gym but i train to stay fit', 'fitness'],
    // controls: prizes the user wants or owns
    ['i want medals all over my wall', 'competition'],
    ["medals on the wall, that's the dream", 'competition'],
    ['one day my medals will be on the wall', 'competition'],
    ['win medals', 'competition'],
  ]);
});

describe('a share of rolls said after the side, and the rest', () => {
  parses('main_position', [
    ["pull guard maybe 1 in 10 rolls, the rest I'm wrestling up and passing", 'top'],
    ["I pull guard maybe 1 in 10 rolls, the rest I'm passing", 'top'],
    ['guard 2 out of 10 rounds, top the rest', 'top'],
    ['i end up on bottom 1 in 5 rolls, the rest im passing', 'top'],
    // controls: the larger share, a share before the side, two sides in one clause
    ["i pull guard 9 out of 10 rolls, the rest i'm on top", 'guard'],
    ['guard 80%, top the rest', 'guard'],
    ['I pull guard about half the time and wrestle up the other half', 'balanced'],
  ]);
});

describe('rates planned for later or changed', () => {
  parses('training_frequency', [
    ['starting 4x a week next month', null],
    ['4x a week starting next month', null],
    ['going 4x a week from next month', null],
    ['gonna do 5 a week next term', null],
    // controls: the rate now beside the plan, a rate lasting until then, a change to come
    ['3x a week now, 4x from next month', 3],
    ['3x a week, next month 4', 3],
    ['twice a week till next month', 2],
    ['going from 2 to 3 next month', 2.5],
    // a past every day, and weekends now
    ["I was going every day but now it's weekends only", 2],
    ['every day but now it’s just mon wed fri', 3],
    ['every day but not sundays', 6],
    ['every day except on the weekend', 5],
    // shifts as when the count changed, not what it counts
    ['went from twice a week to three times once my shifts settled down', 3],
    ['went from 2 to 3 a week once my shifts settled', 3],
    ['3x a week since my shifts changed', 3],
    ['i work 3 shifts a week', null],
  ]);
});

describe('counts spread over kinds of class', () => {
  parses('training_frequency', [
    ['2 de kimono, 1 sem kimono e o open mat de sábado', 4],
    ['2 de kimono e 1 sem kimono', 3],
    ['dos veces en la academia y dos más en el gimnasio', 4],
    // control: a season, not a place
    ['3 veces en verano, ahora 2', 2],
    ['hafte mein do gi class aur ek nogi', 3],
    ['mara mbili gi na mara moja nogi', 3],
    ['cada dos semanas hago 6 entrenos', 3],
    ['every two weeks i do 6 sessions', 3],
    ['a cada duas semanas faço 6 treinos', 3],
    // controls: Portuguese "na" is no "and"; English "do" is no two; a period alone; "of the"
    [
      'entao, faco 2x gi com o professor na terca e quinta, 2x nogi segunda e quarta a noite, e sabado de manha tem open mat',
      5,
    ],
    ['gi twice and do nogi once', 3],
    ['every 2 weeks', 0.5],
    ['cada dos semanas', 0.5],
    ['6 sessions every two weeks', 3],
    ['a maioria dos dias', null],
  ]);
});

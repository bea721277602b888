import { describe } from 'vitest';
import { reads } from './profile-reads';

// Replies held back from rounds 67-72: sides dreaded or written off, a group refused, wishes, upcoming
// belts, stripes moved through, glued and clocked counts, counts kept at each of several gyms.

describe('a side dreaded or written off is avoided', () => {
  reads([
    ['main_position', 'top feels so awkward for me, i avoid it and play butterfly', 'guard'],
    ['main_position', 'guard feels really weird, i wrestle up', 'top'],
    ['main_position', 'staying on top feels awful to me, I keep rolling off and I hate it', 'guard'],
    ['main_position', 'bottom feels terrible', 'top'],
    ['main_position', "bottom's the worst, I wrestle up every time", 'top'],
    ['main_position', 'top is the absolute worst', 'guard'],
    ['main_position', 'Judo guy. Ending up on my back is a loss where I come from.', 'top'],
    ['main_position', 'wrestling up is me thing, playing off your back is a waste of time', 'top'],
    ['main_position', 'pulling guard is basically a waste of energy', 'top'],
    ['main_position', 'bottom is where I panic, I avoid it like the plague', 'top'],
    ['main_position', 'top is where i freak out', 'guard'],
  ]);
});

describe('a spot and the side it is on are avoided as one', () => {
  reads([
    ['main_position', 'hate getting flattened out on bottom so I always fight to get on top', 'top'],
    ['main_position', 'i hate getting pinned on bottom, i try to stay on top', 'top'],
  ]);
});

describe('being taken down is no takedown of the user’s', () => {
  reads([
    ['main_position', 'bottom, bcuz i get taken down lol', 'guard'],
    ['main_position', 'i get taken down', null],
  ]);
});

describe('a group of players the user refuses to join', () => {
  reads([
    ['main_position', 'guard players annoy me and I refuse to become one', 'top'],
    ['main_position', 'I hate guard players, never want to be one', 'top'],
    ['main_position', "top players annoy me, i'd never be one", 'guard'],
    ['main_position', 'guard players are cool, I want to become one', null],
  ]);
});

describe('a side only wished for says nothing of now', () => {
  reads([
    ['main_position', 'would love to be a top player like Gordon Ryan one day', null],
    ['main_position', "i'd love to become a guard player", null],
    ['main_position', "one day i'll be a top guy like my coach", null],
    ['main_position', 'i play guard but my coach wants me passing more so maybe top one day', 'guard'],
  ]);
});

describe('a belt still to come or awaited', () => {
  reads([
    ['belt_level', "Blue belt's coming, coach says. Not here yet.", null],
    ['belt_level', 'purple is on its way', null],
    ['belt_level', "promotion is saturday, i think i'm getting purple", null],
    ['belt_level', "i'm getting my brown at the christmas party", null],
    ['belt_level', 'waiting on my blue, maybe in december', null],
    ['belt_level', 'still waiting for my purple belt', null],
    // a stripe held still tells the belt below
    ['belt_level', '4 stripes, waiting on my blue', 'white'],
    ['belt_level', 'waiting for my purple, been blue for 3 years', 'blue'],
  ]);
});

describe('a belt got, and stripes moved through', () => {
  reads([
    ['belt_level', "just got whipped through the gauntlet after getting my blue, back's still red raw", 'blue'],
    ['belt_level', 'after getting my purple i took a month off', 'purple'],
    ['belt_level', 'just promoted from white belt 1 stripe to white belt 2 stripes 😅', 'white'],
    ['belt_level', 'promoted from blue 2 stripes to blue 3 stripes', 'blue'],
    ['belt_level', 'went from white 4 stripes to blue last week', 'blue'],
  ]);
});

describe('counts glued, clocked, added and kept at each gym', () => {
  reads([
    ['training_frequency', 'fourtimes a week', 4],
    ['training_frequency', 'threetimes a week', 3],
    ['training_frequency', 'twotimes per week', 2],
    ['training_frequency', 'Two noon classes, one 1900 class.', 3],
    ['training_frequency', 'two 0630 classes and one 1900 class', 3],
    ['training_frequency', 'started in 2019, 3 classes a week', 3],
    ['training_frequency', '2-3 classes plus open mat', 3.5],
    ['training_frequency', '2 or 3 classes plus open mat', 3.5],
    ['training_frequency', '2-3x plus open mat', 3.5],
    ['training_frequency', '2 classes at each of my 2 gyms 😅', 4],
    ['training_frequency', '3 classes at each of my two gyms', 6],
    ['training_frequency', '2 classes a week at both gyms', 4],
    ['training_frequency', 'once at each of my three clubs', 3],
    ['training_frequency', '3 classes a week at my gym', 3],
  ]);
});

// Readings of goals that are someone else's (a partner behind a hedge, a neighbour, a child driven to
// comps, a list going on about teammates), of unwinding and company said short, of a disliked list of
// other sports; and of sides: a long subject called a nightmare, a split chosen to not be predictable.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('company and unwinding said short', () => {
  reads([
    ['training_goals', 'just rolling w the lads, nothing more', 'recreational'],
    ['training_goals', 'honestly the beers after are half the reason', 'recreational'],
    ['training_goals', 'its my downtime after a long shift', 'recreational'],
    ['training_goals', 'basically my chill time', 'recreational'],
    // control: "w" with no company after it names no goal
    ['training_goals', 'i train w my coach to get better', 'skill_development'],
  ]);
});

describe('someone else behind a hedge', () => {
  reads([
    ['training_goals', 'my husband booked the trial, i think he just wanted me out of the house', null],
    ['training_goals', 'reckon she signed me up to get me out of the house', null],
    // control: the user hedging their own goal
    ['training_goals', 'i think i just want to get out of the house', 'recreational'],
  ]);
});

describe('a neighbour or colleague is someone else', () => {
  reads([
    ['training_goals', 'my colleague trains to lose weight and talked me into a trial', null],
    ['training_goals', 'my neighbor competes a lot, he got me started', null],
    // control: the user's own goal after the neighbour
    ['training_goals', "my neighbour got me started but i'm here to compete", 'competition'],
  ]);
});

describe('every sport in a disliked list is disliked', () => {
  reads([
    ['training_goals', 'i hate running and lifting so this is how i stay in shape', 'fitness'],
    ['training_goals', 'cant stand swimming or cycling so this is my cardio', 'fitness'],
    // control: a sport the user does after the dislike keeps its own goal
    ['training_goals', 'i hate running and lift for strength, bjj is for fun', 'recreational'],
  ]);
});

describe('comps the user drives someone else to', () => {
  reads([
    ['training_goals', 'i take him to all the local tourneys', null],
    ['training_goals', 'i ferry the kids to tournaments every weekend', null],
    // control: driving to compete oneself
    ['training_goals', 'i drive to tournaments every month', 'competition'],
  ]);
});

describe('a list going on about their competing', () => {
  reads([
    ['training_goals', 'my coach competes all the time, adcc, naga, everything', null],
    ['training_goals', 'everyone in the comp team competes, ibjjf, naga etc', null],
    // control: the user's own goal after theirs
    ['training_goals', 'my coach competes, i just want to get fit', 'fitness'],
  ]);
});

describe('a long subject called a nightmare', () => {
  reads([
    ['main_position', 'getting flattened under a 100 kilo dude is my worst nightmare so i play top', 'top'],
    ['main_position', 'getting squashed under a 100kg guy is my nightmare, i pass', 'top'],
    ['main_position', 'being flattened under a 100kg guy is hell so i stay on top', 'top'],
    // control: the dreaded side named after the one played
    ['main_position', 'i play guard, top is my nightmare', 'guard'],
  ]);
});

describe('a want denied is no aspiration', () => {
  reads([
    ['main_position', 'dont wanna be predictable, so i split it half top half bottom', 'balanced'],
    ['main_position', 'i dont want to be predictable, so half top half bottom', 'balanced'],
    // control: a split only wished for
    ['main_position', 'i want to be half top half bottom', null],
  ]);
});

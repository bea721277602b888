// Readings of what belongs to someone else or is avoided: a partner or coach named again by a pronoun or
// a list run on, a wish for the whole class, a role named before the person, a pro watched or admired;
// a body too stiff for a side, an older person no slip of another word; a dislike of "just" a goal, a
// filler "like", a crowd named by a goal, the waist kept down.
import { describe } from 'vitest';
import { reads } from './profile-reads';

describe('someone else named again by a pronoun or a list run on', () => {
  reads([
    ['main_position', 'my brother plays top, everything with him is smash passing', null],
    ['main_position', 'my husband trains as well and hes all top, knee cut smash pass the works', null],
    ['main_position', 'my sister trains with me and she is all guard, for her it is always dlr and so on', null],
    // control: the user takes over after them
    ['main_position', 'my coach is a guard guy but im more top', 'top'],
  ]);
});

describe('a wish for the whole class is the coach’s', () => {
  reads([
    ['main_position', 'coach wants all of us to play both top and bottom before we specialise', null],
    ['main_position', 'the instructor wants each of us to learn guard and passing until we get our blue', null],
    // control: "we" said by the user of their own play
    ['main_position', 'we mostly drill guard and i love it', 'guard'],
  ]);
});

describe('a role named before the person', () => {
  reads([
    ['main_position', 'the gym is big on wrestling, the head coach is a top heavy guy', null],
    ['main_position', 'the assistant instructor plays lots of guard', null],
    // control: the user's own side
    ['main_position', 'head down and pass, top all day', 'top'],
  ]);
});

describe('a pro watched or admired is no side played', () => {
  reads([
    ['main_position', 'marcelo garcia is my favourite guard player', null],
    ['main_position', 'lachlan giles is the best guard player to watch', null],
    ['main_position', 'been watching a ton of bernardo faria pressure passing on youtube', null],
    // control: the user's side said beside what they watch
    ['main_position', 'i watch guard videos on youtube but i play top', 'top'],
  ]);
});

describe('a body too stiff for a side avoids it', () => {
  reads([
    ['main_position', 'my hips are way too stiff for inverted guard stuff, i pass', 'top'],
    ['main_position', 'my hamstrings are too tight for guard', 'top'],
    // control: a side the body suits
    ['main_position', 'flexible hips so guard', 'guard'],
  ]);
});

describe('an older person is no slip of another word', () => {
  reads([
    ['main_position', 'dunno, what suits an older guy?', null],
    ['main_position', 'older guy here, no idea yet', null],
    // control: the side the older user plays
    ['main_position', 'older guy, i play guard', 'guard'],
  ]);
});

describe('what the user is tired of doing "just" for', () => {
  reads([
    ['training_goals', 'sick of just rolling around for fun, i wanna win a tournament', 'competition'],
    [
      'training_goals',
      'tired of only training for fitness, i want to actually learn the techniques',
      'skill_development',
    ],
    ['training_goals', 'i hate only doing it for fun, i want to compete', 'competition'],
    // control: fun said plainly
    ['training_goals', 'i just roll for fun', 'recreational'],
  ]);
});

describe('a filler "like" likes nothing', () => {
  reads([
    ['training_goals', 'our academy is super competitive, like everyone has a trophy shelf', null],
    ['training_goals', 'the gym is very comp heavy, like they all fight every weekend', null],
    // control: "like" as the user's liking
    ['training_goals', 'i like everyone there', 'recreational'],
  ]);
});

describe('a crowd named by a goal is not the goal', () => {
  reads([
    [
      'training_goals',
      'i swerve the comp guys and the hard rounds, i roll to have a laugh with the boys',
      'recreational',
    ],
    ['training_goals', 'i hide from the tournament crowd, i come to chill and have fun', 'recreational'],
    ['training_goals', 'i sit out when the comp guys spar, i train to have a laugh', 'recreational'],
    // control: the user counts themselves in
    ['training_goals', "i'm one of the comp guys", 'competition'],
  ]);
});

describe('the waist kept down is fitness', () => {
  reads([
    ['training_goals', 'not into tournaments, just want to keep my waistline in check', 'fitness'],
    ['training_goals', 'competing is not for me, i just want to shrink the belly', 'fitness'],
    // control: a waist already fine says nothing of a goal
    ['training_goals', 'i just like the people', 'recreational'],
  ]);
});

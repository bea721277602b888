// Rules from r56/r57: an answer first, then tonight's log; and the parser's new readings.
import { describe, expect, it } from 'vitest';
import { routeChat } from '../src/domain/chat-route';
import { parseProfileAnswer } from '../src/domain/profile-answers/parse';
import { parsePendingAnswer } from '../src/domain/profile-answers/pending';
import { plainAnswerLead } from '../src/domain/profile-answers/pending-answer-lead';
import type { ProfileField } from '../src/domain/profile-answers/types';

describe('a plain answer first, then the log', () => {
  it.each<[ProfileField, string, string | number]>([
    ['main_position', 'balanced i reckon, played top and bottom about evenly in class tonight', 'balanced'],
    ['training_goals', 'compete at pans next year. did 8 hard rounds tonight to start the camp', 'competition'],
    ['main_position', 'top lol, passed everyone tonight', 'top'],
    ['training_goals', 'compete in the worlds this year, drilled guard passing tonight', 'competition'],
  ])('%s: %s', (field, text, want) => {
    expect(plainAnswerLead(field, text)).toBe(want);
    expect(parsePendingAnswer(field, text)).toBe(want);
    expect(routeChat(text, field)).toBe('profile');
  });

  it.each<[ProfileField, string]>([
    ['training_frequency', 'rolled 6 times with the comp team tonight'],
    ['main_position', 'half guard all class, underhook sweeps'],
    ['training_frequency', 'trained 3 times this week, today was guard passing'],
    ['main_position', 'x guard drills, rolled 3'],
    ['main_position', 'top game was off tonight, got smashed'],
    ['training_goals', 'competed today, lost to a heel hook'],
  ])('stays a log: %s', (field, text) => {
    expect(plainAnswerLead(field, text)).toBeNull();
    // "x guard drills, rolled 3" routes to profile by an older rule, not this one
    if (!text.startsWith('x guard')) expect(routeChat(text, field)).not.toBe('profile');
  });
});

describe('parser readings', () => {
  it.each<[ProfileField, string, string | number | null]>([
    // "midweek" is "in the week"
    ['training_frequency', 'twice midweek plus sat and sun', 4],
    ['training_frequency', 'twice midweek', 2],
    // grabbed by a stranger: self-defense
    [
      'training_goals',
      'started after a guy tried to grab my sister outside a bar, wanted to know what to do, 3 yrs later thats still the main reason',
      'self_defense',
    ],
    ['training_goals', 'in case someone grabs me on the way home', 'self_defense'],
    // controls
    ['training_frequency', '3 in the week', 3],
    ['main_position', 'half the time i pull, half the time i wrestle', 'balanced'],
    ['training_goals', 'for fitness, my sister got me into it', 'fitness'],
  ])('%s: %s', (field, text, want) => {
    expect(parseProfileAnswer(field, text)).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import { shownForSameQuestion } from '../src/domain/repeat-question';

describe('shownForSameQuestion', () => {
  const recent = [
    { topics: ['back_control', 'back_control_escape'], videoIds: ['back-escapes', 'pin-escapes'] },
    { topics: ['armbar'], videoIds: ['armbar-system'] },
    { topics: ['back_control_escape', 'back_control'], videoIds: ['back-escapes-2'] },
  ];

  it('holds back what was shown for the same topics, in any order, across the recent requests', () => {
    expect(shownForSameQuestion(recent, ['back_control', 'back_control_escape'])).toEqual(
      new Set(['back-escapes', 'pin-escapes', 'back-escapes-2']),
    );
    expect(shownForSameQuestion(recent, ['armbar'])).toEqual(new Set(['armbar-system']));
  });

  it('holds back nothing for another question, even one that shares a topic', () => {
    expect(shownForSameQuestion(recent, ['rear_naked_choke', 'rear_naked_choke_defense', 'back_control'])).toEqual(
      new Set(),
    );
    expect(shownForSameQuestion(recent, ['armbar', 'mount'])).toEqual(new Set());
  });

  it('treats two asks with no topic as the same general ask', () => {
    expect(shownForSameQuestion([{ topics: [], videoIds: ['roadmap'] }], [])).toEqual(new Set(['roadmap']));
  });

  it('holds back nothing for a first request', () => {
    expect(shownForSameQuestion([], ['armbar'])).toEqual(new Set());
  });
});

import { describe, expect, it } from 'vitest';
import { parseProfileAnswer } from '../src/domain/profile-answers';
import { correctSpelling } from '../src/domain/profile-answers/spelling';

describe('typos in answers', () => {
  it.each([
    ['training_frequency', 'twise a week', 2],
    ['training_frequency', 'thre times a week', 3],
    ['training_frequency', 'evry day', 6.5],
    ['training_frequency', 'dialy', 6.5],
    ['main_position', 'botom', 'guard'],
    ['main_position', 'a bit of boht', 'balanced'],
    ['main_position', 'balenced', 'balanced'],
    ['training_goals', 'stay fitt', 'fitness'],
  ] as const)('%s: %j reads as %j', (field, text, value) => {
    expect(parseProfileAnswer(field, text)).toBe(value);
  });

  it('leaves real words alone, negations and declines above all', () => {
    expect(correctSpelling('training_frequency', 'none right now, injured')).toBe('none right now, injured');
    expect(parseProfileAnswer('training_frequency', 'none right now, injured')).toBeNull();
    expect(correctSpelling('main_position', 'I hate bottom')).toBe('I hate bottom');
    expect(correctSpelling('training_goals', 'quality of life')).toBe('quality of life');
  });

  it('leaves the piece of a contraction and the words of idioms as typed', () => {
    expect(correctSpelling('main_position', "doesn't matter")).toBe("doesn't matter");
    expect(correctSpelling('main_position', "can't pass to save my life")).toBe("can't pass to save my life");
    expect(correctSpelling('training_goals', 'to not get beat up')).toBe('to not get beat up');
    expect(correctSpelling('training_goals', 'ja peguei a preta')).toBe('ja peguei a preta');
  });

  it('leaves a short word one letter changed or added from another as typed: it is a word of its own', () => {
    expect(correctSpelling('training_goals', 'not just copy')).toBe('not just copy');
    expect(correctSpelling('training_goals', 'stay fitt')).toBe('stay fit');
    expect(correctSpelling('main_position', 'boht')).toBe('both');
  });

  it('corrects nothing for belts, which have their own typo table', () => {
    expect(correctSpelling('belt_level', 'purpel')).toBe('purpel');
    expect(parseProfileAnswer('belt_level', 'purpel')).toBe('purple');
  });
});

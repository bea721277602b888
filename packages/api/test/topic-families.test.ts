import { describe, expect, it } from 'vitest';
import { familyOf } from '../src/domain/topic-families';

describe('familyOf', () => {
  it.each([
    ['best gi chokes', 'chokes'],
    ['strangles in nogi', 'chokes'],
    ['escapes for white belts', 'escapes'],
    ['good submissions for beginners', 'submissions'],
    ['subs from bottom', 'submissions'],
    ['joint locks', 'joint locks'],
    ['my guard game sucks', 'guards'],
    ['want to get better on top in the gi', 'top positions'],
    ['i need to work on bottom', 'guards'],
  ])('"%s" names the %s family', (query, label) => {
    expect(familyOf(query)?.label).toBe(label);
  });

  it.each(['back pain after rolling', 'what is a good beginner game plan', 'chokeslam'])(
    '"%s" names no family',
    (query) => {
      expect(familyOf(query)).toBeNull();
    },
  );
});

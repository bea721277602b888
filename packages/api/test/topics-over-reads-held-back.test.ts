// What this session's newer rules must not over-read: a disliked guard beside a technique asked from it,
// "vids of a guy" in a clip, a headlock from the side, "no need to …", a French back that hurts, "d'en
// bas", a relative's name with its accent and "i'd like"; and chat's "def" after a name is its defence.
import { describe, expect, it } from 'vitest';
import { readsAs } from './topic-cases';
import { spansOf } from '../src/domain/topics/told-spans';

readsAs('over-reads held back', [
  ["my irmão wants the armbar and i'd like the triangle", ['armbar', 'triangle']],
  ['i hate deep half, show me kimuras from there', ['deep_half_guard', 'kimura']],
  ['saw some vids of a guy hitting a triangle, want it', ['triangle']],
  ['front or side headlock escapes', []],
  ['kimura, no need to be fancy, just the basic one from guard', ['kimura']],
  ["j'ai le dos bloqué", []],
  ['douleur à mon dos', []],
  ["armbar d'en bas", ['armbar']],
  ['darce def? the guys keep sneaking it on me when i play half', ['darce', 'darce_defense', 'half_guard']],
]);

describe('a background span starts where its group matched', () => {
  it('finds the group, not an earlier copy of its words', () => {
    expect(spansOf('x a a'.matchAll(/x a (a)/dg))).toEqual([{ start: 4, text: 'a' }]);
  });
  it('cuts the span at the end given', () => {
    expect(spansOf('hurt from a heel hook so now'.matchAll(/from (.+)/dg), /\s+so\s+/)).toEqual([
      { start: 10, text: 'a heel hook' },
    ]);
  });
});

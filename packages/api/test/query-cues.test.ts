import { describe, expect, it } from 'vitest';
import { instructorNames, readQueryCues } from '../src/domain/query-cues';

const names = instructorNames([
  'Gordon Ryan',
  'Ryan Hall',
  'John Danaher',
  'Lachlan Giles',
  'Lachlan Giles & Ariel Tabak',
  'Roy Dean',
  'Dean Lister',
]);
const cues = (q: string) => readQueryCues(q, names);

describe('readQueryCues', () => {
  it.each([
    ['want a passing course but NOT gordon ryan', ['Gordon Ryan'], []],
    ['no danaher please, too long', ['John Danaher'], []],
    ['triangle instructional that isnt danaher', ['John Danaher'], []],
    ['anything by lachlan on half guard?', [], ['Lachlan Giles', 'Lachlan Giles & Ariel Tabak']],
    ['ryan hall triangle', [], ['Ryan Hall']],
    // a list of names ruled out together; "no gi" is the attire
    ['x guard sweeps but not a 4 hour gordon/danaher thing', ['Gordon Ryan', 'John Danaher'], []],
    ['k guard entries for no gi? saw lachlan hit it', [], ['Lachlan Giles', 'Lachlan Giles & Ariel Tabak']],
    // "ryan" and "dean" alone name two people: neither is read.
    ['ryan says dean is great', [], []],
  ])('%j rules out %j and asks for %j', (q, out, asked) => {
    expect([...cues(q).ruledOutInstructors].sort()).toEqual(out);
    expect([...cues(q).askedInstructors].sort()).toEqual(asked);
  });

  it.each([
    ['just a quick vid on the rnc', 'lesson'],
    ['a full passing course please', 'course'],
    ['rnc details', null],
    ['a half guard pass that isnt a 10 hour course', 'lesson'],
  ] as const)('%j wants %s', (q, length) => {
    expect(cues(q).length).toBe(length);
  });

  it('reads a beginner, and a belt held or worked toward', () => {
    expect(cues('simple half guard sweep, white belt here').beginner).toBe(true);
    expect(cues('passagem de guarda pra faixa branca').beginner).toBe(true);
    expect(cues('whats a good first takedown to learn').beginner).toBe(true);
    expect(cues('heel hook entries').beginner).toBe(false);
    expect(cues('guard retention but not the super basic white belt stuff')).toMatchObject({
      beginner: false,
      pastBasics: true,
    });
    expect(cues('just got my blue belt!! whats next')).toMatchObject({ beltHeld: 'blue', beltTarget: null });
    expect(cues('what should i know before blue belt')).toMatchObject({ beltHeld: null, beltTarget: 'blue' });
    expect(cues('got my blue last month, what now')).toMatchObject({ beltHeld: 'blue', beltTarget: null });
    expect(cues('working toward purple, what should i add')).toMatchObject({ beltHeld: null, beltTarget: 'purple' });
    expect(cues('got my black gi yesterday')).toMatchObject({ beltHeld: null, beltTarget: null });
    expect(cues('a gi curriculum for a white belt going for blue')).toMatchObject({
      beltHeld: 'white',
      beltTarget: 'blue',
    });
    // getting a belt after "before" is the belt to come
    expect(cues('what should i know before getting my blue')).toMatchObject({ beltHeld: null, beltTarget: 'blue' });
    expect(cues('what to learn before i get my brown belt')).toMatchObject({ beltHeld: null, beltTarget: 'brown' });
    // both in one message: the belt held and the one worked toward
    expect(cues('been a white belt 14 months, what should i focus on to get my blue')).toMatchObject({
      beltHeld: 'white',
      beltTarget: 'blue',
    });
  });
});

describe('a grading is for the belt to come', () => {
  it('"blue belt test in a month" aims at blue', () => {
    expect(cues('blue belt test in a month what do they usually ask')).toMatchObject({
      beltHeld: null,
      beltTarget: 'blue',
    });
    expect(cues('purple grading next week, nervous')).toMatchObject({ beltHeld: null, beltTarget: 'purple' });
  });
});

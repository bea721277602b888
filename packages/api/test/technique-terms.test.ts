import { describe, expect, it } from 'vitest';
import { VIDEO_LIBRARY } from '../src/data/videos';
import { TECHNIQUE_TERMS } from '../src/data/technique-terms';
import { defendedTermsIn, termPhrasesIn, termsIn } from '../src/domain/technique-terms';
import { deriveFacets } from '../src/domain/video-facets';

describe('termsIn', () => {
  it.each([
    ['50/50 guard', ['fifty_fifty']],
    // the Portuguese academy name
    ['raspagem de pendulo da guarda fechada', ['pendulum']],
    ['knee slice keeps getting stopped', ['knee_cut']],
    ['Berimbolos!', ['berimbolo']],
    ['arm drags to the back', ['arm_drag']],
    ['single leg takedown', ['single_leg']],
    ['single leg x sweep', []],
    ['i lose the hand fight every single time', []],
    ['not a single roll without getting passed', []],
    ['i hit a single and he sprawls', ['single_leg', 'sprawl']],
    ['i didnt hit a single sweep today', []],
    ['no doubles, no singles', ['double_leg', 'single_leg']],
    ['z guard / knee shield', ['z_guard']],
    ['my trucker hat', []],
    ['people just ride me', []],
    ['tips for riding guys who scramble up', ['power_ride']],
    ['guarda de gola e manga, raspagens', ['collar_sleeve']],
    ['top guy keeps flattening me in half guard', ['staying_on_side']],
    ['half guard but not deep half, i hate being under there', ['staying_on_side']],
    ['coach wants me off my back playing guard for a while. top game stuff?', []],
    ['how do i stay off my back in half guard', ['staying_on_side']],
    ['how do i survive rolls as a white belt, i just get smashed', ['bottom_survival']],
    ['legit for not getting smashed or just a meme', ['bottom_survival']],
    ['want a guard off my back that ties ppl up so they cant posture', []],
    ['how do i use my riding on top', ['power_ride']],
    ['i want to pass standing up, not on my knees', ['tripod_pass']],
    ['pass guard the old school way, slow and heavy', ['pressure_passing']],
    ['the old school sweep from half', ['old_school']],
    ['i just want to survive rounds without getting subbed', ['bottom_survival']],
    ['id rather wrestle up, how do i come up from bottom', ['stand_up']],
    ['i get smashed on bottom, feel like a pancake', ['bottom_survival']],
    ['they just peel my hooks off and turn in', ['back_retention']],
    ['want to ease in with defensive stuff so im not getting squashed', ['bottom_survival']],
    ['how do i stay on the back when they scramble', ['back_retention']],
    ['i take the back fine but they kick my hooks off', ['back_retention']],
    ['forget guard, i just want to stand back up', ['stand_up']],
  ])('%j → %j', (text, expected) => {
    expect(termsIn(text)).toEqual(expected);
  });

  it('reads a long one-word name with a slip in a message, never in a short word', () => {
    expect([...termPhrasesIn('how do u hit the berimbollo').keys()]).toEqual(['berimbolo']);
    expect([...termPhrasesIn('the crucifx from turtle').keys()]).toEqual(['crucifix']);
    expect([...termPhrasesIn('my truk').keys()]).toEqual([]);
    // a later word of a name of several, with one slip
    expect([...termPhrasesIn('knee sclice pass in the gi').keys()]).toEqual(['knee_cut']);
  });

  it('every named technique has at least one library video that names it', () => {
    const named = new Set(VIDEO_LIBRARY.flatMap((v) => [...deriveFacets(v).terms.keys()]));
    expect(TECHNIQUE_TERMS.map((t) => t.id).filter((id) => !named.has(id))).toEqual([]);
  });
});

describe('defendedTermsIn', () => {
  it.each([
    ['how to escape the saddle', ['saddle']],
    ['50/50 escapes', ['fifty_fifty']],
    ['how do i stop the knee cut', ['knee_cut']],
    // the user's own move stopped, and the guard that stops it, are no defence asked
    ['the knee shield stops my knee cut every time, how do i pass it', []],
    ['they stop my knee cut, how do i finish it', []],
  ])('%j → %j', (text, defended) => {
    expect(defendedTermsIn(text)).toEqual(defended);
  });
});

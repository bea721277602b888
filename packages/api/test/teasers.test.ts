import { describe, expect, it } from 'vitest';
import { mostRepeatedTopic, pickTeaser } from '../src/domain/teasers';

// Windows are newest first, as the service passes them (this request at index 0).
describe('pickTeaser (docs/rules.md §2)', () => {
  it.each([
    ['fewer than 3 requests', [['triangle'], ['triangle']], null],
    ['a topic in 3 requests', [['triangle'], ['armbar'], ['triangle'], ['triangle']], 'repeated_technique'],
    ['gi/no-gi never count as a repeated technique', [['gi'], ['gi', 'armbar'], ['gi']], null],
    [
      'passing ×2 and triangle ×2',
      [['guard_passing'], ['triangle'], ['guard_passing'], ['triangle_defense']],
      'complementary_pattern',
    ],
    [
      '4 of the exploration positions',
      [['closed_guard'], ['half_guard'], ['mount'], ['side_control']],
      'exploration_pattern',
    ],
    ['3 exploration positions are not enough', [['closed_guard'], ['half_guard'], ['mount']], null],
    ['both gi and no-gi', [['gi', 'armbar'], ['kimura'], ['no-gi', 'omoplata']], 'gi_nogi_mix'],
    ['nothing in common', [['armbar'], ['kimura'], ['omoplata']], null],
  ])('%s', (_label, window, type) => {
    expect(pickTeaser(window)?.type ?? null).toBe(type);
  });

  it('first match wins: a repeated technique beats the gi/no-gi mix', () => {
    expect(pickTeaser([['gi', 'armbar'], ['armbar'], ['no-gi', 'armbar']])?.type).toBe('repeated_technique');
  });

  it('looks at the last 10 requests only', () => {
    const window = [['x'], ['x'], ['x'], ['x'], ['x'], ['x'], ['x'], ['x'], ['triangle'], ['triangle'], ['triangle']];
    expect(mostRepeatedTopic(window.slice(0, 10))?.topic).toBe('x');
    expect(
      pickTeaser([['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h'], ['triangle'], ['triangle'], ['triangle']]),
    ).toBeNull();
  });

  it('the most frequent topic wins; ties go to the most recent', () => {
    expect(mostRepeatedTopic([['kimura'], ['armbar'], ['kimura'], ['armbar'], ['kimura'], ['armbar']])).toEqual({
      topic: 'kimura',
      count: 3,
    });
    expect(
      mostRepeatedTopic([['armbar'], ['kimura'], ['armbar'], ['kimura'], ['armbar'], ['kimura'], ['kimura']]),
    ).toEqual({ topic: 'kimura', count: 4 });
  });

  it('content names what it saw, with counts, and invites the user to say how training goes', () => {
    const repeated = pickTeaser([['rear_naked_choke'], ['rear_naked_choke'], ['rear_naked_choke']])!;
    expect(repeated.content).toMatch(/rear naked choke/);
    expect(repeated.content).toMatch(/3/);
    expect(repeated.content).toMatch(/how it's going|tell me/i);
    const again = pickTeaser([['rear_naked_choke'], ['rear_naked_choke'], ['rear_naked_choke']], 1)!;
    expect(again.content).not.toBe(repeated.content);
    expect(again.content).toMatch(/^Rear naked chokes again — that's 3 of your last requests/);
    expect(again.content).toMatch(/tell me/i);
    const mix = pickTeaser([['gi', 'armbar'], ['kimura'], ['no-gi', 'omoplata'], ['no-gi']])!;
    expect(mix.content).toMatch(/1 gi request and 2 no-gi requests/);
    const explore = pickTeaser([['closed_guard'], ['half_guard'], ['mount'], ['back_control']])!;
    expect(explore.content).toMatch(/4 different areas/);
    expect(explore.content).toMatch(/back control/);
  });
});

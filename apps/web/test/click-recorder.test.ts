import { describe, expect, it } from 'vitest';
import { createClickRecorder, ECHO_WINDOW_MS } from '../src/lib/click-recorder';

describe('createClickRecorder', () => {
  it('records once for a keydown and the click it causes, again later', () => {
    const recorded: string[] = [];
    let now = 1_000;
    const open = createClickRecorder(
      (id) => recorded.push(id),
      () => now,
    );
    expect(open('e1')).toBe(true);
    now += 10;
    expect(open('e1')).toBe(false);
    expect(open('e2')).toBe(true);
    now += ECHO_WINDOW_MS;
    expect(open('e1')).toBe(true);
    expect(recorded).toEqual(['e1', 'e2', 'e1']);
  });
});

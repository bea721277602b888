import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAuthSecret } from '../src/auth-secret';

const dir = () => mkdtempSync(path.join(tmpdir(), 'profos-secret-'));

describe('the generated auth secret', () => {
  it('is created once, long enough, and the same on every later start', () => {
    const dataDir = dir();
    const first = resolveAuthSecret(null, dataDir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret(null, dataDir)).toBe(first);
    expect(readFileSync(path.join(dataDir, 'auth-secret'), 'utf8')).toBe(first);
  });

  it('AUTH_SECRET wins when set', () => {
    expect(resolveAuthSecret('x'.repeat(40), dir())).toBe('x'.repeat(40));
  });

  it('refuses an empty or short secret file rather than sign with it', () => {
    const dataDir = dir();
    writeFileSync(path.join(dataDir, 'auth-secret'), '');
    expect(() => resolveAuthSecret(null, dataDir)).toThrow(/no usable secret/);
  });
});

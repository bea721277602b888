import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MIN_SECRET_LENGTH } from '@profos/api/auth/tokens';
import { ConfigError } from './config';

const SECRET_FILE = 'auth-secret';

/**
 * AUTH_SECRET when set; otherwise a secret generated once and kept in DATA_DIR, so guest tokens
 * survive restarts. It is written whole to a temporary file and linked into place, so two first
 * starts can't disagree and a crash can't leave an empty secret behind.
 */
export function resolveAuthSecret(configured: string | null, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, randomBytes(48).toString('base64url'), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  const secret = readFileSync(file, 'utf8').trim();
  // An empty or short key would let anyone mint tokens: refuse rather than serve.
  if (secret.length < MIN_SECRET_LENGTH)
    throw new ConfigError(`${file} holds no usable secret: delete it to generate a new one, or set AUTH_SECRET`);
  return secret;
}

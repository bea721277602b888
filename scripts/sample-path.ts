import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The labelled file an eval script reads: the path given on the command line (relative to where the
 * command was typed), else the shared sample beside the repo, else the repo's own copy in eval/.
 */
export function labelledSamplePath(fileName: string, argument: string | undefined): string {
  if (argument) return path.resolve(process.env.INIT_CWD ?? process.cwd(), argument);
  const shared = path.join(repoRoot, '../shared/eval', fileName);
  return existsSync(shared) ? shared : path.join(repoRoot, 'eval', fileName);
}

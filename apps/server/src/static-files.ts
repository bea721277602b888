import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves the built web app; unknown paths get index.html so client-side routes (/admin) work. */
export function serveStatic(root: string) {
  return (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    const urlPath = decodeSafely(pathname);
    const file = urlPath === null ? null : path.join(root, path.normalize(urlPath));
    // Refuse anything that resolves outside the build folder.
    const inside = file !== null && (file === root || file.startsWith(root + path.sep));
    const target = inside && isFile(file) ? file : path.join(root, 'index.html');
    if (!isFile(target))
      return send(
        res,
        404,
        'text/plain',
        'The web app is not built: run `pnpm start` (it builds it) or `pnpm --filter @profos/web build`.',
      );
    const hashed = target.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    // A file that vanishes mid-send (a rebuild) ends this response, not the process.
    createReadStream(target)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

function decodeSafely(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

export function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

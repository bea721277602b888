import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * Headers on every response (helmet): a strict Content-Security-Policy — the built web app loads
 * only its own scripts and styles and has no inline script — no framing, no MIME sniffing, no
 * referrer sent away, and HSTS only when the service is reached over HTTPS (HSTS_MAX_AGE).
 */
export function securityHeaders(hstsMaxAgeSeconds: number | null): (req: IncomingMessage, res: ServerResponse) => void {
  const apply = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: hstsMaxAgeSeconds === null ? false : { maxAge: hstsMaxAgeSeconds },
    crossOriginEmbedderPolicy: false,
  });
  return (req, res) => apply(req, res, () => {});
}

import type { IncomingMessage } from 'node:http';

/**
 * The client's address: the socket's, or, behind `trustedHops` proxies, the X-Forwarded-For entry
 * the outermost of them added. Entries further left were written by the client and prove nothing.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socketAddress = normalise(req.socket.remoteAddress ?? 'unknown');
  if (trustedHops === 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return socketAddress;
  return normalise(forwarded[Math.max(0, forwarded.length - trustedHops)]!);
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}

export type Page = 'chat' | 'admin';

/** The page for a path: `/admin` (and below) is the dashboard, everything else the chat. */
export function pageFor(pathname: string): Page {
  return /^\/admin(\/|$)/.test(pathname) ? 'admin' : 'chat';
}

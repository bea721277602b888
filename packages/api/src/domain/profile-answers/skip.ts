// Replies that decline the question rather than answer it ("skip", "idk", "lol").

import { SKIP_REPLIES } from './skip-words';
import { tokenise } from './text';

export function isSkipReply(text: string): boolean {
  const words = tokenise(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.text === '?')
    .map((t) => t.text)
    .join(' ')
    .replace(/ \?/g, '?');
  return SKIP_REPLIES.has(words) || SKIP_REPLIES.has(words.replace(/\?+$/, ''));
}

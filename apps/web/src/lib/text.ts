// Prof. OS writes paragraphs separated by blank lines; power-user stories quote an exchange.

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export interface QuotedLine {
  speaker: string;
  quote: string;
}

/** `User: "How do I…"` → { speaker: 'User', quote: 'How do I…' }; anything else → null. */
export function quotedLine(paragraph: string): QuotedLine | null {
  const match = /^(User|Prof\. OS):\s*"?([\s\S]*?)"?$/.exec(paragraph.trim());
  return match ? { speaker: match[1]!, quote: match[2]!.trim() } : null;
}

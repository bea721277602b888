// "what do you mean by top or guard? sorry i'm brand new", "is self defense something you guys
// cover? my neighbour asked me": a value named only inside a question the user asks is no answer.

// ("how about twice a week?" and "what about top?" answer; "any tips for comp nerves?" asks for help,
// and a request keeps the value it names)
const ASKING = /^\W*(?:what(?!\s+about)|whats|what's|which|should|is|are|do|does|can|could|would|how(?!\s+about))\b/;

/** The text without its question sentences (those opening with an asking word), or null when it has none. */
export function statementsOf(text: string): string | null {
  if (!text.includes('?')) return null;
  const parts = text.split(/(?<=\?)\s*/);
  // the question is the last sentence of its part: "ok. which one is better?"
  const asks = (part: string): boolean =>
    part.trim().endsWith('?') &&
    ASKING.test(
      part
        .toLowerCase()
        .split(/(?<=[.;!])\s+/)
        .pop() ?? '',
    );
  const kept = parts.filter((p) => !asks(p));
  return kept.length === parts.length ? null : kept.join(' ');
}

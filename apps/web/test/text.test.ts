import { describe, expect, it } from 'vitest';
import { paragraphs, quotedLine } from '../src/lib/text';
import { pageFor } from '../src/lib/page';

describe('text', () => {
  it('splits paragraphs on blank lines', () => {
    expect(paragraphs('One.\n\nTwo\nlines.\n\n\n  Three. ')).toEqual(['One.', 'Two\nlines.', 'Three.']);
    expect(paragraphs('')).toEqual([]);
  });

  it('reads the quoted lines of a power-user story', () => {
    expect(quotedLine('User: "Something clicked today"')).toEqual({
      speaker: 'User',
      quote: 'Something clicked today',
    });
    expect(quotedLine('Prof. OS: "You\'ve been working on it."')).toEqual({
      speaker: 'Prof. OS',
      quote: "You've been working on it.",
    });
    expect(quotedLine('User understands their pattern.')).toBeNull();
  });
});

describe('pageFor', () => {
  it('routes /admin to the dashboard and everything else to the chat', () => {
    expect(pageFor('/admin')).toBe('admin');
    expect(pageFor('/admin/')).toBe('admin');
    expect(pageFor('/')).toBe('chat');
    expect(pageFor('/administrator')).toBe('chat');
  });
});

// "hi", "thanks!", "ok cool 👍": messages that are conversation, not a question. They still get a
// reply with videos (chat.send has no other kind for them), but Prof. OS answers them as such.
const SMALL_TALK = new Set([
  'hi',
  'hey',
  'hello',
  'yo',
  'sup',
  'hiya',
  'howdy',
  'morning',
  'evening',
  'oss',
  'osu',
  'thanks',
  'thank',
  'you',
  'thx',
  'ty',
  'cheers',
  'cool',
  'nice',
  'ok',
  'okay',
  'great',
  'awesome',
  'perfect',
  'lol',
  'haha',
  'good',
  'got',
  'it',
  'prof',
  'coach',
  'there',
  'so',
  'much',
  'man',
  'bro',
  'again',
  'appreciate',
  'appreciated',
  'sweet',
  'gotcha',
  'k',
  'kk',
  'sure',
  'alright',
  'all',
  'right',
]);

const THANKS = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers', 'appreciate', 'appreciated']);

export type SmallTalk = 'greeting' | 'thanks';

/** A message whose every word is greeting, thanks or acknowledgement (emoji and punctuation aside), or null. */
export function smallTalkOf(text: string): SmallTalk | null {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\s']/g, ' ')
    .replace(/'/g, '')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || words.length > 6 || !words.every((w) => SMALL_TALK.has(w))) return null;
  return words.some((w) => THANKS.has(w)) ? 'thanks' : 'greeting';
}

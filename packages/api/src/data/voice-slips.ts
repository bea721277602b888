// Words voice-to-text writes for a word of a technique's name ("north south chalk", "straight angle
// lock", "single leg ex"). Only inside a name of two words or more: "chalk" alone is chalk.
export const VOICE_SLIPS: Readonly<Record<string, readonly string[]>> = {
  choke: ['chalk'],
  chokes: ['chalks'],
  ankle: ['angle'],
  x: ['ex'],
};

// Words voice-to-text writes for a word of a technique's name ("north south chalk", "straight angle
// lock", "single leg ex"). Only inside a name of two words or more: "chalk" alone is chalk.
export const VOICE_SLIPS: Readonly<Record<string, readonly string[]>> = {
  choke: ['chalk', 'chook', 'joke'],
  chokes: ['chalks', 'chooks', 'jokes'],
  side: ['sight'],
  closed: ['clothes'],
  ankle: ['angle'],
  x: ['ex'],
  lock: ['look'],
  leg: ['like'],
  guard: ['gourd', 'god'],
  bow: ['bowl'],
  riva: ['reba', 'reva', 'rivers', 'river', 'reeva', 'rivah'],
  south: ['sought', 'sound'],
};

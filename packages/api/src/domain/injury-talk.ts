// "my knee hurts after rolling": a message about pain or an injury. Prof. OS coaches technique, not
// medicine, so it says so before anything else.
const PAIN_WORDS = new Set([
  'hurt',
  'hurts',
  'hurting',
  'pain',
  'painful',
  'sore',
  'soreness',
  'injury',
  'injuries',
  'injured',
  'tweaked',
  'sprained',
  'strained',
  'ache',
  'aches',
  'aching',
  'concussion',
  'surgery',
  'rehab',
]);
const BODY_PARTS = new Set([
  'knee',
  'knees',
  'neck',
  'back',
  'shoulder',
  'shoulders',
  'elbow',
  'elbows',
  'wrist',
  'wrists',
  'ankle',
  'ankles',
  'foot',
  'feet',
  'hip',
  'hips',
  'rib',
  'ribs',
  'finger',
  'fingers',
  'toe',
  'toes',
  'head',
  'ear',
  'ears',
  'hamstring',
  'acl',
  'mcl',
]);

/** The body part a message about pain or injury names ("knee"), "" when it names none, or null when it is not about one. */
export function injuryOf(text: string): string | null {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.some((w) => PAIN_WORDS.has(w))) return null;
  return words.find((w) => BODY_PARTS.has(w)) ?? '';
}

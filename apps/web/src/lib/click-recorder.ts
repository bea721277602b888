// A link activated by keyboard fires keydown (Enter) and then a click; a mouse fires click or
// auxclick. Whichever comes first records the open; the echo right after it is not sent twice.

export const ECHO_WINDOW_MS = 1_000;

export function createClickRecorder(record: (engagementId: string) => void, now: () => number = Date.now) {
  const last = new Map<string, number>();
  return (engagementId: string): boolean => {
    const at = now();
    const previous = last.get(engagementId);
    if (previous !== undefined && at - previous < ECHO_WINDOW_MS) return false;
    last.set(engagementId, at);
    record(engagementId);
    return true;
  };
}

// Turning what the client throws (a TRPCClientError, a network failure) into words a person can act on.
// Read by shape rather than class, so it works on anything that carries tRPC's error `data`.

export interface FieldErrors {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
}

interface ErrorLike {
  message?: unknown;
  name?: unknown;
  data?: unknown;
}

const AUTH_CODES: ReadonlySet<string> = new Set(['UNAUTHORIZED', 'FORBIDDEN']);
/** Errors a retry cannot fix: the request itself is the problem. */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'PARSE_ERROR',
  'METHOD_NOT_SUPPORTED',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE_CONTENT',
  'UNSUPPORTED_MEDIA_TYPE',
  // Retrying at once only digs the hole deeper: the message says how long to wait.
  'TOO_MANY_REQUESTS',
]);

const CODE_MESSAGES: Record<string, string> = {
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again in a moment.',
  TOO_MANY_REQUESTS: "You're going a bit fast for me. Give it a moment, then try again.",
  PAYLOAD_TOO_LARGE: 'That is too long to send. Shorten it and try again.',
  TIMEOUT: 'The server took too long to answer. Please try again.',
};

const NETWORK_MESSAGE = "Can't reach Prof. OS right now. Check your connection and try again.";

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function dataOf(error: unknown): Record<string, unknown> | null {
  return asRecord(asRecord(error)?.data);
}

/** The tRPC error code (`BAD_REQUEST`, `UNAUTHORIZED`…), or null when the server never answered. */
export function errorCode(error: unknown): string | null {
  const code = dataOf(error)?.code;
  return typeof code === 'string' ? code : null;
}

export const isAuthError = (error: unknown): boolean => AUTH_CODES.has(errorCode(error) ?? '');

/** React Query's retry rule: twice for network and server failures, never for a bad request. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && !CLIENT_CODES.has(errorCode(error) ?? '');
}

/** zod's flattened field errors from `error.data.zodError`, empty when there are none. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const zod = asRecord(dataOf(error)?.zodError);
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(asRecord(zod?.fieldErrors) ?? {})) {
    const list = strings(messages);
    if (list.length) fieldErrors[field] = list;
  }
  return { formErrors: strings(zod?.formErrors), fieldErrors };
}

/** "holdoutPercent" → "Holdout percent", "training_goals" → "Training goals". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * One plain sentence (or a few, one per bad field) saying what went wrong and what to fix.
 * `labels` names fields the way the form in front of the user does ({ text: 'Message' }).
 */
export function describeError(error: unknown, labels: Readonly<Record<string, string>> = {}): string {
  const { formErrors, fieldErrors } = fieldErrorsOf(error);
  const fieldLines = Object.entries(fieldErrors).map(
    ([field, messages]) => `${labels[field] ?? fieldLabel(field)}: ${messages.join('; ')}`,
  );
  const lines = [...formErrors, ...fieldLines];
  if (lines.length) return lines.join('\n');
  const code = errorCode(error);
  if (code === 'TOO_MANY_REQUESTS') return waitMessage(dataOf(error)?.retryAfterSeconds);
  if (code && CODE_MESSAGES[code]) return CODE_MESSAGES[code];
  const record = asRecord(error) as ErrorLike | null;
  const message = typeof record?.message === 'string' ? record.message.trim() : '';
  if (
    !code &&
    (message === '' || /failed to fetch|networkerror|network request failed|load failed|fetch failed/i.test(message))
  )
    return NETWORK_MESSAGE;
  return message || 'Something went wrong. Please try again.';
}

/** A rate-limit refusal as a friendly wait: how long, in words a person reads at a glance. */
function waitMessage(seconds: unknown): string {
  if (typeof seconds !== 'number' || !(seconds > 0)) return CODE_MESSAGES.TOO_MANY_REQUESTS!;
  const wait =
    seconds < 90
      ? `${Math.ceil(seconds)} second${Math.ceil(seconds) === 1 ? '' : 's'}`
      : `${Math.ceil(seconds / 60)} minutes`;
  return `You're going a bit fast for me. Give it ${wait}, then try again.`;
}

/** What the dashboard says when the server refuses the admin token, by the refusal's code. */
export function refusalMessage(code: string | null): string {
  return code === 'FORBIDDEN'
    ? "That's a user token, not the admin token. Enter the server's ADMIN_TOKEN."
    : "That admin token wasn't accepted (or is no longer valid). Check it and enter it again.";
}

import { useState, type FormEvent } from 'react';
import { adminToken } from '../api/tokens';
import { trpc } from '../api/trpc';
import { describeError, errorCode, isAuthError, refusalMessage } from '../lib/errors';
import { BeltMark } from '../ui/BeltMark';
import { ErrorText } from '../ui/ErrorText';

/** Asks for the admin token and checks it with the server before the dashboard opens. */
export function TokenGate({ message, onAccepted }: { message: string | null; onAccepted: () => void }) {
  const [token, setToken] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(message);
  const utils = trpc.useUtils();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = token.trim();
    if (!value) return;
    setChecking(true);
    setError(null);
    adminToken.set(value);
    try {
      await utils.client.experiments.list.query();
      onAccepted();
    } catch (failure) {
      if (isAuthError(failure)) {
        adminToken.clear();
        setError(refusalMessage(errorCode(failure)));
      } else {
        setError(describeError(failure));
      }
    } finally {
      setChecking(false);
    }
  };

  return (
    <main className="gate">
      <form className="gate-card" onSubmit={(e) => void submit(e)}>
        <BeltMark belt="black" size={48} />
        <h1>Prof. OS admin</h1>
        <p className="muted">Conversion analytics, experiments and the example library.</p>
        <label htmlFor="admin-token">Admin token</label>
        <input
          id="admin-token"
          type="password"
          data-testid="admin-token-input"
          autoComplete="current-password"
          autoFocus
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby={error ? 'admin-token-error' : undefined}
          aria-invalid={error ? true : undefined}
        />
        <ErrorText message={error} id="admin-token-error" />
        <button
          type="submit"
          className="button button-block"
          data-testid="admin-login"
          disabled={checking || !token.trim()}
        >
          {checking ? 'Checking…' : 'Open dashboard'}
        </button>
        <p className="hint">Kept for this browser tab only.</p>
      </form>
    </main>
  );
}

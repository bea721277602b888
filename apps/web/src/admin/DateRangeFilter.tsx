import { useState, type FormEvent } from 'react';
import { dayRange, type DayRange } from '../lib/dates';

/** Sign-up dates to restrict the analytics to; both days included. */
export function DateRangeFilter({ onChange }: { onChange: (range: DayRange) => void }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const range = dayRange(from, to);
    if (range.from && range.to && range.from >= range.to)
      return setError('The start date must not be after the end date.');
    setError(null);
    onChange(range);
  };
  const clear = () => {
    setFrom('');
    setTo('');
    setError(null);
    onChange({});
  };
  return (
    <form className="range-filter" onSubmit={apply} aria-label="Sign-up date range">
      <label>
        <span>Signed up from</span>
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="range-from" />
      </label>
      <label>
        <span>to</span>
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="range-to" />
      </label>
      <button type="submit" className="button button-small">
        Apply
      </button>
      {(from || to) && (
        <button type="button" className="text-button" onClick={clear}>
          All time
        </button>
      )}
      {error && (
        <p className="error-text range-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

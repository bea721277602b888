import { BeltMark } from '../ui/BeltMark';

const SUGGESTIONS = [
  'How do I escape mount?',
  'Triangle setups from closed guard',
  'No-gi heel hook defense',
  'Best guard passing for a blue belt',
];

/** The first screen of a new thread: who Prof. OS is and a few ways to start. */
export function EmptyState({ disabled, onPick }: { disabled: boolean; onPick: (text: string) => void }) {
  return (
    <div className="empty-state">
      <BeltMark size={56} />
      <h2>Hey, I'm Prof. OS.</h2>
      <p>
        Ask me for instructionals on whatever you're working on. Tell me how training went and I'll coach you from YOUR
        own history.
      </p>
      <ul className="suggestions" aria-label="Try asking">
        {SUGGESTIONS.map((s) => (
          <li key={s}>
            <button type="button" className="chip-button" disabled={disabled} onClick={() => onPick(s)}>
              {s}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

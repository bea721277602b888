import { beltColour } from '../lib/profile-options';

/** The Prof. OS mark: a belt in the user's colour, with the black rank bar. Decorative. */
export function BeltMark({ belt, size = 36 }: { belt?: string | number | null; size?: number }) {
  const colour = beltColour(belt);
  const bar = belt === 'black' ? '#c8102e' : '#1b1b1f';
  return (
    <svg className="belt-mark" width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="38" height="38" rx="10" fill="#101828" />
      <rect
        x="5"
        y="15"
        width="30"
        height="10"
        rx="2"
        fill={colour}
        stroke="rgba(255,255,255,.35)"
        strokeWidth="0.75"
      />
      <rect x="23" y="15" width="7" height="10" fill={bar} />
      <rect x="24.5" y="15" width="1" height="10" fill="#fff" opacity=".9" />
      <rect x="27" y="15" width="1" height="10" fill="#fff" opacity=".9" />
    </svg>
  );
}

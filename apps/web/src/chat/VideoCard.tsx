import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Feedback, Video } from '../api/types';
import { ExternalIcon, PlayIcon, ThumbDownIcon, ThumbUpIcon } from '../ui/icons';

interface VideoCardProps {
  video: Video;
  rank: number;
  feedback: Feedback | null;
  opened: boolean;
  onOpen: (engagementId: string) => void;
  onFeedback: (engagementId: string, choice: Feedback, previous: Feedback | null) => Promise<string | null>;
}

const CHOICES: { value: Feedback; label: string; testId: string; Icon: typeof ThumbUpIcon }[] = [
  { value: 'helpful', label: 'Helpful', testId: 'feedback-helpful', Icon: ThumbUpIcon },
  { value: 'not_helpful', label: 'Not helpful', testId: 'feedback-not-helpful', Icon: ThumbDownIcon },
];

/** One recommended video: opening it (click, middle-click, Enter) is recorded; feedback shows as pressed. */
export function VideoCard({ video, rank, feedback, opened, onOpen, onFeedback }: VideoCardProps) {
  const [error, setError] = useState<string | null>(null);
  const open = () => onOpen(video.engagementId);
  const onAuxClick = (e: MouseEvent) => {
    if (e.button === 1) open();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') open();
  };
  const choose = async (choice: Feedback) => setError(await onFeedback(video.engagementId, choice, feedback));

  return (
    <li className="video-card" data-testid="video-card">
      <a
        className="video-link"
        data-testid="video-link"
        href={video.url}
        target="_blank"
        rel="noopener noreferrer"
        onClick={open}
        onAuxClick={onAuxClick}
        onKeyDown={onKeyDown}
      >
        <span className="video-thumb" aria-hidden="true">
          <PlayIcon width={20} height={20} />
          <span className="video-rank">{rank}</span>
        </span>
        <span className="video-text">
          <span className="video-title">{video.title}</span>
          <span className="video-instructor">{video.instructor}</span>
        </span>
        <ExternalIcon className="video-external" width={16} height={16} />
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      <p className="video-reason">{video.reason}</p>
      <div className="video-actions" role="group" aria-label={`Was “${video.title}” helpful?`}>
        {CHOICES.map(({ value, label, testId, Icon }) => (
          <button
            key={value}
            type="button"
            className="chip-button feedback-button"
            data-testid={testId}
            aria-pressed={feedback === value}
            onClick={() => void choose(value)}
          >
            <Icon width={15} height={15} /> {label}
          </button>
        ))}
        {opened && <span className="video-opened">Opened</span>}
      </div>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

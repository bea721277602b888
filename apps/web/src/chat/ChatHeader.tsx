import type { Ref } from 'react';
import { BeltMark } from '../ui/BeltMark';
import { GearIcon, RestartIcon } from '../ui/icons';
import { ProgressBar } from '../ui/ProgressBar';

interface ChatHeaderProps {
  belt: string | number | null;
  completion: number | null;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  onStartOver: () => void;
  settingsButtonRef: Ref<HTMLButtonElement>;
}

/** The brand, the profile's completion, and the settings and start-over controls. */
export function ChatHeader({
  belt,
  completion,
  settingsOpen,
  onToggleSettings,
  onStartOver,
  settingsButtonRef,
}: ChatHeaderProps) {
  return (
    <header className="app-header">
      <div className="brand">
        <BeltMark belt={belt} />
        <div>
          <h1 className="brand-name">Prof. OS</h1>
          <p className="brand-tagline">Your jiu-jitsu coach</p>
        </div>
      </div>
      <div className="header-actions">
        {completion !== null && (
          <div
            className="completion-chip"
            data-testid="profile-completion"
            title="How much Prof. OS knows about your training"
          >
            <ProgressBar value={completion} label="Profile completion" />
            <span>Profile {completion}%</span>
          </div>
        )}
        <button
          type="button"
          className="icon-button"
          data-testid="settings-toggle"
          aria-label="Settings"
          ref={settingsButtonRef}
          aria-expanded={settingsOpen}
          aria-controls="settings-panel"
          onClick={onToggleSettings}
        >
          <GearIcon />
        </button>
        <button
          type="button"
          className="icon-text-button"
          data-testid="start-over"
          aria-label="Start over"
          onClick={onStartOver}
        >
          <RestartIcon /> <span className="start-over-label">Start over</span>
        </button>
      </div>
    </header>
  );
}

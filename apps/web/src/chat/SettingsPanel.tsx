import { useEffect, useRef } from 'react';
import type { ProfileView } from '../api/types';
import { trpc } from '../api/trpc';
import { describeError } from '../lib/errors';
import { describeProfileValue, PROFILE_FIELD_LABELS, PROFILE_FIELDS } from '../lib/profile-options';
import { ErrorText } from '../ui/ErrorText';
import { CloseIcon } from '../ui/icons';
import { ProgressBar } from '../ui/ProgressBar';
import { YourData } from './YourData';

interface SettingsPanelProps {
  profile: ProfileView | undefined;
  loading: boolean;
  error: unknown;
  onClose: () => void;
  /** Closed by a click or focus elsewhere: focus stays where the user put it. */
  onDismiss: () => void;
  /** The user deleted their data: this identity is gone. */
  onDeleted: () => void;
}

/** What Prof. OS knows about the user, and the switch for conversion tips. */
export function SettingsPanel({ profile, loading, error, onClose, onDismiss, onDeleted }: SettingsPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  // A click or focus outside the panel closes it, as for any popover (the toggle button handles itself).
  useEffect(() => {
    const outside = (e: Event) => {
      const target = e.target as Node | null;
      if (
        !target ||
        panel.current?.contains(target) ||
        (target as Element).closest?.('[data-testid="settings-toggle"]')
      )
        return;
      onDismiss();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [onDismiss]);
  const utils = trpc.useUtils();
  const setPreferences = trpc.profile.setPreferences.useMutation({
    onMutate: ({ conversionTips }) => {
      const previous = utils.profile.get.getData();
      utils.profile.get.setData(undefined, (old) => old && { ...old, preferences: { conversionTips } });
      return { previous };
    },
    onError: (_error, _input, context) => utils.profile.get.setData(undefined, context?.previous),
    onSettled: () => utils.profile.get.invalidate(),
  });
  const tipsOn = profile?.preferences.conversionTips ?? true;

  return (
    <section
      id="settings-panel"
      ref={panel}
      className="settings-panel"
      aria-labelledby="settings-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="settings-head">
        <h2 id="settings-title" ref={heading} tabIndex={-1}>
          Settings
        </h2>
        <button type="button" className="icon-button" aria-label="Close settings" onClick={onClose}>
          <CloseIcon />
        </button>
      </div>

      <h3>Your profile</h3>
      {loading && !profile && <p className="muted">Loading your profile…</p>}
      <ErrorText message={error ? describeError(error) : null} />
      {profile && (
        <>
          <dl className="profile-list">
            {PROFILE_FIELDS.map((field) => {
              const value = describeProfileValue(field, profile.profile[field]);
              return (
                <div key={field} className="profile-row">
                  <dt>{PROFILE_FIELD_LABELS[field]}</dt>
                  <dd className={value ? '' : 'muted'}>{value ?? 'Not shared yet'}</dd>
                </div>
              );
            })}
          </dl>
          <div className="settings-completion">
            <ProgressBar value={profile.completion} label="Profile completion" />
            <span>{profile.completion}% complete</span>
          </div>
          <p className="hint">Prof. OS asks about these now and then; answering sharpens YOUR recommendations.</p>
        </>
      )}

      <h3>Coaching tips</h3>
      <div className="switch-row">
        <label htmlFor="tips-toggle" className="switch-label">
          <span>Tips about logging training</span>
          <span className="hint">Insights, power-user stories and reminders. Videos keep coming either way.</span>
        </label>
        <input
          id="tips-toggle"
          type="checkbox"
          role="switch"
          className="switch"
          data-testid="tips-toggle"
          checked={tipsOn}
          disabled={!profile || setPreferences.isPending}
          onChange={(e) => setPreferences.mutate({ conversionTips: e.target.checked })}
        />
      </div>
      <ErrorText message={setPreferences.error ? describeError(setPreferences.error) : null} />

      <YourData onDeleted={onDeleted} />
    </section>
  );
}

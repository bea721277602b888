import type { Example, Nudge, Teaser } from '../api/types';
import { paragraphs, quotedLine } from '../lib/text';
import { BulbIcon, NotebookIcon, QuoteIcon } from '../ui/icons';

// The three ways Prof. OS invites a user to log training, each with its own look.

const TEASER_TITLES: Record<Teaser['type'], string> = {
  repeated_technique: 'Pattern spotted',
  complementary_pattern: 'Two questions, one gap?',
  exploration_pattern: "You're exploring",
  gi_nogi_mix: 'Gi and no-gi',
};

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

export function TeaserCard({ teaser, onLogTraining }: { teaser: Teaser; onLogTraining: () => void }) {
  return (
    <section className="card teaser-card" data-testid="teaser-card" aria-label="Insight">
      <div className="card-icon" aria-hidden="true">
        <BulbIcon />
      </div>
      <div className="card-body">
        <p className="card-eyebrow">{TEASER_TITLES[teaser.type] ?? 'Insight'}</p>
        <Paragraphs text={teaser.content} />
        <button type="button" className="text-button" onClick={onLogTraining}>
          Tell me how training went →
        </button>
      </div>
    </section>
  );
}

export function ExampleCard({ example, onLogTraining }: { example: Example; onLogTraining: () => void }) {
  return (
    <section className="card example-card" data-testid="example-card" aria-label="A power user's story">
      <div className="card-icon" aria-hidden="true">
        <QuoteIcon />
      </div>
      <div className="card-body">
        <p className="card-eyebrow">Power user story</p>
        {paragraphs(example.content).map((p, i) => {
          const quoted = quotedLine(p);
          return quoted ? (
            <blockquote key={i} className={`example-quote speaker-${quoted.speaker === 'User' ? 'user' : 'prof'}`}>
              <cite>{quoted.speaker}</cite>
              <p>{quoted.quote}</p>
            </blockquote>
          ) : (
            <p key={i}>{p}</p>
          );
        })}
        <button type="button" className="text-button" onClick={onLogTraining}>
          Try it with your next session →
        </button>
      </div>
    </section>
  );
}

const NUDGE_TITLES: Record<Nudge['type'], string> = {
  discover_session_logging_v1: 'Quick experiment',
  discover_session_logging_v2: 'What are you working on?',
  video_follow_up: 'Following up',
  pre_training_focus: 'Before you train',
  post_training_follow_up: 'How did it go?',
};

export function NudgeCard({ nudge, onLogTraining }: { nudge: Nudge; onLogTraining: () => void }) {
  return (
    <section className="card nudge-card" data-testid="nudge-card" aria-label="Suggestion">
      <div className="card-body">
        <p className="card-eyebrow">{NUDGE_TITLES[nudge.type] ?? 'A suggestion'}</p>
        <Paragraphs text={nudge.content} />
        <button
          type="button"
          className="button button-small nudge-cta"
          data-testid="nudge-log-training"
          onClick={onLogTraining}
        >
          <NotebookIcon width={16} height={16} /> Log training
        </button>
      </div>
    </section>
  );
}

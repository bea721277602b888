import type { ChatReply, Feedback, ProfileField, VideoReply } from '../api/types';
import { paragraphs } from '../lib/text';
import type { PromptState } from '../lib/thread';
import { ProgressBar } from '../ui/ProgressBar';
import { ProfilePrompt } from './ProfilePrompt';
import { SessionCard } from './SessionCard';
import { ExampleCard, NudgeCard, TeaserCard } from './TouchpointCards';
import { VideoCard } from './VideoCard';

export interface ReplyHandlers {
  feedback: Record<string, Feedback>;
  opened: Record<string, true>;
  onOpenVideo: (engagementId: string) => void;
  onFeedback: (engagementId: string, choice: Feedback, previous: Feedback | null) => Promise<string | null>;
  onLogTraining: () => void;
}

type AnswerHandler = (field: ProfileField, text: string) => void;

function Bubble({ text }: { text: string }) {
  return (
    <div className="bubble bubble-prof">
      {paragraphs(text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

interface ReplyProps<R> {
  reply: R;
  prompt: PromptState | null;
  handlers: ReplyHandlers;
  onAnswer: AnswerHandler;
}

function VideosReply({ reply, prompt, handlers, onAnswer }: ReplyProps<VideoReply>) {
  return (
    <>
      <Bubble text={reply.message} />
      <ol className="video-list" aria-label="Recommended videos">
        {reply.videos.map((video, i) => (
          <VideoCard
            key={video.engagementId}
            video={video}
            rank={i + 1}
            feedback={handlers.feedback[video.engagementId] ?? null}
            opened={!!handlers.opened[video.engagementId]}
            onOpen={handlers.onOpenVideo}
            onFeedback={handlers.onFeedback}
          />
        ))}
      </ol>
      {reply.profilePrompt && prompt && prompt.status !== 'superseded' && (
        <ProfilePrompt prompt={reply.profilePrompt} state={prompt} onAnswer={onAnswer} />
      )}
      {reply.teaser && <TeaserCard teaser={reply.teaser} onLogTraining={handlers.onLogTraining} />}
      {reply.example && <ExampleCard example={reply.example} onLogTraining={handlers.onLogTraining} />}
      {reply.nudge && <NudgeCard nudge={reply.nudge} onLogTraining={handlers.onLogTraining} />}
    </>
  );
}

/** One reply from Prof. OS, drawn by its kind. */
export function ProfReply({ reply, prompt, handlers, onAnswer }: ReplyProps<ChatReply>) {
  switch (reply.kind) {
    case 'videos':
      return <VideosReply reply={reply} prompt={prompt} handlers={handlers} onAnswer={onAnswer} />;
    case 'profile':
      return (
        <div className={`bubble bubble-prof profile-reply${reply.understood ? '' : ' is-unclear'}`}>
          <p>{reply.acknowledgement}</p>
          <div className="profile-reply-meter">
            <ProgressBar value={reply.completion} label="Profile completion" />
            <span>Profile {reply.completion}%</span>
          </div>
        </div>
      );
    case 'session':
      return <SessionCard session={reply} />;
  }
}

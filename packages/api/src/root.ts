import { analyticsRouter } from './routers/analytics';
import { authRouter } from './routers/auth';
import { chatRouter } from './routers/chat';
import { clockRouter } from './routers/clock';
import { engagementRouter } from './routers/engagement';
import { examplesRouter } from './routers/examples';
import { experimentsRouter } from './routers/experiments';
import { jobsRouter } from './routers/jobs';
import { profileRouter } from './routers/profile';
import { sessionsRouter } from './routers/sessions';
import { videosRouter } from './routers/videos';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  videos: videosRouter,
  engagement: engagementRouter,
  profile: profileRouter,
  sessions: sessionsRouter,
  chat: chatRouter,
  examples: examplesRouter,
  experiments: experimentsRouter,
  analytics: analyticsRouter,
  jobs: jobsRouter,
  clock: clockRouter,
});

export type AppRouter = typeof appRouter;

import { authRouter } from './routers/auth';
import { engagementRouter } from './routers/engagement';
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
});

export type AppRouter = typeof appRouter;

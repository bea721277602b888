import { requestVideos } from '../services/video-requests';
import { router, userProcedure } from '../trpc';
import { VideoRequestInput } from './inputs';

export const videosRouter = router({
  request: userProcedure.input(VideoRequestInput).mutation(({ ctx, input }) => requestVideos(ctx, input.query)),
});

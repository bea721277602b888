import type { AppRouter } from '@profos/api';
import { createTRPCReact } from '@trpc/react-query';

/** The typed React client: every procedure, input and output comes from the server's AppRouter type. */
export const trpc = createTRPCReact<AppRouter>();

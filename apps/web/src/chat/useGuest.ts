import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useOnAuthError } from '../api/ApiProvider';
import { userToken } from '../api/tokens';
import { trpc } from '../api/trpc';

/**
 * The guest identity: created on the first visit (auth.guest) and kept in localStorage. `startOver`
 * revokes it (auth.logout) and creates a new one; a token the server no longer accepts, or one whose
 * data was deleted, is replaced the same way.
 */
export type NewIdentityReason = 'start-over' | 'expired' | 'deleted';

export function useGuest(onNewIdentity: (reason: NewIdentityReason) => void) {
  const [token, setToken] = useState(() => userToken.get());
  const queryClient = useQueryClient();
  const guest = trpc.auth.guest.useMutation();
  const logout = trpc.auth.logout.useMutation();
  const creating = useRef(false);
  const { mutate } = guest;

  const create = useCallback(() => {
    if (creating.current) return;
    creating.current = true;
    mutate(
      {},
      {
        onSuccess: (created) => {
          userToken.set(created.token);
          setToken(created.token);
        },
        onSettled: () => {
          creating.current = false;
        },
      },
    );
  }, [mutate]);

  useEffect(() => {
    if (token === null) create();
  }, [token, create]);

  const replace = useCallback(
    (reason: NewIdentityReason) => {
      userToken.clear();
      queryClient.removeQueries();
      setToken(null);
      onNewIdentity(reason);
    },
    [queryClient, onNewIdentity],
  );

  // Only a token we hold can have expired; a refused sign-up must not loop.
  useOnAuthError(() => {
    if (userToken.get() !== null) replace('expired');
  });

  return {
    ready: token !== null,
    creating: guest.isPending,
    error: token === null ? guest.error : null,
    retry: create,
    // The old token is revoked on the server first: whoever copies it from this browser gets nothing.
    startOver: useCallback(async () => {
      await logout.mutateAsync().catch(() => {});
      replace('start-over');
    }, [logout, replace]),
    /** After the user's data was deleted: their token is gone with it. */
    forgotten: useCallback(() => replace('deleted'), [replace]),
  };
}

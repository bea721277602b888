import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useOnAuthError } from '../api/ApiProvider';
import { userToken } from '../api/tokens';
import { trpc } from '../api/trpc';

/**
 * The guest identity: created on the first visit (auth.guest) and kept in localStorage. `startOver`
 * forgets it and creates a new one; a token the server no longer accepts is replaced the same way.
 */
export function useGuest(onNewIdentity: (reason: 'start-over' | 'expired') => void) {
  const [token, setToken] = useState(() => userToken.get());
  const queryClient = useQueryClient();
  const guest = trpc.auth.guest.useMutation();
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
    (reason: 'start-over' | 'expired') => {
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
    startOver: useCallback(() => replace('start-over'), [replace]),
  };
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useToast } from '../../components/toast/context';
import { graphql } from '../../gql';
import { toFriendlyError } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { meKey } from './useMe';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session, drops every cached query and shows the signed-out screen. */
export function useSignOut() {
  const client = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => request(SignOutMutation),
    onSuccess: () => {
      // Set `me` first so the app swaps to the signed-out screen, then forget everything else.
      client.setQueryData(meKey, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      navigate('/', { replace: true });
    },
    onError: (error) => {
      toast.show({ variant: 'error', title: "Couldn't sign out", description: toFriendlyError(error).detail });
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../gql';
import { request } from '../../lib/graphql';

const SetupStatusQuery = graphql(`
  query SetupStatus {
    setupStatus {
      configured
      serverName
      oidcEnabled
      oidcLabel
    }
  }
`);

const SetupServersQuery = graphql(`
  query SetupServers {
    setupServers {
      id
      name
      addresses
    }
  }
`);

export const CompleteSetupMutation = graphql(`
  mutation CompleteSetup($serverId: String!) {
    completeSetup(serverId: $serverId) {
      __typename
      ... on ValidationError {
        message
        field
      }
    }
  }
`);

export const setupKeys = {
  status: ['setupStatus'] as const,
  servers: ['setupServers'] as const,
};

/** Whether the owner has picked the Plex server yet (public: the signed-out screen asks too). */
export function useSetupStatus(enabled = true) {
  return useQuery({
    queryKey: setupKeys.status,
    queryFn: ({ signal }) => request(SetupStatusQuery, {}, { signal }).then((d) => d.setupStatus),
    staleTime: 60_000,
    enabled,
  });
}

export function useSetupServers(enabled = true) {
  return useQuery({
    enabled,
    queryKey: setupKeys.servers,
    queryFn: ({ signal }) => request(SetupServersQuery, {}, { signal }).then((d) => d.setupServers),
    staleTime: 0,
  });
}

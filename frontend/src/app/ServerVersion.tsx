import { useQuery } from '@tanstack/react-query';
import { graphql } from '../gql';
import { request } from '../lib/graphql';

const ServerInfoQuery = graphql(`
  query ServerInfo {
    serverInfo {
      version
      mode
    }
  }
`);

/** Discreet "MediaNest v1.2.3" line for the sidebar footer; renders nothing until known. */
export function ServerVersion() {
  const { data } = useQuery({
    queryKey: ['serverInfo'],
    queryFn: ({ signal }) => request(ServerInfoQuery, {}, { signal }).then((d) => d.serverInfo),
    staleTime: Infinity,
  });
  if (!data) return null;
  const mode = data.mode && data.mode !== 'production' ? ` · ${data.mode}` : '';
  return (
    <p className="text-xs text-fg-subtle">
      MediaNest v{data.version}
      {mode}
    </p>
  );
}

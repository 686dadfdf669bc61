import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ChildFieldsFragment, LibraryItemQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql';
import { libraryKeys } from '../keys';

// Seasons of a show and episodes of a season share one shape.
export const ChildFields = graphql(`
  fragment ChildFields on MediaItem {
    id
    type
    title
    index
    parentIndex
    year
    durationMs
    watched
    leafCount
    childCount
    posterUrl(width: 300)
  }
`);

const LibraryItemQueryDoc = graphql(`
  query LibraryItem($id: ID!) {
    libraryItem(id: $id) {
      id
      type
      title
      year
      summary
      genres
      rating
      contentRating
      durationMs
      index
      parentIndex
      leafCount
      childCount
      watched
      tmdbId
      imdbId
      addedAt
      posterUrl(width: 300)
      artUrl
      plexUrl
      parent {
        id
        type
        title
        index
        parent {
          id
          type
          title
        }
      }
      children {
        ...ChildFields
      }
    }
  }
`);

const SeasonEpisodesQuery = graphql(`
  query SeasonEpisodes($id: ID!) {
    libraryItem(id: $id) {
      id
      children {
        ...ChildFields
      }
    }
  }
`);

export type MediaDetail = NonNullable<LibraryItemQuery['libraryItem']>;
export type ChildItem = ChildFieldsFragment;

export function useLibraryItem(id: string) {
  return useQuery({
    queryKey: libraryKeys.item(id),
    queryFn: ({ signal }) => request(LibraryItemQueryDoc, { id }, { signal }).then((d) => d.libraryItem),
    staleTime: 60_000,
  });
}

/** Episodes of one season, fetched when its card is first expanded. */
export function useSeasonEpisodes(seasonId: string, enabled: boolean) {
  return useQuery({
    queryKey: libraryKeys.episodes(seasonId),
    queryFn: ({ signal }) =>
      request(SeasonEpisodesQuery, { id: seasonId }, { signal }).then((d) => d.libraryItem?.children ?? []),
    enabled,
    staleTime: 60_000,
  });
}

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocation } from 'react-router';
import { mockGraphQL, type GraphQLMock } from '../../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../../test/render';
import type { PosterItem } from '../api';
import { SearchBox } from './SearchBox';
import { SearchPage } from './SearchPage';

function item(id: string, title: string, type: PosterItem['type'] = 'MOVIE'): PosterItem {
  return { id, title, year: 1999, type, posterUrl: `/images/${id}/poster?w=300`, genres: [], watched: false, rating: null };
}

/** A `librarySearch` page: edges and pageInfo, no total. */
function page(items: PosterItem[], hasNextPage = false) {
  return {
    edges: items.map((node) => ({ cursor: `c${node.id}`, node })),
    pageInfo: { hasNextPage, endCursor: items.length ? `c${items.at(-1)!.id}` : null },
  };
}

const CATALOGUE = [item('10', 'The Matrix'), item('11', 'The Matrix Reloaded'), item('12', 'Matilda'), item('20', 'Mad Men', 'SHOW')];

function Location() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

let api: GraphQLMock;
beforeEach(() => {
  api = mockGraphQL({
    LibrarySearch: ({ query }) => ({
      librarySearch: page(CATALOGUE.filter((i) => i.title.toLowerCase().includes(String(query).toLowerCase()))),
    }),
    LibraryStatus: () => ({
      libraryStatus: { plexReachable: true, breakerOpen: false, lastSyncAt: null, itemCount: 4 },
    }),
  });
});

describe('SearchBox (top bar)', () => {
  it('searches once the typing pauses (debounced) and lists the results in a popover', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <SearchBox />
        <Location />
      </>,
      { me: makeViewer() },
    );
    const input = screen.getByRole('combobox', { name: 'Search the library' });
    await user.type(input, 'mat');
    expect(api.callsTo('LibrarySearch')).toHaveLength(0); // still within the 200 ms pause
    expect(input).toHaveAttribute('aria-expanded', 'true');

    const listbox = await screen.findByRole('listbox', { name: 'Search results' });
    const results = within(listbox).getAllByTestId('search-result');
    expect(results.map((r) => r.dataset.itemId)).toEqual(['10', '11', '12']);
    expect(api.callsTo('LibrarySearch')).toEqual([{ query: 'mat', first: 8, after: null }]);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(results[1]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', results[1]!.id);
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('location')).toHaveTextContent('/library/item/11');
    expect(input).toHaveValue('');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />, { me: makeViewer() });
    await user.type(screen.getByRole('combobox', { name: 'Search the library' }), 'zzz');
    expect(await screen.findByText('No titles match “zzz”.')).toBeInTheDocument();
  });

  it('Enter right after typing opens the best match without waiting for the debounce', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <SearchBox />
        <Location />
      </>,
      { me: makeViewer() },
    );
    await user.type(screen.getByRole('combobox', { name: 'Search the library' }), 'mad{Enter}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/library/item/20'));
  });

  it('opens a result on click', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <SearchBox />
        <Location />
      </>,
      { me: makeViewer() },
    );
    await user.type(screen.getByRole('combobox', { name: 'Search the library' }), 'matilda');
    await user.click(await screen.findByText('Matilda'));
    expect(screen.getByTestId('location')).toHaveTextContent('/library/item/12');
  });
});

describe('SearchPage (/search)', () => {
  it('searches as you type, keeps ?q= in the address and opens the first result on Enter', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <SearchPage />
        <Location />
      </>,
      { route: '/search', me: makeViewer() },
    );
    expect(screen.getByText(/Start typing a title/)).toBeInTheDocument();
    const input = screen.getByRole('searchbox', { name: 'Search the library' });
    await user.type(input, 'matrix');
    const results = await screen.findAllByTestId('search-result');
    expect(results.map((r) => r.getAttribute('href'))).toEqual(['/library/item/10', '/library/item/11']);
    expect(api.callsTo('LibrarySearch')).toEqual([{ query: 'matrix', first: 50, after: null }]);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/search?q=matrix'));

    await user.keyboard('{Enter}');
    expect(screen.getByTestId('location')).toHaveTextContent('/library/item/10');
  });

  it('loads more results a page at a time', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 3 }, (_, i) => item(String(30 + i), `Star Trek ${i + 1}`));
    api.handlers.LibrarySearch = ({ after }) => ({ librarySearch: after === null ? page(many.slice(0, 2), true) : page(many.slice(2)) });
    renderWithProviders(<SearchPage />, { route: '/search?q=star', me: makeViewer() });
    await waitFor(() => expect(screen.getAllByTestId('search-result')).toHaveLength(2));
    expect(screen.getByText('2 results, more to load')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more results' }));
    await waitFor(() => expect(screen.getAllByTestId('search-result')).toHaveLength(3));
    expect(api.callsTo('LibrarySearch')).toEqual([
      { query: 'star', first: 50, after: null },
      { query: 'star', first: 50, after: 'c31' },
    ]);
    expect(screen.queryByRole('button', { name: 'Load more results' })).not.toBeInTheDocument();
    expect(screen.getByText('3 results')).toBeInTheDocument();
  });

  it('starts from ?q= when opened with one', async () => {
    renderWithProviders(<SearchPage />, { route: '/search?q=mad', me: makeViewer() });
    expect(await screen.findByTestId('search-result')).toHaveTextContent('Mad Men');
    expect(screen.getByRole('searchbox', { name: 'Search the library' })).toHaveValue('mad');
  });
});

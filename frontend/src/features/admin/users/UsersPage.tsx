import { useState } from 'react';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { SearchIcon, UsersIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/PageHeader';
import { Skeleton } from '../../../components/Skeleton';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useUserList, type AdminUser } from './api';
import { ImportUsersButton } from './ImportUsersButton';
import { UserDetailSheet } from './UserDetailSheet';
import { UserFilters, type FilterDraft } from './UserFilters';
import { UserRow } from './UserRow';

function RowsSkeleton() {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">Loading users…</span>
      <ul aria-hidden="true" className="divide-y divide-line">
        {[0, 1, 2, 3].map((i) => (
          <li key={i} className="flex items-center gap-3 px-4 py-3.5 sm:px-5">
            <Skeleton className="size-10 rounded-full" />
            <div className="flex-1">
              <Skeleton className="h-4 w-40 max-w-[60%]" />
              <Skeleton className="mt-2 h-3 w-56 max-w-[80%]" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function UsersPage() {
  const [draft, setDraft] = useState<FilterDraft>({ search: '', role: null, active: null });
  const search = useDebouncedValue(draft.search.trim(), 300);
  const filter = { search, role: draft.role, active: draft.active };
  const list = useUserList(filter);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [lastSelected, setLastSelected] = useState<AdminUser | null>(null);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  // Follow the list cache (it is updated on save); fall back to the row as clicked.
  const selected = selectedId ? (list.users.find((u) => u.id === selectedId) ?? lastSelected) : null;
  const filtered = Boolean(search || draft.role || draft.active !== null);

  const open = (user: AdminUser): void => {
    setLastSelected(user);
    setSelectedId(user.id);
  };

  let body;
  if (list.status === 'pending') body = <RowsSkeleton />;
  else if (list.status === 'error' && list.users.length === 0)
    body = <ErrorState error={list.error} title="Couldn't load users" onRetry={() => void list.refetch()} retrying={list.isRefetching} />;
  else if (list.users.length === 0)
    body = filtered ? (
      <EmptyState
        icon={<SearchIcon size={22} />}
        title="Nobody matches"
        action={<Button onClick={() => setDraft({ search: '', role: null, active: null })}>Clear filters</Button>}
      >
        Try another name, or clear the filters to see everyone.
      </EmptyState>
    ) : (
      <EmptyState icon={<UsersIcon size={22} />} title="No users yet">
        People appear here when they first sign in with Plex. Use “Import from Plex” to add everyone the server is
        shared with now.
      </EmptyState>
    );
  else
    body = (
      <>
        <ul aria-label="Users" aria-busy={list.isFetching && !list.isFetchingNextPage} className="divide-y divide-line">
          {list.users.map((user) => (
            <UserRow key={user.id} user={user} onOpen={open} />
          ))}
        </ul>
        {list.hasNextPage || list.isFetchNextPageError ? (
          <div className="flex flex-col items-center gap-3 border-t border-line px-4 py-4">
            {list.isFetchNextPageError ? (
              <ErrorState compact error={list.error} title="Couldn't load more users" className="w-full" />
            ) : null}
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {list.isFetchNextPageError ? 'Try again' : 'Load more'}
            </Button>
            <p className="text-xs text-fg-subtle">
              Showing {list.users.length} of {list.totalCount}
            </p>
          </div>
        ) : null}
      </>
    );

  return (
    <>
      <title>Users · MediaNest</title>
      <PageHeader
        title="Users"
        description="Everyone who can sign in, what they may do and how much."
        actions={<ImportUsersButton onProblem={setImportProblem} />}
      />
      {importProblem ? (
        <Alert tone="danger" role="alert" title="Couldn't import from Plex" className="mb-4">
          {importProblem}
        </Alert>
      ) : null}
      <Card>
        <UserFilters value={draft} onChange={setDraft} />
        <p aria-live="polite" className="sr-only">
          {list.status === 'success' ? `${list.totalCount} ${list.totalCount === 1 ? 'user' : 'users'}` : ''}
        </p>
        {body}
      </Card>
      <UserDetailSheet user={selected} onClose={() => setSelectedId(null)} />
    </>
  );
}

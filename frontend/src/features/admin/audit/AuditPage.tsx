import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { inputClasses } from '../../../components/form';
import { ScrollIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/PageHeader';
import { Skeleton } from '../../../components/Skeleton';
import { useAuditLog, type AuditFilter } from './api';
import { AuditRow } from './AuditRow';
import { ACTIONS, TARGET_TYPES } from './format';

function Filters({ value, onChange }: { value: AuditFilter; onChange: (next: AuditFilter) => void }) {
  return (
    <div className="grid gap-3 border-b border-line px-4 py-3 sm:flex sm:px-5">
      <label className="sr-only" htmlFor="audit-action">
        Action
      </label>
      <select
        id="audit-action"
        value={value.action ?? ''}
        onChange={(e) => onChange({ ...value, action: e.target.value || null })}
        className={inputClasses(false, 'sm:w-64')}
      >
        <option value="">All actions</option>
        {Object.entries(ACTIONS).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="audit-target">
        Target
      </label>
      <select
        id="audit-target"
        value={value.targetType ?? ''}
        onChange={(e) => onChange({ ...value, targetType: e.target.value || null })}
        className={inputClasses(false, 'sm:w-48')}
      >
        <option value="">Any target</option>
        {Object.entries(TARGET_TYPES).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({ action: null, targetType: null });
  const log = useAuditLog(filter);
  const filtered = filter.action !== null || filter.targetType !== null;

  let body;
  if (log.status === 'pending') {
    body = (
      <div role="status" aria-busy="true" className="divide-y divide-line">
        <span className="sr-only">Loading the audit log…</span>
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} aria-hidden="true" className="flex items-center gap-4 px-4 py-3.5 sm:px-5">
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-48 max-w-[40%]" />
          </div>
        ))}
      </div>
    );
  } else if (log.status === 'error' && log.entries.length === 0) {
    body = <ErrorState error={log.error} title="Couldn't load the audit log" onRetry={() => void log.refetch()} retrying={log.isRefetching} />;
  } else if (log.entries.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={<ScrollIcon size={22} />}
        title="Nothing matches these filters"
        action={<Button onClick={() => setFilter({ action: null, targetType: null })}>Show everything</Button>}
      >
        Try another action or target.
      </EmptyState>
    ) : (
      <EmptyState icon={<ScrollIcon size={22} />} title="No changes recorded yet">
        Changes to users, API tokens and settings are recorded here, with who made them and what changed.
      </EmptyState>
    );
  } else {
    body = (
      <>
        <div aria-hidden="true" className="hidden grid-cols-[auto_8.5rem_11rem_1fr] gap-x-3 border-b border-line px-5 py-2 text-xs font-medium text-fg-subtle sm:grid">
          <span className="w-4" />
          <span>When</span>
          <span>Who</span>
          <span>What</span>
        </div>
        <ul aria-label="Audit log" className="divide-y divide-line">
          {log.entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </ul>
        {log.hasNextPage || log.isFetchNextPageError ? (
          <div className="flex flex-col items-center gap-3 border-t border-line px-4 py-4">
            {log.isFetchNextPageError ? <ErrorState compact error={log.error} title="Couldn't load more" className="w-full" /> : null}
            <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {log.isFetchNextPageError ? 'Try again' : 'Load more'}
            </Button>
            <p className="text-xs text-fg-subtle">
              Showing {log.entries.length} of {log.totalCount}
            </p>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <>
      <title>Audit log · MediaNest</title>
      <PageHeader title="Audit log" description="Who changed what, newest first. Open a row to see the values before and after." />
      <Card>
        <Filters value={filter} onChange={setFilter} />
        {body}
      </Card>
    </>
  );
}

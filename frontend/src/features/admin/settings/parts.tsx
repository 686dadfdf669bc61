import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { ErrorState } from '../../../components/ErrorState';
import { Skeleton } from '../../../components/Skeleton';

interface SaveFooterProps {
  /** Why the last save failed, when no single field is to blame. */
  formError: string | null;
  saving: boolean;
  /** Whether the form differs from what is stored; Save stays disabled until it does. */
  dirty: boolean;
  label?: string;
  /** Shown between the error and the buttons (e.g. the outcome of "Test connection"). */
  status?: ReactNode;
  /** Buttons before Save (e.g. "Test connection"); with them the row stacks on small screens. */
  actions?: ReactNode;
}

/** The end of a settings form: the "Not saved" error, then the Save button on a ruled row. */
export function SaveFooter({ formError, saving, dirty, label = 'Save', status, actions }: SaveFooterProps) {
  return (
    <>
      {formError ? (
        <Alert tone="danger" role="alert" title="Not saved">
          {formError}
        </Alert>
      ) : null}
      {status}
      <div
        className={
          actions
            ? 'flex flex-col-reverse gap-2 border-t border-line pt-4 sm:flex-row sm:justify-end'
            : 'flex justify-end border-t border-line pt-4'
        }
      >
        {actions}
        <Button type="submit" variant="primary" loading={saving} disabled={!dirty}>
          {label}
        </Button>
      </div>
    </>
  );
}

interface SettingsSectionProps<T> {
  query: UseQueryResult<T>;
  /** The card's title and heading id, also used for the error card. */
  title: string;
  headingId: string;
  /** Read by screen readers while loading, e.g. "Loading the download settings…". */
  loadingLabel: string;
  /** Class names of the placeholder lines shown while loading, top to bottom. */
  skeleton: readonly string[];
  /** What failed, e.g. "Couldn't load the download settings". */
  errorTitle: string;
  /** The card, once the data is there. */
  children: (data: T) => ReactNode;
}

/** A settings card that loads its own data, so the rest of the page never waits for it. */
export function SettingsSection<T>({ query, title, headingId, loadingLabel, skeleton, errorTitle, children }: SettingsSectionProps<T>) {
  if (query.isPending) {
    return (
      <div role="status" aria-busy="true" className="rounded-xl border border-line bg-surface p-5 shadow-card">
        <span className="sr-only">{loadingLabel}</span>
        <div aria-hidden="true">
          {skeleton.map((className, index) => (
            <Skeleton key={index} className={className} />
          ))}
        </div>
      </div>
    );
  }
  if (query.isError) {
    return (
      <Card title={title} headingId={headingId}>
        <ErrorState error={query.error} title={errorTitle} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </Card>
    );
  }
  return children(query.data);
}

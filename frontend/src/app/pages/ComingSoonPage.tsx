import type { ReactNode } from 'react';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

interface ComingSoonPageProps {
  title: string;
  description: string;
  icon: ReactNode;
  emptyTitle: string;
  emptyText: string;
}

/** Placeholder for features this server has not set up yet (Library, Requests, Downloads). */
export function ComingSoonPage({ title, description, icon, emptyTitle, emptyText }: ComingSoonPageProps) {
  return (
    <>
      <title>{`${title} · MediaNest`}</title>
      <PageHeader title={title} description={description} />
      <Card>
        <EmptyState icon={icon} title={emptyTitle}>
          {emptyText}
        </EmptyState>
      </Card>
    </>
  );
}

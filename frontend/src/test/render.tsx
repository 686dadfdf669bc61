import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { ToastProvider } from '../components/toast/ToastProvider';
import { meKey, type Viewer } from '../features/auth/useMe';

interface Options {
  route?: string;
  /** Seeds the signed-in user, for components that call useViewer(). */
  me?: Viewer | null;
}

/** Renders with the providers real components expect: query client, toasts and a router. */
export function renderWithProviders(ui: ReactElement, { route = '/', me }: Options = {}): RenderResult & { client: QueryClient } {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  if (me !== undefined) client.setQueryData(meKey, me);
  const result = render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, client };
}

export function makeViewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: '1',
    username: 'olivia',
    displayName: 'Olivia Owner',
    avatarUrl: null,
    role: 'ADMIN',
    isAdmin: true,
    isOwner: true,
    permissions: [],
    ...overrides,
  };
}

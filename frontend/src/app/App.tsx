import { QueryClientProvider } from '@tanstack/react-query';
import { ToastProvider } from '../components/toast/ToastProvider';
import { meKey } from '../features/auth/useMe';
import { createQueryClient } from '../lib/queryClient';
import { AuthGate } from './AuthGate';

// When the server says the session is gone, show the signed-out screen wherever we are.
const queryClient = createQueryClient({
  onUnauthenticated: (client) => client.setQueryData(meKey, null),
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <AuthGate />
      </ToastProvider>
    </QueryClientProvider>
  );
}

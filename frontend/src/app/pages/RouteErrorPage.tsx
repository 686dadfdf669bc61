import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { AlertIcon, RefreshIcon } from '../../components/icons';

/** Shown if a page crashes while rendering, instead of a blank screen. */
export function RouteErrorPage() {
  return (
    <div className="mx-auto max-w-lg py-16">
      <title>Something broke · MediaNest</title>
      <h1 className="sr-only">Something broke</h1>
      <EmptyState
        icon={<AlertIcon size={22} />}
        title="This page hit a problem"
        action={
          <Button variant="primary" icon={<RefreshIcon size={16} />} onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        }
      >
        Reloading usually fixes it. If it keeps happening, tell your server admin what you were doing.
      </EmptyState>
    </div>
  );
}

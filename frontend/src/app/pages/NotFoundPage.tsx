import { Link } from 'react-router';
import { buttonClasses } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { CompassIcon, HomeIcon } from '../../components/icons';

export function NotFoundPage() {
  return (
    <>
      <title>Page not found · MediaNest</title>
      <h1 className="sr-only">Page not found</h1>
      <EmptyState
        className="py-20"
        icon={<CompassIcon size={22} />}
        title="We couldn't find that page"
        action={
          <Link to="/" className={buttonClasses('primary')}>
            <HomeIcon size={16} />
            Back to the dashboard
          </Link>
        }
      >
        The address may be mistyped, or the page has moved.
      </EmptyState>
    </>
  );
}

import { Link } from 'react-router';
import { ChevronRightIcon } from '../../../components/icons';
import { itemPath } from '../PosterCard';
import { seasonLabel } from '../format';
import type { MediaDetail } from './api';

interface Crumb {
  label: string;
  to?: string;
}

/** Library › Show › Season 2 › Episode: the way back up from a season or episode. */
export function crumbsFor(item: MediaDetail): Crumb[] {
  const crumbs: Crumb[] = [{ label: 'Library', to: '/library' }];
  const parent = item.parent;
  const grandparent = parent?.parent;
  if (grandparent) crumbs.push({ label: grandparent.title, to: itemPath(grandparent.id) });
  if (parent) {
    const label = parent.type === 'SEASON' ? seasonLabel(parent) : parent.title;
    crumbs.push({ label, to: itemPath(parent.id) });
  }
  crumbs.push({ label: item.type === 'SEASON' ? seasonLabel(item) : item.title });
  return crumbs;
}

export function Breadcrumbs({ item }: { item: MediaDetail }) {
  const crumbs = crumbsFor(item);
  return (
    <nav aria-label="Breadcrumb" className="mb-5">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} className="flex min-w-0 items-center gap-1">
            {index > 0 ? <ChevronRightIcon size={14} className="shrink-0 text-fg-subtle" /> : null}
            {crumb.to ? (
              <Link to={crumb.to} className="truncate rounded font-medium text-fg-muted hover:text-fg hover:underline">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="max-w-[16rem] truncate text-fg-subtle">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

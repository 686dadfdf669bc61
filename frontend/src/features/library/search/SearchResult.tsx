import { CheckIcon } from '../../../components/icons';
import type { PosterItem } from '../api';
import { typeLabel } from '../format';
import { Poster } from '../Poster';

/** Thumbnail, title and "1999 · Movie" line of one search result (inside an option or a link). */
export function SearchResultBody({ item }: { item: PosterItem }) {
  const meta = [item.year, typeLabel(item.type)].filter(Boolean).join(' · ');
  return (
    <>
      <Poster title={item.title} url={item.posterUrl} sizes="48px" className="w-10 shrink-0 rounded-md" />
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium text-fg">{item.title}</span>
        <span className="block truncate text-xs text-fg-subtle">{meta}</span>
      </span>
      {item.watched ? (
        <span className="shrink-0 text-emerald-600 dark:text-emerald-400">
          <CheckIcon size={16} strokeWidth={2.4} />
          <span className="sr-only">Watched</span>
        </span>
      ) : null}
    </>
  );
}

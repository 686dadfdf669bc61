import { useCallback, useState, type ReactNode } from 'react';
import { posterAt, posterSrcSet, titleHues, titleInitials } from './format';
import './poster.css';

/** Layout width of a poster in the library grid, for `sizes` (3 columns on phones, up to 8 on wide screens). */
export const GRID_SIZES = '(min-width: 1280px) 180px, (min-width: 640px) 22vw, 31vw';

interface PosterProps {
  title: string;
  /** `/images/<id>/poster?w=…`, or null when the item has no poster. */
  url: string | null | undefined;
  /** The `sizes` attribute: how wide the poster is drawn. */
  sizes?: string;
  className?: string;
  /** Load right away (above-the-fold hero posters). */
  eager?: boolean;
  /** Overlays on top of the image (badges). */
  children?: ReactNode;
}

/**
 * A 2:3 poster box: shimmers until the image arrives, then fades it in. Without a poster (or when it fails
 * to load) it shows the title's initials on a gradient. Decorative: the title is always written next to it.
 */
export function Poster({ title, url, sizes = GRID_SIZES, className = '', eager = false, children }: PosterProps) {
  const [loadedUrl, setLoadedUrl] = useState<string | null>(null);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const src = url ?? null;
  const failed = src === null || failedUrl === src;
  const loaded = !failed && loadedUrl === src;

  // A cached image can finish before React attaches onLoad: check once the element exists.
  const imgRef = useCallback(
    (img: HTMLImageElement | null) => {
      if (img?.complete && img.naturalWidth > 0 && src) setLoadedUrl(src);
    },
    [src],
  );

  return (
    <div className={`@container relative aspect-[2/3] overflow-hidden rounded-lg bg-skeleton ${className}`}>
      {failed ? (
        <PosterFallback title={title} />
      ) : (
        <>
          {loaded ? null : <div aria-hidden="true" data-testid="poster-skeleton" className="poster-shimmer absolute inset-0" />}
          <img
            ref={imgRef}
            src={posterAt(src, 300)}
            srcSet={posterSrcSet(src)}
            sizes={sizes}
            alt=""
            loading={eager ? 'eager' : 'lazy'}
            decoding="async"
            onLoad={() => setLoadedUrl(src)}
            onError={() => setFailedUrl(src)}
            className={`absolute inset-0 size-full object-cover transition-opacity duration-300 ${loaded ? 'opacity-100' : 'opacity-0'}`}
          />
        </>
      )}
      {children}
    </div>
  );
}

function PosterFallback({ title }: { title: string }) {
  const [from, to] = titleHues(title);
  return (
    <div
      aria-hidden="true"
      data-testid="poster-fallback"
      className="absolute inset-0 grid place-items-center p-2"
      style={{ backgroundImage: `linear-gradient(145deg, hsl(${from} 42% 46%), hsl(${to} 48% 24%))` }}
    >
      <span className="text-[clamp(0.75rem,30cqw,3rem)] font-semibold tracking-wide text-white/90 drop-shadow-sm">
        {titleInitials(title)}
      </span>
    </div>
  );
}

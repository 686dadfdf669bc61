import { useState, type ReactNode } from 'react';
import { titleHues, titleInitials } from '../library/format';
import '../library/poster.css';

/**
 * A 2:3 poster for a title that may not be on Plex: TMDB artwork (a fixed-size URL, unlike the library's
 * resizable posters), or the title's initials on a gradient when there is none or it fails. Decorative.
 */
export function MediaPoster({
  title,
  url,
  className = '',
  children,
}: {
  title: string;
  url: string | null | undefined;
  className?: string;
  children?: ReactNode;
}) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const [loadedUrl, setLoadedUrl] = useState<string | null>(null);
  const failed = !url || failedUrl === url;
  const [from, to] = titleHues(title);
  return (
    <div className={`@container relative aspect-[2/3] overflow-hidden rounded-lg bg-skeleton ${className}`}>
      {failed ? (
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
      ) : (
        <>
          {loadedUrl === url ? null : <div aria-hidden="true" className="poster-shimmer absolute inset-0" />}
          <img
            src={url}
            alt=""
            loading="lazy"
            decoding="async"
            referrerPolicy="no-referrer"
            onLoad={() => setLoadedUrl(url)}
            onError={() => setFailedUrl(url)}
            className={`absolute inset-0 size-full object-cover transition-opacity duration-300 ${
              loadedUrl === url ? 'opacity-100' : 'opacity-0'
            }`}
          />
        </>
      )}
      {children}
    </div>
  );
}

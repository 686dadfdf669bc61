import { useState, type ReactNode } from 'react';
import { titleHues, titleInitials } from '../library/format';
import '../library/poster.css';

/**
 * A 16:9 video thumbnail (the site's own image), or the title's initials on a gradient when there is
 * none or it fails to load. Decorative: the title is always written next to it.
 */
export function DownloadThumb({
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
    <div className={`@container relative aspect-video overflow-hidden rounded-lg bg-skeleton ${className}`}>
      {failed ? (
        <div
          aria-hidden="true"
          data-testid="thumb-fallback"
          className="absolute inset-0 grid place-items-center p-2"
          style={{ backgroundImage: `linear-gradient(145deg, hsl(${from} 42% 46%), hsl(${to} 48% 24%))` }}
        >
          <span className="text-[clamp(0.7rem,22cqw,2.5rem)] font-semibold tracking-wide text-white/90 drop-shadow-sm">
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

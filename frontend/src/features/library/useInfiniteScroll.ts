import { useEffect, useRef, useState } from 'react';

interface Options {
  /** Observe only while another page exists and none is loading. */
  enabled: boolean;
  onLoadMore: () => void;
  /** How far ahead of the viewport to start loading. */
  rootMargin?: string;
}

/**
 * Calls `onLoadMore` when the returned sentinel element comes near the viewport. The observer is created
 * afresh each time `enabled` turns on, so a sentinel still on screen after a page arrives (tall screens)
 * asks for the next page straight away. Without IntersectionObserver it does nothing: the page keeps a
 * "Load more" button for that.
 */
export function useInfiniteScroll<T extends Element>({ enabled, onLoadMore, rootMargin = '800px 0px' }: Options) {
  const [element, setElement] = useState<T | null>(null);
  const callback = useRef(onLoadMore);

  useEffect(() => {
    callback.current = onLoadMore;
  }, [onLoadMore]);

  useEffect(() => {
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, element, rootMargin]);

  return setElement;
}

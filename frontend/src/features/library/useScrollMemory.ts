import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

// Scroll positions by history entry, for the lifetime of the tab.
const positions = new Map<string, number>();

/**
 * Brings the viewer back to where they were on this page when they return with Back/Forward (the shell
 * scrolls every navigation to the top). `ready` says the content is rendered tall enough to scroll to.
 */
export function useScrollMemory(ready: boolean): void {
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const restored = useRef(false);

  // Layout-effect cleanup runs before the next page replaces this one, while scrollY is still ours.
  useLayoutEffect(
    () => () => {
      positions.set(key, window.scrollY);
    },
    [key],
  );

  useEffect(() => {
    if (restored.current || !ready) return;
    restored.current = true;
    const y = positions.get(key);
    if (navigationType !== 'POP' || y === undefined || y <= 0) return;
    // After the shell's own scroll-to-top for this navigation.
    requestAnimationFrame(() => window.scrollTo(0, y));
  }, [ready, key, navigationType]);
}

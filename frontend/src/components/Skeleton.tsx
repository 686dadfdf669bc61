/** Placeholder block shown while content loads; pass size and (optionally) a rounded-* class. */
export function Skeleton({ className = '' }: { className?: string }) {
  const rounded = /\brounded(-|\b)/.test(className) ? '' : 'rounded-md';
  return <div aria-hidden="true" className={`bg-skeleton motion-safe:animate-pulse ${rounded} ${className}`} />;
}

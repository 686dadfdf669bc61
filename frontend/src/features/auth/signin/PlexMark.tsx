/** A chevron in Plex's amber, for "Sign in with Plex". */
export function PlexMark({ size = 20, className = '' }: { size?: number; className?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className}>
      <rect width="24" height="24" rx="6" fill="#1f1f1f" />
      <path d="M9 5.5h4.2l4.3 6.5-4.3 6.5H9l4.3-6.5L9 5.5Z" fill="#e5a00d" />
    </svg>
  );
}

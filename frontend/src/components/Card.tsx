import type { ReactNode } from 'react';

interface CardProps {
  title?: ReactNode;
  /** Rendered at the right of the header (e.g. a "View all" link). */
  action?: ReactNode;
  children: ReactNode;
  className?: string;
  /** id for the heading, so the section can be labelled by it. */
  headingId?: string;
}

export function Card({ title, action, children, className = '', headingId }: CardProps) {
  return (
    <section
      aria-labelledby={title && headingId ? headingId : undefined}
      className={`rounded-xl border border-line bg-surface shadow-card ${className}`}
    >
      {title ? (
        <header className="flex items-center justify-between gap-3 border-b border-line px-4 py-3 sm:px-5">
          <h2 id={headingId} className="text-sm font-semibold text-fg">
            {title}
          </h2>
          {action}
        </header>
      ) : null}
      {children}
    </section>
  );
}

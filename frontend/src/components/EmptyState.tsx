import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}

/** Friendly "nothing here yet" block that says what to do next. */
export function EmptyState({ icon, title, children, action, className = '' }: EmptyStateProps) {
  return (
    <div className={`flex flex-col items-center px-6 py-12 text-center ${className}`}>
      {icon ? (
        <div className="mb-4 grid size-12 place-items-center rounded-full bg-accent-soft text-accent-text">{icon}</div>
      ) : null}
      <h3 className="text-base font-semibold text-fg">{title}</h3>
      {children ? <div className="mt-1.5 max-w-md text-sm text-fg-muted">{children}</div> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}

import type { ReactNode } from 'react';
import { AlertIcon, CheckCircleIcon, InfoIcon, XCircleIcon } from './icons';

type Tone = 'info' | 'success' | 'warning' | 'danger';

const STYLES: Record<Tone, { box: string; icon: ReactNode }> = {
  info: {
    box: 'border-sky-200 bg-sky-50 text-sky-950 dark:border-sky-400/25 dark:bg-sky-400/10 dark:text-sky-100',
    icon: <InfoIcon size={18} className="text-sky-600 dark:text-sky-300" />,
  },
  success: {
    box: 'border-emerald-200 bg-emerald-50 text-emerald-950 dark:border-emerald-400/25 dark:bg-emerald-400/10 dark:text-emerald-100',
    icon: <CheckCircleIcon size={18} className="text-emerald-600 dark:text-emerald-300" />,
  },
  warning: {
    box: 'border-amber-200 bg-amber-50 text-amber-950 dark:border-amber-400/25 dark:bg-amber-400/10 dark:text-amber-100',
    icon: <AlertIcon size={18} className="text-amber-600 dark:text-amber-300" />,
  },
  danger: {
    box: 'border-red-200 bg-red-50 text-red-950 dark:border-red-400/25 dark:bg-red-400/10 dark:text-red-100',
    icon: <XCircleIcon size={18} className="text-red-600 dark:text-red-300" />,
  },
};

interface AlertProps {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
  /** `alert` interrupts screen readers (errors); `status` is polite; none for static notes. */
  role?: 'alert' | 'status';
  testId?: string;
}

/** Inline message box: what happened (title), why or what to do (children), optional action. */
export function Alert({ tone = 'info', title, children, action, className = '', role, testId }: AlertProps) {
  const style = STYLES[tone];
  return (
    <div
      role={role}
      data-testid={testId}
      className={`flex flex-wrap items-start gap-3 rounded-lg border px-4 py-3 text-sm ${style.box} ${className}`}
    >
      <span className="mt-0.5 shrink-0">{style.icon}</span>
      <div className="min-w-0 flex-1 basis-48">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className={title ? 'mt-0.5 opacity-90' : ''}>{children}</div> : null}
      </div>
      {action ? <div className="flex shrink-0 flex-wrap gap-2 self-center">{action}</div> : null}
    </div>
  );
}

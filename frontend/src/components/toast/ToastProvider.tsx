import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CheckCircleIcon, CloseIcon, RequestsIcon, XCircleIcon } from '../icons';
import { ToastContext, type ToastApi, type ToastInput, type ToastVariant } from './context';

interface Toast extends Required<Omit<ToastInput, 'description'>> {
  description?: string;
}

const MAX_VISIBLE = 4;
let counter = 0;

const ICONS: Record<ToastVariant, ReactNode> = {
  success: <CheckCircleIcon size={20} className="text-emerald-600 dark:text-emerald-400" />,
  error: <XCircleIcon size={20} className="text-red-600 dark:text-red-400" />,
  info: <RequestsIcon size={20} className="text-accent-text" />,
};

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);

  const dismiss = useCallback((id: string) => {
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  const show = useCallback((input: ToastInput) => {
    const variant = input.variant ?? 'info';
    const toast: Toast = {
      id: input.id ?? `toast-${++counter}`,
      title: input.title,
      description: input.description,
      variant,
      duration: input.duration ?? (variant === 'error' ? 8000 : 5000),
    };
    setToasts((list) => [...list.filter((t) => t.id !== toast.id), toast].slice(-MAX_VISIBLE));
    return toast.id;
  }, []);

  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext value={api}>
      {children}
      {/* Not "Notifications": that is the name of the header's notification drawer. */}
      <section
        aria-label="Messages"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4 sm:inset-x-auto sm:right-0 sm:justify-end sm:p-6"
      >
        <ol aria-live="polite" aria-relevant="additions text" className="flex w-full max-w-sm flex-col gap-2">
          {toasts.map((t) => (
            <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </ol>
      </section>
    </ToastContext>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: string) => void }) {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(toast.duration);

  // Auto-dismiss, pausing while hovered or focused so people can read or reach the button.
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(1500, remaining.current - (Date.now() - started));
    };
  }, [paused, toast.id, onDismiss]);

  return (
    <li
      className="toast-enter pointer-events-auto flex items-start gap-3 rounded-xl border border-line bg-surface p-3.5 shadow-lg ring-1 ring-black/5 dark:ring-white/5"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="mt-0.5 shrink-0">{ICONS[toast.variant]}</span>
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold text-fg">{toast.title}</p>
        {toast.description ? <p className="mt-0.5 text-sm break-words text-fg-muted">{toast.description}</p> : null}
      </div>
      <button
        type="button"
        onClick={() => onDismiss(toast.id)}
        className="-m-1 shrink-0 rounded-md p-1 text-fg-subtle hover:bg-surface-hover hover:text-fg"
        aria-label="Dismiss notification"
      >
        <CloseIcon size={16} />
      </button>
    </li>
  );
}

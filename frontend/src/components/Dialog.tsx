import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CloseIcon } from './icons';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Buttons row at the bottom. */
  footer?: ReactNode;
  /** `center`: a modal box; `sheet`: a panel sliding in from the right (full width on phones). */
  variant?: 'center' | 'sheet';
  /** Extra header content under the title (e.g. an avatar line). */
  header?: ReactNode;
  testId?: string;
}

/**
 * Modal built on the native <dialog>: the page behind is inert, focus stays inside, Escape closes it,
 * and focus goes back to whatever opened it.
 */
export function Dialog({ open, onClose, title, description, children, footer, variant = 'center', header, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Hand focus back to the opener when the dialog closes.
  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
  }, [open]);

  const sheet = variant === 'sheet';
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      data-testid={testId}
      className={sheet ? 'sheet shadow-2xl' : 'modal shadow-2xl'}
      onClose={() => {
        if (open) onClose();
      }}
      onClick={(event) => {
        // A click whose target is the <dialog> itself landed on the backdrop.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {open ? (
        <div className={`flex flex-col ${sheet ? 'h-full' : 'max-h-[min(85dvh,48rem)]'}`}>
          <div className="flex items-start gap-3 border-b border-line px-5 py-4">
            <div className="min-w-0 flex-1">
              <h2 id={titleId} className="text-base font-semibold text-fg">
                {title}
              </h2>
              {description ? (
                <p id={descId} className="mt-1 text-sm text-fg-muted">
                  {description}
                </p>
              ) : null}
              {header}
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="-mt-1 -mr-2 grid size-9 shrink-0 place-items-center rounded-lg text-fg-muted hover:bg-surface-hover hover:text-fg"
            >
              <CloseIcon size={18} />
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 py-5">{children}</div>
          {footer ? (
            <div className="flex flex-wrap justify-end gap-2 border-t border-line bg-surface px-5 py-3">{footer}</div>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}

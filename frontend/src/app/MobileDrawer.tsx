import { useEffect, useRef } from 'react';
import { CloseIcon } from '../components/icons';
import { Brand, SidebarFooter, SidebarNav } from './SidebarContent';

interface MobileDrawerProps {
  open: boolean;
  onClose: () => void;
}

/**
 * Slide-over navigation for narrow screens, built on a modal <dialog>: the page behind becomes inert,
 * focus stays inside, Escape closes it and focus returns to the menu button.
 */
export function MobileDrawer({ open, onClose }: MobileDrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Close if the viewport grows to desktop width, where the sidebar takes over.
  useEffect(() => {
    if (!open || typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia('(min-width: 1024px)');
    const onChange = (): void => {
      if (media.matches) onClose();
    };
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [open, onClose]);

  return (
    <dialog
      ref={ref}
      aria-label="Navigation"
      className="drawer shadow-2xl lg:hidden"
      onClose={onClose}
      onClick={(event) => {
        // The panel fills the dialog box, so a click whose target is the dialog itself hit the backdrop.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="flex h-full flex-col">
        <div className="flex h-16 items-center justify-between border-b border-line px-4">
          <Brand />
          <button
            type="button"
            onClick={onClose}
            aria-label="Close navigation"
            className="rounded-lg p-2 text-fg-muted hover:bg-surface-hover hover:text-fg"
          >
            <CloseIcon />
          </button>
        </div>
        <SidebarNav onNavigate={onClose} />
        <SidebarFooter />
      </div>
    </dialog>
  );
}

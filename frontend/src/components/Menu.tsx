import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

const MenuContext = createContext<{ close: () => void } | null>(null);

interface MenuProps {
  /** Accessible name of the trigger button (when its content is not descriptive text). */
  label: string;
  buttonContent: ReactNode;
  buttonClassName?: string;
  /** Which edge of the trigger the popup aligns to. */
  align?: 'left' | 'right';
  children: ReactNode;
  menuClassName?: string;
}

function items(menu: HTMLElement | null): HTMLElement[] {
  if (!menu) return [];
  return Array.from(menu.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])'));
}

/** Accessible dropdown menu: arrow keys, Home/End, Escape and Tab close, click outside closes, focus returns. */
export function Menu({ label, buttonContent, buttonClassName = '', align = 'right', children, menuClassName = '' }: MenuProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const close = useCallback((returnFocus = true) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const list = items(menuRef.current);
    const checked = list.find((el) => el.getAttribute('aria-checked') === 'true');
    const target = focusOnOpen.current === 'last' ? list[list.length - 1] : (checked ?? list[0]);
    target?.focus();

    const onPointerDown = (event: PointerEvent): void => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusOnOpen.current = event.key === 'ArrowUp' ? 'last' : 'first';
      setOpen(true);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const list = items(menuRef.current);
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number): void => list[(i + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(list.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        close();
        break;
      case 'Tab':
        close(false);
        break;
    }
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => {
          focusOnOpen.current = 'first';
          setOpen((o) => !o);
        }}
        onKeyDown={onButtonKeyDown}
        className={buttonClassName}
      >
        {buttonContent}
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={id}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
          className={`absolute top-full z-40 mt-2 min-w-52 rounded-xl border border-line bg-surface p-1.5 shadow-lg ring-1 ring-black/5 dark:ring-white/5 ${
            align === 'right' ? 'right-0' : 'left-0'
          } ${menuClassName}`}
        >
          <MenuContext value={{ close: () => close() }}>{children}</MenuContext>
        </div>
      ) : null}
    </div>
  );
}

const ITEM =
  'flex w-full items-center gap-2.5 rounded-lg px-2.5 py-2 text-left text-sm text-fg outline-none hover:bg-surface-hover focus-visible:bg-surface-hover focus-visible:outline-2 focus-visible:-outline-offset-2';

export function MenuItem({ onSelect, icon, children }: { onSelect: () => void; icon?: ReactNode; children: ReactNode }) {
  const ctx = useContext(MenuContext);
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={ITEM}
      onClick={() => {
        ctx?.close();
        onSelect();
      }}
    >
      {icon ? <span className="text-fg-subtle">{icon}</span> : null}
      {children}
    </button>
  );
}

export function MenuRadioItem({
  checked,
  onSelect,
  icon,
  children,
}: {
  checked: boolean;
  onSelect: () => void;
  icon?: ReactNode;
  children: ReactNode;
}) {
  const ctx = useContext(MenuContext);
  return (
    <button
      type="button"
      role="menuitemradio"
      aria-checked={checked}
      tabIndex={-1}
      className={`${ITEM} ${checked ? 'font-medium text-accent-text' : ''}`}
      onClick={() => {
        onSelect();
        ctx?.close();
      }}
    >
      {icon ? <span className={checked ? 'text-accent-text' : 'text-fg-subtle'}>{icon}</span> : null}
      <span className="flex-1">{children}</span>
      {checked ? (
        <span aria-hidden="true" className="text-accent-text">
          ✓
        </span>
      ) : null}
    </button>
  );
}

export function MenuSeparator() {
  return <div role="separator" className="my-1.5 h-px bg-line" />;
}

/** A non-interactive block at the top of a menu (e.g. who is signed in). */
export function MenuHeader({ children }: { children: ReactNode }) {
  return <div className="px-2.5 pt-1.5 pb-2">{children}</div>;
}

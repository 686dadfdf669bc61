import { useId } from 'react';
import { NavLink } from 'react-router';
import { Logo } from '../components/icons';
import { useViewer } from '../features/auth/useMe';
import { navFor } from './nav';
import { ServerVersion } from './ServerVersion';

const LINK =
  'group flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors text-fg-muted hover:bg-surface-hover hover:text-fg aria-[current=page]:bg-accent-soft aria-[current=page]:text-accent-text';

export function Brand({ wordmarkClassName = '' }: { wordmarkClassName?: string }) {
  return (
    <span className="flex items-center gap-2.5">
      <Logo size={30} className="shrink-0" />
      <span className={`text-base font-semibold tracking-tight text-fg ${wordmarkClassName}`}>MediaNest</span>
    </span>
  );
}

/** Navigation list shared by the desktop sidebar and the phone drawer. */
export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  const viewer = useViewer();
  const sections = navFor(viewer);
  const baseId = useId();
  return (
    <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 py-4">
      {sections.map((section, index) => {
        const headingId = `${baseId}-${index}`;
        return (
          <div key={section.label ?? 'main'} className={index > 0 ? 'mt-6' : ''}>
            {section.label ? (
              <h2 id={headingId} className="mb-2 px-3 text-[11px] font-semibold tracking-wider text-fg-subtle uppercase">
                {section.label}
              </h2>
            ) : null}
            <ul className="space-y-1" aria-labelledby={section.label ? headingId : undefined}>
              {section.items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'} className={LINK} onClick={onNavigate}>
                    <span className="text-fg-subtle group-hover:text-fg group-aria-[current=page]:text-accent-text">
                      {item.icon}
                    </span>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

export function SidebarFooter() {
  return (
    <div className="border-t border-line px-6 py-4">
      <ServerVersion />
    </div>
  );
}

import type { ReactNode } from 'react';
import { MonitorIcon, MoonIcon, SunIcon } from '../components/icons';
import { Menu, MenuRadioItem } from '../components/Menu';
import { useTheme, type ThemePreference } from './theme';

const OPTIONS: Array<{ value: ThemePreference; label: string; icon: ReactNode }> = [
  { value: 'light', label: 'Light', icon: <SunIcon size={18} /> },
  { value: 'dark', label: 'Dark', icon: <MoonIcon size={18} /> },
  { value: 'system', label: 'System', icon: <MonitorIcon size={18} /> },
];

/** Light / Dark / System, remembered in localStorage. */
export function ThemeMenu() {
  const { preference, setPreference } = useTheme();
  const current = OPTIONS.find((o) => o.value === preference) ?? OPTIONS[2]!;
  return (
    <Menu
      label={`Theme: ${current.label}`}
      buttonContent={current.icon}
      buttonClassName="grid size-10 place-items-center rounded-lg text-fg-muted hover:bg-surface-hover hover:text-fg"
      menuClassName="min-w-40"
    >
      {OPTIONS.map((option) => (
        <MenuRadioItem
          key={option.value}
          checked={option.value === preference}
          icon={option.icon}
          onSelect={() => setPreference(option.value)}
        >
          {option.label}
        </MenuRadioItem>
      ))}
    </Menu>
  );
}

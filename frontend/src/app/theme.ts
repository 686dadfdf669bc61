import { useEffect, useSyncExternalStore } from 'react';

export type ThemePreference = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

/** Also read by public/theme-init.js (runs before first paint): keep the key in sync. */
export const THEME_STORAGE_KEY = 'medianest.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function isPreference(value: unknown): value is ThemePreference {
  return value === 'light' || value === 'dark' || value === 'system';
}

function defaultStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // e.g. storage disabled by privacy settings
  }
}

export function readThemePreference(storage: Storage | null = defaultStorage()): ThemePreference {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return isPreference(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

export function writeThemePreference(preference: ThemePreference, storage: Storage | null = defaultStorage()): void {
  try {
    if (preference === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Not persisted; the choice still applies for this visit.
  }
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

export function applyTheme(theme: ResolvedTheme, root: HTMLElement = document.documentElement): void {
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
  const meta = document.querySelector('meta[name="theme-color"]');
  meta?.setAttribute('content', theme === 'dark' ? '#0b0d14' : '#f6f7fb');
}

// A tiny store so every toggle (top bar, signed-out screen) shares one preference.
let current: ThemePreference | null = null;
const listeners = new Set<() => void>();

function getPreference(): ThemePreference {
  current ??= readThemePreference();
  return current;
}

export function setThemePreference(preference: ThemePreference): void {
  current = preference;
  writeThemePreference(preference);
  applyTheme(resolveTheme(preference, systemPrefersDark()));
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== THEME_STORAGE_KEY) return;
    current = readThemePreference();
    applyTheme(resolveTheme(current, systemPrefersDark()));
    listeners.forEach((l) => l());
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Current preference plus a setter; follows the OS setting live while on "system" and syncs across tabs. */
export function useTheme(): { preference: ThemePreference; setPreference: (p: ThemePreference) => void } {
  const preference = useSyncExternalStore(subscribe, getPreference, getPreference);

  useEffect(() => {
    applyTheme(resolveTheme(preference, systemPrefersDark()));
    if (preference !== 'system' || typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia(DARK_QUERY);
    const onChange = (): void => applyTheme(resolveTheme('system', media.matches));
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [preference]);

  return { preference, setPreference: setThemePreference };
}

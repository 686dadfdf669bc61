// Thin wrappers over browser navigation APIs that tests replace (jsdom cannot navigate or open windows).

/** Opens a named, sized popup; null when the browser blocked it. Call it synchronously in a click handler. */
export function openPopup(name: string, features: string): Window | null {
  try {
    return window.open('', name, features);
  } catch {
    return null;
  }
}

/** Full-page navigation to another site (e.g. the Plex sign-in page). */
export function redirectTo(url: string): void {
  window.location.assign(url);
}

/** sessionStorage that never throws (privacy modes can refuse it). */
export const session = {
  get(key: string): string | null {
    try {
      return window.sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      window.sessionStorage.setItem(key, value);
    } catch {
      // Not kept; the flow still works, it just returns to the home page.
    }
  },
  remove(key: string): void {
    try {
      window.sessionStorage.removeItem(key);
    } catch {
      // nothing to do
    }
  },
};

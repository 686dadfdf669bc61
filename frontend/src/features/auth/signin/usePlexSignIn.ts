import { useCallback, useEffect, useRef, useState } from 'react';
import type { SignInFailure } from '../../../gql/graphql';
import { openPopup, redirectTo, session } from '../../../lib/browser';
import { errorSentence, isTransient, retryAfterSeconds } from '../../../lib/errors';
import { ApiError } from '../../../lib/graphql';
import { cancelPlexSignIn, checkPlexSignIn, startPlexSignIn, type CheckResult } from './api';

export const POLL_MS = 1000;
/** After the popup closes, one more check this much later (Plex may have just approved), then cancel. */
export const CLOSED_GRACE_MS = 1500;
/** Network blips in a row tolerated while polling before giving up. */
const MAX_TRANSIENT_ERRORS = 3;
export const POPUP_NAME = 'plex-auth';
export const POPUP_FEATURES = 'width=600,height=700';
/** Where the full-page fallback remembers its sign-in while the browser is at Plex. */
export const REDIRECT_KEY = 'medianest.plexSignIn';

export type SignInState =
  | { step: 'idle' }
  | { step: 'starting' }
  | { step: 'redirecting' }
  | { step: 'waiting'; id: string; via: 'popup' | 'redirect' }
  | { step: 'signedIn' }
  | { step: 'cancelled' }
  | { step: 'expired' }
  | { step: 'failed'; reason: SignInFailure | null; message: string }
  | { step: 'rateLimited'; until: number };

interface Stored {
  id: string;
  expiresAt: string | null;
  returnTo: string;
}

function readStored(): Stored | null {
  try {
    const raw = session.get(REDIRECT_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string') {
      const v = value as Partial<Stored>;
      return { id: v.id!, expiresAt: typeof v.expiresAt === 'string' ? v.expiresAt : null, returnTo: v.returnTo ?? '/' };
    }
  } catch {
    // unreadable: start from scratch
  }
  return null;
}

function safeReturnTo(path: string | undefined): string {
  // Only paths on this site, never "//evil.example" or the sign-in route itself.
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/signin')) return '/';
  return path;
}

interface Options {
  /** Where to go after signing in (the page the visitor asked for). */
  returnTo: string;
  /** Set when the browser came back from Plex to /signin?id=…: resume polling that sign-in. */
  resumeId?: string | null;
  /**
   * Called once Plex approved and the session cookie is set. Resolves false when the app still sees
   * no session afterwards (e.g. cookies blocked), which is then reported as a failure.
   */
  onSignedIn: (outcome: { needsSetup: boolean; returnTo: string }) => Promise<boolean>;
}

/**
 * The "Sign in with Plex" state machine: popup (or full-page fallback) → poll checkPlexSignIn about once
 * a second → signed in / failed / cancelled (popup closed or Cancel) / expired / rate limited.
 */
export function usePlexSignIn({ returnTo, resumeId = null, onSignedIn }: Options) {
  const [state, setState] = useState<SignInState>(() =>
    resumeId ? { step: 'waiting', id: resumeId, via: 'redirect' } : { step: 'idle' },
  );
  // Each attempt gets a number; answers that arrive for an older attempt are ignored.
  const run = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const popup = useRef<Window | null>(null);
  const attempt = useRef<{ id: string; expiresAt: number | null; returnTo: string; closedAt: number | null; errors: number } | null>(null);
  const onSignedInRef = useRef(onSignedIn);
  useEffect(() => {
    onSignedInRef.current = onSignedIn;
  });

  const stop = useCallback((closePopup: boolean) => {
    run.current += 1;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (closePopup && popup.current && !popup.current.closed) popup.current.close();
    if (closePopup) popup.current = null;
  }, []);

  const fail = useCallback(
    (error: unknown) => {
      stop(true);
      const wait = retryAfterSeconds(error);
      if (wait !== null) {
        setState({ step: 'rateLimited', until: Date.now() + wait * 1000 });
        return;
      }
      const message =
        error instanceof ApiError && error.code === 'NOT_FOUND'
          ? "This sign-in isn't valid in this browser any more. Start again."
          : errorSentence(error);
      setState({ step: 'failed', reason: null, message });
    },
    [stop],
  );

  const settle = useCallback(
    (result: Exclude<CheckResult, { __typename: 'PlexSignInPending' }>) => {
      const current = attempt.current;
      stop(true);
      session.remove(REDIRECT_KEY);
      if (result.__typename === 'SignedIn') {
        setState({ step: 'signedIn' });
        const noSession: SignInState = {
          step: 'failed',
          reason: null,
          message:
            "Plex approved the sign-in, but this browser didn't keep the session. Allow cookies for this site, then try again.",
        };
        void onSignedInRef.current({ needsSetup: result.needsSetup, returnTo: current?.returnTo ?? '/' })
          .catch(() => false)
          .then((ok) => {
            if (!ok) setState((s) => (s.step === 'signedIn' ? noSession : s));
          });
        return;
      }
      if (result.reason === 'EXPIRED') setState({ step: 'expired' });
      else if (result.reason === 'CANCELLED') setState({ step: 'cancelled' });
      else setState({ step: 'failed', reason: result.reason, message: result.message });
    },
    [stop],
  );

  const poll = useCallback(
    async (gen: number): Promise<void> => {
      const current = attempt.current;
      if (gen !== run.current || !current) return;
      const schedule = (ms: number): void => {
        timer.current = setTimeout(() => void poll(gen), ms);
      };
      if (current.expiresAt !== null && Date.now() >= current.expiresAt) {
        stop(true);
        session.remove(REDIRECT_KEY);
        setState({ step: 'expired' });
        return;
      }
      let result: CheckResult;
      try {
        result = await checkPlexSignIn(current.id);
      } catch (error) {
        if (gen !== run.current) return;
        if (isTransient(error) && ++current.errors < MAX_TRANSIENT_ERRORS) {
          schedule(POLL_MS * 2 * current.errors);
          return;
        }
        fail(error);
        return;
      }
      if (gen !== run.current) return;
      current.errors = 0;
      if (result.__typename !== 'PlexSignInPending') {
        settle(result);
        return;
      }
      const win = popup.current;
      if (win && win.closed) {
        if (current.closedAt === null) {
          current.closedAt = Date.now();
          schedule(CLOSED_GRACE_MS);
          return;
        }
        // Closed, and still not approved after the grace check: the visitor gave up.
        stop(true);
        const stopped = run.current;
        setState({ step: 'cancelled' });
        try {
          const final = await cancelPlexSignIn(current.id);
          // Approved in the last instant: the sign-in went through after all.
          if (final.__typename === 'SignedIn' && stopped === run.current) settle(final);
        } catch {
          // The server expires it anyway; nothing for the visitor to do.
        }
        return;
      }
      schedule(POLL_MS);
    },
    [fail, settle, stop],
  );

  const startRedirect = useCallback(
    async (gen: number) => {
      try {
        const result = await startPlexSignIn(true);
        if (gen !== run.current) return;
        if (result.__typename === 'PlexSignInFailed') {
          setState({ step: 'failed', reason: result.reason, message: result.message });
          return;
        }
        const stored: Stored = { id: result.id, expiresAt: result.expiresAt, returnTo: safeReturnTo(returnTo) };
        session.set(REDIRECT_KEY, JSON.stringify(stored));
        setState({ step: 'redirecting' });
        redirectTo(result.authUrl);
      } catch (error) {
        if (gen === run.current) fail(error);
      }
    },
    [fail, returnTo],
  );

  /** Begin (or retry). Must run synchronously inside a click handler so the popup is allowed. */
  const start = useCallback(() => {
    stop(true);
    const gen = run.current;
    attempt.current = null;
    const win = openPopup(POPUP_NAME, POPUP_FEATURES);
    setState({ step: 'starting' });
    if (!win) {
      void startRedirect(gen);
      return;
    }
    popup.current = win;
    try {
      win.document.title = 'Sign in with Plex';
      win.document.body.textContent = 'Connecting to Plex…';
      win.document.body.style.cssText = 'font: 16px system-ui, sans-serif; display: grid; place-items: center; height: 90vh; margin: 0;';
    } catch {
      // Not our document (or a test double): the page still loads Plex in a moment.
    }
    startPlexSignIn(false)
      .then((result) => {
        if (gen !== run.current) return;
        if (result.__typename === 'PlexSignInFailed') {
          stop(true);
          setState({ step: 'failed', reason: result.reason, message: result.message });
          return;
        }
        attempt.current = {
          id: result.id,
          expiresAt: Date.parse(result.expiresAt) || null,
          returnTo: safeReturnTo(returnTo),
          closedAt: null,
          errors: 0,
        };
        try {
          win.location.replace(result.authUrl);
        } catch {
          // Closed already: the first check notices and cancels.
        }
        setState({ step: 'waiting', id: result.id, via: 'popup' });
        timer.current = setTimeout(() => void poll(gen), POLL_MS);
      })
      .catch((error: unknown) => {
        if (gen === run.current) fail(error);
      });
  }, [fail, poll, returnTo, startRedirect, stop]);

  /** The visitor pressed Cancel. */
  const cancel = useCallback(() => {
    const current = attempt.current;
    stop(true);
    session.remove(REDIRECT_KEY);
    setState({ step: 'cancelled' });
    if (current) void cancelPlexSignIn(current.id).catch(() => undefined);
  }, [stop]);

  /** Bring the Plex window to the front (it may be hidden behind this one). */
  const focusPopup = useCallback(() => popup.current?.focus(), []);

  // Back from the full-page redirect: resume polling the sign-in named in the address.
  useEffect(() => {
    if (!resumeId) return;
    const stored = readStored();
    const mine = stored?.id === resumeId ? stored : null;
    attempt.current = {
      id: resumeId,
      expiresAt: mine?.expiresAt ? Date.parse(mine.expiresAt) || null : null,
      returnTo: safeReturnTo(mine?.returnTo),
      closedAt: null,
      errors: 0,
    };
    setState({ step: 'waiting', id: resumeId, via: 'redirect' });
    // Through a timer, so a mount that is immediately undone (React StrictMode) never sends a check:
    // a success answered to an abandoned request would leave the next check saying it failed.
    const gen = run.current;
    timer.current = setTimeout(() => void poll(gen), 0);
    return () => stop(false);
  }, [resumeId, poll, stop]);

  // Leaving the page stops polling (the popup, if any, is left for the visitor to close).
  useEffect(() => () => stop(false), [stop]);

  return { state, start, cancel, focusPopup };
}

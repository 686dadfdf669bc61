import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ThemeMenu } from '../../app/ThemeMenu';
import { Button, buttonClasses } from '../../components/Button';
import { Logo } from '../../components/icons';
import { setupKeys, useSetupStatus } from '../setup/api';
import { PlexMark } from './signin/PlexMark';
import { SignInStatus } from './signin/SignInStatus';
import { usePlexSignIn } from './signin/usePlexSignIn';
import { meKey } from './useMe';

/** Shown when `me` is null, at whatever address was asked for (and at /signin?id=… after the Plex redirect). */
export function SignedOutScreen() {
  const location = useLocation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const setup = useSetupStatus();

  const onSignIn = location.pathname === '/signin';
  const resumeId = onSignIn ? params.get('id') : null;
  const returnTo = onSignIn ? '/' : `${location.pathname}${location.search}`;

  const onSignedIn = useCallback(
    async ({ needsSetup, returnTo: target }: { needsSetup: boolean; returnTo: string }) => {
      // Go first, so the signed-in app opens right at the destination once `me` arrives.
      navigate(needsSetup ? '/setup' : target, { replace: true });
      void client.invalidateQueries({ queryKey: setupKeys.status });
      await client.refetchQueries({ queryKey: meKey });
      return Boolean(client.getQueryData(meKey));
    },
    [client, navigate],
  );

  const signIn = usePlexSignIn({ returnTo, resumeId, onSignedIn });
  const { step } = signIn.state;
  const busy = step === 'starting' || step === 'redirecting' || step === 'waiting' || step === 'signedIn';
  const showButton = !busy && step !== 'failed' && step !== 'expired' && step !== 'rateLimited';
  const serverName = setup.data?.serverName;
  const button = useRef<HTMLButtonElement>(null);

  // After a cancel the Cancel button is gone: put keyboard focus back on "Sign in with Plex".
  useEffect(() => {
    if (step === 'cancelled' && (document.activeElement === document.body || document.activeElement === null)) {
      button.current?.focus();
    }
  }, [step]);

  return (
    <div className="relative flex min-h-dvh flex-col items-center justify-center bg-bg px-4 py-12">
      <title>Sign in · MediaNest</title>
      <div className="absolute top-4 right-4">
        <ThemeMenu />
      </div>
      <main className="w-full max-w-sm">
        <div className="flex flex-col items-center text-center">
          <Logo size={56} />
          <h1 className="mt-5 text-2xl font-semibold tracking-tight text-fg">MediaNest</h1>
          <p className="mt-1 text-sm text-fg-muted">
            {serverName ? (
              <>
                The portal for <span className="font-medium text-fg">{serverName}</span>
              </>
            ) : (
              'Your media server, for friends and family.'
            )}
          </p>
        </div>
        <section
          aria-labelledby="signin-heading"
          className="mt-8 rounded-2xl border border-line bg-surface p-6 text-center shadow-card"
        >
          <h2 id="signin-heading" className="text-base font-semibold text-fg">
            Welcome
          </h2>
          <p className="mt-2 text-sm text-fg-muted">
            Sign in with the Plex account the server is shared with. Your Plex password never reaches MediaNest.
          </p>
          {showButton ? (
            <Button
              ref={button}
              variant="primary"
              className="mt-6 h-11 w-full text-[15px]"
              icon={<PlexMark size={22} />}
              onClick={signIn.start}
            >
              Sign in with Plex
            </Button>
          ) : null}
          {showButton && setup.data?.oidcEnabled ? (
            <a
              href="/auth/oidc/start"
              className={buttonClasses('secondary', 'md', 'mt-3 h-11 w-full text-[15px]')}
            >
              Sign in with {setup.data.oidcLabel ?? 'single sign-on'}
            </a>
          ) : null}
          <SignInStatus state={signIn.state} onRetry={signIn.start} onCancel={signIn.cancel} onShowPopup={signIn.focusPopup} />
          {setup.data && !setup.data.configured ? (
            <p className="mt-5 text-xs text-fg-subtle">
              First time here? The Plex server's owner signs in first to set MediaNest up; everyone else can sign in
              after that.
            </p>
          ) : null}
        </section>
        <p className="mt-6 px-2 text-center text-xs text-fg-subtle">
          Locked out? An admin can print a one-time sign-in link on the server with{' '}
          <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-[11px] text-fg-muted">medianest admin-link</code>.
        </p>
      </main>
    </div>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../../components/Button';
import { AlertIcon, BanIcon, CheckCircleIcon, ClockIcon, RefreshIcon, SpinnerIcon } from '../../../components/icons';
import type { SignInFailure } from '../../../gql/graphql';
import type { SignInState } from './usePlexSignIn';

const FAILURE_TITLES: Record<SignInFailure, string> = {
  NO_ACCESS: 'No access to this server',
  DISABLED: 'Your account is disabled',
  NOT_SET_UP: "MediaNest isn't set up yet",
  PLEX_UNREACHABLE: "Can't reach Plex",
  PLEX_REFUSED: 'Plex refused the sign-in',
  EXPIRED: 'The Plex sign-in expired',
  CANCELLED: 'Sign-in cancelled',
};

/** Whole seconds left until `until` (ms), ticking once a second. */
function useSecondsLeft(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

interface Props {
  state: SignInState;
  onRetry: () => void;
  onCancel: () => void;
  onShowPopup: () => void;
}

type Tone = 'busy' | 'ok' | 'bad' | 'muted';

function Line({ tone, icon, title, children }: { tone: Tone; icon: ReactNode; title: string; children?: ReactNode }) {
  const color = {
    busy: 'text-accent-text',
    ok: 'text-emerald-600 dark:text-emerald-400',
    bad: 'text-red-600 dark:text-red-400',
    muted: 'text-fg-subtle',
  }[tone];
  return (
    <div className="flex items-start gap-3 text-left">
      <span className={`mt-0.5 shrink-0 ${color}`}>{icon}</span>
      <div className="min-w-0">
        <p className="text-sm font-semibold text-fg">{title}</p>
        {children ? <div className="mt-0.5 text-sm text-fg-muted">{children}</div> : null}
      </div>
    </div>
  );
}

/** What the Plex sign-in is doing right now, announced politely; its main action gets focus as it appears. */
export function SignInStatus({ state, onRetry, onCancel, onShowPopup }: Props) {
  const region = useRef<HTMLDivElement>(null);
  const secondsLeft = useSecondsLeft(state.step === 'rateLimited' ? state.until : null);

  useEffect(() => {
    region.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [state.step]);

  const retry = (label = 'Retry', disabled = false) => (
    <Button data-autofocus variant="primary" icon={<RefreshIcon size={16} />} onClick={onRetry} disabled={disabled}>
      {label}
    </Button>
  );

  let body: ReactNode = null;
  let actions: ReactNode = null;
  switch (state.step) {
    case 'idle':
      break;
    case 'starting':
      body = <Line tone="busy" icon={<SpinnerIcon size={20} />} title="Connecting to Plex…" />;
      break;
    case 'redirecting':
      body = <Line tone="busy" icon={<SpinnerIcon size={20} />} title="Taking you to Plex…" />;
      break;
    case 'waiting':
      body =
        state.via === 'popup' ? (
          <Line tone="busy" icon={<SpinnerIcon size={20} />} title="Waiting for Plex…">
            Approve the sign-in in the Plex window. This page carries on by itself.
          </Line>
        ) : (
          <Line tone="busy" icon={<SpinnerIcon size={20} />} title="Finishing your Plex sign-in…">
            Checking with Plex that you approved it.
          </Line>
        );
      actions = (
        <>
          <Button data-autofocus onClick={onCancel}>
            Cancel
          </Button>
          {state.via === 'popup' ? (
            <Button variant="ghost" onClick={onShowPopup}>
              Show the Plex window
            </Button>
          ) : null}
        </>
      );
      break;
    case 'signedIn':
      body = <Line tone="ok" icon={<CheckCircleIcon size={20} />} title="Signed in. Loading MediaNest…" />;
      break;
    case 'cancelled':
      body = (
        <Line tone="muted" icon={<BanIcon size={20} />} title="Sign-in cancelled">
          The Plex window was closed before the sign-in was approved. Start again whenever you're ready.
        </Line>
      );
      break;
    case 'expired':
      body = (
        <Line tone="bad" icon={<ClockIcon size={20} />} title="The Plex sign-in expired">
          It wasn't approved in time. Start again and approve it in the Plex window.
        </Line>
      );
      actions = retry();
      break;
    case 'rateLimited':
      body = (
        <Line
          tone="bad"
          icon={<ClockIcon size={20} />}
          title={secondsLeft > 0 ? `Too many attempts, try again in ${secondsLeft} s` : 'You can try again now'}
        >
          Sign-ins from this network are limited for a moment to keep accounts safe.
        </Line>
      );
      actions = retry('Retry', secondsLeft > 0);
      break;
    case 'failed':
      body = (
        <Line tone="bad" icon={<AlertIcon size={20} />} title={state.reason ? FAILURE_TITLES[state.reason] : "Couldn't sign in"}>
          {state.message}
        </Line>
      );
      actions = retry();
      break;
  }

  return (
    <div
      ref={region}
      data-testid="signin-status"
      data-step={state.step}
      className={body ? 'mt-5 rounded-xl border border-line bg-surface-muted/60 p-4' : ''}
    >
      <div role="status" aria-live="polite">
        {body}
      </div>
      {actions ? <div className="mt-4 flex flex-wrap gap-2 pl-8">{actions}</div> : null}
    </div>
  );
}

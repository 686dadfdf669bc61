import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocation } from 'react-router';
import { gqlError, mockGraphQL, type GraphQLMock } from '../../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../../test/render';
import { SignedOutScreen } from '../SignedOutScreen';
import { useMe } from '../useMe';
import { REDIRECT_KEY } from './usePlexSignIn';

interface FakePopup {
  closed: boolean;
  close: () => void;
  focus: () => void;
  location: { replace: (url: string) => void };
}

const browser = vi.hoisted(() => ({
  popup: null as FakePopup | null,
  opened: [] as Array<[string, string]>,
  redirects: [] as string[],
}));

vi.mock('../../../lib/browser', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/browser')>()),
  openPopup: (name: string, features: string) => {
    browser.opened.push([name, features]);
    return browser.popup;
  },
  redirectTo: (url: string) => browser.redirects.push(url),
}));

function makePopup(): FakePopup {
  const popup: FakePopup = {
    closed: false,
    close: vi.fn(() => {
      popup.closed = true;
    }),
    focus: vi.fn(),
    location: { replace: vi.fn() },
  };
  return popup;
}

/** The app's gate in miniature: signed-out screen until `me` has a user, plus where the router is. */
function Harness() {
  const me = useMe();
  const location = useLocation();
  return (
    <>
      <p data-testid="path">{`${location.pathname}${location.search}`}</p>
      {me.data ? <p>Signed in as {me.data.displayName}</p> : me.isPending ? null : <SignedOutScreen />}
    </>
  );
}

const AUTH_URL = 'https://app.plex.tv/auth#?code=abc';
const NOW = Date.UTC(2026, 0, 10, 12, 0, 0);
const started = (expiresInMs = 15 * 60_000) => ({
  startPlexSignIn: { __typename: 'PlexSignInStarted', id: 'si-1', authUrl: AUTH_URL, expiresAt: new Date(NOW + expiresInMs).toISOString() },
});
const pending = { checkPlexSignIn: { __typename: 'PlexSignInPending', id: 'si-1' } };
const signedIn = (needsSetup = false) => ({
  checkPlexSignIn: { __typename: 'SignedIn', needsSetup, user: { id: '7', displayName: 'Alice' } },
});

let gql: GraphQLMock;
let signedInNow: boolean;

function setup(route = '/jobs') {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const utils = renderWithProviders(<Harness />, { route });
  return { user, ...utils };
}

const status = () => screen.getByTestId('signin-status');
const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  // Testing Library advances fake timers while waiting only when it sees a `jest` global.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  sessionStorage.clear();
  browser.popup = makePopup();
  browser.opened = [];
  browser.redirects = [];
  signedInNow = false;
  gql = mockGraphQL({
    Me: () => ({ me: signedInNow ? makeViewer({ displayName: 'Alice', isAdmin: false, role: 'USER' }) : null }),
    SetupStatus: () => ({ setupStatus: { configured: true, serverName: 'Olivia’s Plex' } }),
    StartPlexSignIn: () => started(),
    CheckPlexSignIn: () => pending,
    CancelPlexSignIn: () => ({ cancelPlexSignIn: { __typename: 'PlexSignInFailed', reason: 'CANCELLED', message: 'The Plex sign-in was cancelled.' } }),
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Sign in with Plex', () => {
  it('opens the popup in the click, points it at Plex, waits, then signs in and returns to the page asked for', async () => {
    const { user } = setup('/jobs');
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));

    expect(browser.opened).toEqual([['plex-auth', 'width=600,height=700']]);
    await tick(0);
    expect(gql.callsTo('StartPlexSignIn')).toEqual([{ redirect: false }]);
    expect(browser.popup!.location.replace).toHaveBeenCalledWith(AUTH_URL);
    expect(status()).toHaveTextContent('Waiting for Plex…');
    expect(status()).toHaveTextContent('Approve the sign-in in the Plex window');
    expect(within(status()).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();

    await tick(1000);
    expect(gql.callsTo('CheckPlexSignIn')).toEqual([{ id: 'si-1' }]);
    expect(status()).toHaveTextContent('Waiting for Plex…');

    gql.handlers.CheckPlexSignIn = () => {
      signedInNow = true;
      return signedIn(false);
    };
    await tick(1000);
    expect(await screen.findByText('Signed in as Alice')).toBeInTheDocument();
    expect(browser.popup!.close).toHaveBeenCalled();
    expect(screen.getByTestId('path')).toHaveTextContent('/jobs');
    await tick(5000);
    expect(gql.callsTo('CheckPlexSignIn')).toHaveLength(2);
  });

  it('sends the owner to /setup when the server needs setting up', async () => {
    const { user } = setup('/');
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));
    gql.handlers.CheckPlexSignIn = () => {
      signedInNow = true;
      return signedIn(true);
    };
    await tick(1000);
    expect(await screen.findByText('Signed in as Alice')).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent('/setup');
  });

  it('shows why Plex refused, with a Retry that starts over', async () => {
    gql.handlers.CheckPlexSignIn = () => ({
      checkPlexSignIn: {
        __typename: 'PlexSignInFailed',
        reason: 'NO_ACCESS',
        message: 'Your Plex account (carol) has no access to Olivia’s Plex.',
      },
    });
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));
    await tick(1000);
    expect(status()).toHaveAttribute('data-step', 'failed');
    expect(status()).toHaveTextContent('No access to this server');
    expect(status()).toHaveTextContent('has no access to Olivia’s Plex');
    expect(browser.popup!.close).toHaveBeenCalled();

    browser.popup = makePopup();
    await user.click(within(status()).getByRole('button', { name: 'Retry' }));
    expect(browser.opened).toHaveLength(2);
    await tick(0);
    expect(gql.callsTo('StartPlexSignIn')).toHaveLength(2);
    expect(status()).toHaveTextContent('Waiting for Plex…');
  });

  it('treats a closed popup as cancelled after one more check', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));
    await tick(0);
    browser.popup!.closed = true;

    await tick(1000); // pending, popup closed: grace period starts
    expect(gql.callsTo('CheckPlexSignIn')).toHaveLength(1);
    expect(gql.callsTo('CancelPlexSignIn')).toHaveLength(0);
    expect(status()).toHaveTextContent('Waiting for Plex…');

    await tick(1500); // still pending after the grace check: give up
    expect(gql.callsTo('CheckPlexSignIn')).toHaveLength(2);
    expect(gql.callsTo('CancelPlexSignIn')).toEqual([{ id: 'si-1' }]);
    expect(status()).toHaveTextContent('Sign-in cancelled');
    expect(screen.getByRole('button', { name: 'Sign in with Plex' })).toBeInTheDocument();
    await tick(5000);
    expect(gql.callsTo('CheckPlexSignIn')).toHaveLength(2);
  });

  it('still signs in when Plex approves during the grace check', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));
    await tick(0);
    browser.popup!.closed = true;
    await tick(1000);
    gql.handlers.CheckPlexSignIn = () => {
      signedInNow = true;
      return signedIn(false);
    };
    await tick(1500);
    expect(await screen.findByText('Signed in as Alice')).toBeInTheDocument();
    expect(gql.callsTo('CancelPlexSignIn')).toHaveLength(0);
  });

  it('Cancel stops polling, closes the popup and cancels on the server', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));
    await tick(0);
    await user.click(within(status()).getByRole('button', { name: 'Cancel' }));
    expect(browser.popup!.close).toHaveBeenCalled();
    expect(status()).toHaveTextContent('Sign-in cancelled');
    await tick(0);
    expect(gql.callsTo('CancelPlexSignIn')).toEqual([{ id: 'si-1' }]);
    await tick(5000);
    expect(gql.callsTo('CheckPlexSignIn')).toHaveLength(0);
  });

  it('stops at expiresAt and offers Retry', async () => {
    gql.handlers.StartPlexSignIn = () => started(3000);
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));
    await tick(0);
    await tick(4000);
    expect(status()).toHaveAttribute('data-step', 'expired');
    expect(status()).toHaveTextContent('The Plex sign-in expired');
    expect(within(status()).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    const checks = gql.callsTo('CheckPlexSignIn').length;
    await tick(5000);
    expect(gql.callsTo('CheckPlexSignIn')).toHaveLength(checks);
  });

  it('falls back to a full-page redirect when the popup is blocked', async () => {
    browser.popup = null;
    const { user } = setup('/admin/users');
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));
    await tick(0);
    expect(gql.callsTo('StartPlexSignIn')).toEqual([{ redirect: true }]);
    expect(browser.redirects).toEqual([AUTH_URL]);
    expect(status()).toHaveTextContent('Taking you to Plex…');
    expect(JSON.parse(sessionStorage.getItem(REDIRECT_KEY)!)).toMatchObject({ id: 'si-1', returnTo: '/admin/users' });
  });

  it('resumes polling at /signin?id=… after the redirect and returns to the remembered page', async () => {
    sessionStorage.setItem(REDIRECT_KEY, JSON.stringify({ id: 'si-9', expiresAt: null, returnTo: '/admin/users' }));
    gql.handlers.CheckPlexSignIn = ({ id }) => {
      signedInNow = id === 'si-9';
      return signedIn(false);
    };
    setup('/signin?id=si-9');
    expect(await screen.findByText('Signed in as Alice')).toBeInTheDocument();
    expect(gql.callsTo('CheckPlexSignIn')).toEqual([{ id: 'si-9' }]);
    expect(screen.getByTestId('path')).toHaveTextContent('/admin/users');
    expect(sessionStorage.getItem(REDIRECT_KEY)).toBeNull();
  });

  it('sends one check, not two, when StrictMode mounts the resumed sign-in twice', async () => {
    gql.handlers.CheckPlexSignIn = () => {
      signedInNow = true;
      return signedIn(false);
    };
    renderWithProviders(
      <StrictMode>
        <Harness />
      </StrictMode>,
      { route: '/signin?id=si-9' },
    );
    expect(await screen.findByText('Signed in as Alice')).toBeInTheDocument();
    expect(gql.callsTo('CheckPlexSignIn')).toHaveLength(1);
  });

  it('says so when Plex is unreachable instead of spinning, and Retry tries again', async () => {
    gql.handlers.StartPlexSignIn = () => ({
      startPlexSignIn: { __typename: 'PlexSignInFailed', reason: 'PLEX_UNREACHABLE', message: 'Plex is unreachable right now.' },
    });
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));
    await tick(0);
    expect(status()).toHaveTextContent("Can't reach Plex");
    expect(status()).toHaveTextContent('Plex is unreachable right now.');
    expect(browser.popup!.close).toHaveBeenCalled();
    expect(within(status()).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('counts down a rate limit before Retry is allowed', async () => {
    gql.handlers.StartPlexSignIn = () => gqlError('RATE_LIMITED', 'Too many sign-in attempts.', { retryAfter: 42 });
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in with Plex' }));
    await tick(0);
    expect(status()).toHaveTextContent('Too many attempts, try again in 42 s');
    expect(within(status()).getByRole('button', { name: 'Retry' })).toBeDisabled();
    await tick(2000);
    expect(status()).toHaveTextContent('try again in 40 s');
    await tick(40_000);
    expect(within(status()).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});

import { Logo, LinkIcon } from '../../components/icons';
import { ThemeMenu } from '../../app/ThemeMenu';

/** Shown when `me` is null. Sign-in happens through the one-time link an admin creates. */
export function SignedOutScreen() {
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
          <p className="mt-1 text-sm text-fg-muted">Your media server, for friends and family.</p>
        </div>
        <section
          aria-labelledby="signin-heading"
          className="mt-8 rounded-2xl border border-line bg-surface p-6 text-center shadow-card"
        >
          <div className="mx-auto grid size-11 place-items-center rounded-full bg-accent-soft text-accent-text">
            <LinkIcon size={22} />
          </div>
          <h2 id="signin-heading" className="mt-4 text-base font-semibold text-fg">
            You're signed out
          </h2>
          <p className="mt-2 text-sm text-fg-muted">
            Sign in with the one-time link your server admin gave you. Open it in this browser and you'll land
            right back here, signed in.
          </p>
          <p className="mt-4 text-xs text-fg-subtle">
            No link, or it expired? Ask your admin for a new one — each link works once.
          </p>
        </section>
      </main>
    </div>
  );
}

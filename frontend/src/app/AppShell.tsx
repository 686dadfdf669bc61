import { useCallback, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AnnouncementBanners } from '../features/announcements/AnnouncementBanners';
import { useLiveAnnouncements } from '../features/announcements/api';
import { useViewer } from '../features/auth/useMe';
import { useLiveDownloads } from '../features/downloads/useLiveDownloads';
import { useLiveJobs } from '../features/jobs/useLiveJobs';
import { useLiveNotifications } from '../features/notifications/useLiveNotifications';
import { SetupBanner } from '../features/setup/SetupBanner';
import { useLiveFeatureStatus } from '../features/status/features';
import { MobileDrawer } from './MobileDrawer';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { Brand, SidebarFooter, SidebarNav } from './SidebarContent';
import { TopBar } from './TopBar';

// Pages that use the full width of big screens (the poster grid grows to 8 columns).
const WIDE_PAGES = /^\/library\/?$/;

export function AppShell() {
  useLiveJobs();
  useLiveDownloads(useViewer().id);
  useLiveNotifications();
  useLiveFeatureStatus();
  useLiveAnnouncements();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  const width = WIDE_PAGES.test(pathname) ? 'max-w-[100rem]' : 'max-w-5xl';

  // After client-side navigation: start at the top, and move focus to the new page so screen readers
  // begin reading its content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    setDrawerOpen(false);
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="min-h-dvh bg-bg">
      <a
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
        className="sr-only rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-fg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-[60]"
      >
        Skip to main content
      </a>

      <aside className="fixed inset-y-0 left-0 z-20 hidden w-64 flex-col border-r border-line bg-surface lg:flex">
        <div className="flex h-16 items-center border-b border-line px-6">
          <Brand />
        </div>
        <SidebarNav />
        <SidebarFooter />
      </aside>

      <MobileDrawer open={drawerOpen} onClose={closeDrawer} />

      <div className="lg:pl-64">
        <TopBar onOpenMenu={() => setDrawerOpen(true)} menuOpen={drawerOpen} />
        <AnnouncementBanners className={`mx-auto w-full ${width} px-4 pt-4 sm:px-6 lg:px-8`} />
        <main
          ref={mainRef}
          id="main"
          tabIndex={-1}
          className={`mx-auto w-full ${width} px-4 py-6 outline-none sm:px-6 lg:px-8 lg:py-8`}
        >
          <SetupBanner />
          <ErrorBoundary key={pathname} fallback={<RouteErrorPage />}>
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}

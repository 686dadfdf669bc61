import { Route, Routes } from 'react-router';
import { DownloadIcon, LibraryIcon, RequestsIcon } from '../components/icons';
import { RequireAdmin } from '../features/auth/RequireAdmin';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { JobsPage } from '../features/jobs/JobsPage';
import { AppShell } from './AppShell';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { NotFoundPage } from './pages/NotFoundPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<DashboardPage />} />
        <Route
          path="library"
          element={
            <ComingSoonPage
              title="Library"
              description="Browse the movies and shows on this Plex server."
              icon={<LibraryIcon size={22} />}
              emptyTitle="The library isn't set up yet"
              emptyText="This server hasn't connected its Plex library yet. Once your admin does, you'll browse everything here."
            />
          }
        />
        <Route
          path="requests"
          element={
            <ComingSoonPage
              title="Requests"
              description="Ask for movies and shows you'd like on the server."
              icon={<RequestsIcon size={22} />}
              emptyTitle="Requests aren't set up yet"
              emptyText="Requesting media isn't turned on for this server yet. Your admin can enable it in a later update."
            />
          }
        />
        <Route
          path="downloads"
          element={
            <ComingSoonPage
              title="Downloads"
              description="Save YouTube videos straight into Plex."
              icon={<DownloadIcon size={22} />}
              emptyTitle="Downloads aren't set up yet"
              emptyText="YouTube downloads aren't configured on this server yet. Once they are, your downloads will appear here."
            />
          }
        />
        <Route
          path="jobs"
          element={
            <RequireAdmin>
              <JobsPage />
            </RequireAdmin>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { Navigate, Route, Routes } from 'react-router';
import { AuditPage } from '../features/admin/audit/AuditPage';
import { SettingsPage } from '../features/admin/settings/SettingsPage';
import { UsersPage } from '../features/admin/users/UsersPage';
import { AnnouncementsPage } from '../features/announcements/AnnouncementsPage';
import { canManageSettings, canManageUsers } from '../features/auth/access';
import { RequireAccess, RequireAdmin } from '../features/auth/RequireAdmin';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DownloadsRoute } from '../features/downloads/routes';
import { JobsPage } from '../features/jobs/JobsPage';
import { ItemRoute, LibraryRoute, SearchRoute } from '../features/library/routes';
import { ProfilePage } from '../features/profile/ProfilePage';
import { MediaDetailsRoute, RequestsRoute } from '../features/requests/routes';
import { SetupPage } from '../features/setup/SetupPage';
import { StatusRoute } from '../features/status/routes';
import { AppShell } from './AppShell';
import { NotFoundPage } from './pages/NotFoundPage';

export function AppRoutes() {
  return (
    <Routes>
      {/* Back from Plex while already signed in (or a stale bookmark): nothing to finish here. */}
      <Route path="signin" element={<Navigate to="/" replace />} />
      <Route element={<AppShell />}>
        <Route index element={<DashboardPage />} />
        <Route path="library" element={<LibraryRoute />} />
        <Route path="library/item/:id" element={<ItemRoute />} />
        <Route path="search" element={<SearchRoute />} />
        <Route path="status" element={<StatusRoute />} />
        <Route path="requests" element={<RequestsRoute />} />
        <Route path="requests/:mediaType/:tmdbId" element={<MediaDetailsRoute />} />
        <Route path="downloads" element={<DownloadsRoute />} />
        <Route
          path="jobs"
          element={
            <RequireAdmin>
              <JobsPage />
            </RequireAdmin>
          }
        />
        <Route
          path="setup"
          element={
            <RequireAdmin>
              <SetupPage />
            </RequireAdmin>
          }
        />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="admin">
          <Route index element={<Navigate to="/admin/users" replace />} />
          <Route
            path="users"
            element={
              <RequireAccess allow={canManageUsers} audience="people who manage users">
                <UsersPage />
              </RequireAccess>
            }
          />
          <Route
            path="settings"
            element={
              <RequireAccess allow={canManageSettings} audience="people who manage settings">
                <SettingsPage />
              </RequireAccess>
            }
          />
          <Route
            path="announcements"
            element={
              <RequireAdmin>
                <AnnouncementsPage />
              </RequireAdmin>
            }
          />
          <Route
            path="audit"
            element={
              <RequireAdmin>
                <AuditPage />
              </RequireAdmin>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { hasPermission } from '../auth/access';
import type { Viewer } from '../auth/useMe';

/** Admins and people with MANAGE_REQUESTS see everyone's requests and approve, decline or delete them. */
export const canManageRequests = (viewer: Pick<Viewer, 'isAdmin' | 'permissions'>): boolean =>
  hasPermission(viewer, 'MANAGE_REQUESTS');

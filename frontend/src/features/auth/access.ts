import type { Permission } from '../../gql/graphql';
import type { Viewer } from './useMe';

type Who = Pick<Viewer, 'isAdmin' | 'permissions'>;

/** Admins can do everything; everyone else needs the permission itself (the server's rule). */
export function hasPermission(viewer: Who, permission: Permission): boolean {
  return viewer.isAdmin || viewer.permissions.includes(permission);
}

export const canManageUsers = (viewer: Who): boolean => hasPermission(viewer, 'MANAGE_USERS');
export const canManageSettings = (viewer: Who): boolean => hasPermission(viewer, 'MANAGE_SETTINGS');

/** Whether the "Admin" navigation section has anything for this viewer. */
export function canSeeAdmin(viewer: Who): boolean {
  return viewer.isAdmin || canManageUsers(viewer) || canManageSettings(viewer);
}

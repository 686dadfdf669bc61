import { hasPermission } from '../auth/access';
import type { Viewer } from '../auth/useMe';

type Who = Pick<Viewer, 'isAdmin' | 'permissions'>;

/** People with DOWNLOAD (and admins) preview links and queue downloads. */
export const canDownload = (viewer: Who): boolean => hasPermission(viewer, 'DOWNLOAD');

/** Only admins see everyone's downloads and approve or decline them (the server's rule: no permission grants it). */
export const canManageDownloads = (viewer: Who): boolean => viewer.isAdmin;

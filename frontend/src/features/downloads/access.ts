import { hasPermission } from '../auth/access';
import type { Viewer } from '../auth/useMe';

type Who = Pick<Viewer, 'isAdmin' | 'permissions'>;

/** People with DOWNLOAD (and admins) preview links and queue downloads. */
export const canDownload = (viewer: Who): boolean => hasPermission(viewer, 'DOWNLOAD');

/**
 * Whoever may approve media requests approves downloads too (the server's rule): admins and people with
 * MANAGE_REQUESTS see the approval queue and Approve / Decline.
 */
export const canApproveDownloads = (viewer: Who): boolean => hasPermission(viewer, 'MANAGE_REQUESTS');

/**
 * Only admins see everyone's downloads and follow them live (`everyone: true`): no permission grants it,
 * and the server refuses the subscription to anyone else.
 */
export const canSeeAllDownloads = (viewer: Who): boolean => viewer.isAdmin;

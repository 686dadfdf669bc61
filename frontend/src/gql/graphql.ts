/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AnnouncementSeverity =
  | 'INFO'
  | 'MAINTENANCE'
  | 'OUTAGE'
  | 'WARNING';

export type Availability =
  | 'MISSING'
  | 'ON_PLEX'
  | 'PARTIAL'
  | 'PROCESSING'
  | 'REQUESTED';

export type CreateApiTokenInput = {
  expiresAt?: string | null | undefined;
  name: string;
  scopes: Array<Scope>;
};

export type DownloadContainer =
  | 'M4A'
  | 'MKV'
  | 'MP3'
  | 'MP4'
  | 'WEBM';

export type DownloadErrorCode =
  | 'BOT_BLOCKED'
  | 'INTERNAL'
  | 'NETWORK'
  | 'RESTRICTED'
  | 'SITE_NOT_ALLOWED'
  | 'STALLED'
  | 'STORAGE'
  | 'TOO_LARGE'
  | 'TOO_LONG'
  | 'UNAVAILABLE'
  | 'UNSUPPORTED';

export type DownloadKind =
  | 'PLAYLIST'
  | 'VIDEO';

export type DownloadLayout =
  | 'PER_USER'
  | 'SHARED';

export type DownloadPhase =
  | 'DONE'
  | 'DOWNLOADING'
  | 'EXTRACTING'
  | 'MOVING'
  | 'PROCESSING'
  | 'SCANNING'
  | 'WAITING';

export type DownloadQuality =
  | 'AUDIO'
  | 'BEST'
  | 'P480'
  | 'P720'
  | 'P1080';

export type DownloadSettingsInput = {
  allowedSites?: Array<string> | null | undefined;
  /** A Netscape cookies.txt for sites that ask to sign in; empty clears it. */
  cookies?: string | null | undefined;
  layout?: DownloadLayout | null | undefined;
  maxDurationMinutes?: number | null | undefined;
  maxFileSizeMb?: number | null | undefined;
  /** Pause (or resume) starting downloads. */
  paused?: boolean | null | undefined;
  plexPath?: string | null | undefined;
  plexSectionKey?: string | null | undefined;
  /** 0 keeps files forever. */
  retentionDays?: number | null | undefined;
};

export type DownloadStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'FAILED'
  | 'PENDING_APPROVAL'
  | 'QUEUED'
  | 'RUNNING';

export type EnqueueDownloadInput = {
  container?: DownloadContainer;
  /** A playlist's first N videos only. */
  maxVideos?: number | null | undefined;
  quality?: DownloadQuality;
  url: string;
};

export type JobStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type LibrarySort =
  | 'ADDED'
  | 'RATING'
  | 'TITLE'
  | 'YEAR';

export type MediaAvailability =
  | 'AVAILABLE'
  | 'BLOCKLISTED'
  | 'DELETED'
  | 'PARTIALLY_AVAILABLE'
  | 'PENDING'
  | 'PROCESSING'
  | 'UNKNOWN';

export type MediaType =
  | 'EPISODE'
  | 'MOVIE'
  | 'SEASON'
  | 'SHOW';

export type MonitorStatus =
  | 'DOWN'
  | 'MAINTENANCE'
  | 'PENDING'
  | 'UNKNOWN'
  | 'UP';

export type NotificationChannel =
  | 'DISCORD'
  | 'EMAIL'
  | 'WEBHOOK';

export type NotificationChannelsInput = {
  /** Empty clears it. */
  discordUrl?: string | null | undefined;
  smtpFrom?: string | null | undefined;
  smtpHost?: string | null | undefined;
  /** Empty clears it. */
  smtpPassword?: string | null | undefined;
  smtpPort?: number | null | undefined;
  smtpStarttls?: boolean | null | undefined;
  smtpUsername?: string | null | undefined;
  /** Empty clears it. */
  webhookSecret?: string | null | undefined;
  webhookUrl?: string | null | undefined;
};

export type NotificationKind =
  | 'ANNOUNCEMENT'
  | 'DOWNLOAD_FAILED'
  | 'DOWNLOAD_FINISHED'
  | 'REQUEST_APPROVED'
  | 'REQUEST_AVAILABLE'
  | 'REQUEST_DECLINED'
  | 'SERVICE_DOWN'
  | 'SERVICE_UP';

export type Permission =
  | 'AUTO_APPROVE'
  | 'DOWNLOAD'
  | 'DOWNLOAD_NO_APPROVAL'
  | 'MANAGE_REQUESTS'
  | 'MANAGE_SETTINGS'
  | 'MANAGE_USERS'
  | 'REQUEST';

export type RequestMediaInput = {
  is4k?: boolean;
  mediaType: string;
  note?: string;
  posterPath?: string | null | undefined;
  seasons?: Array<number> | null | undefined;
  title: string;
  tmdbId: number;
  year?: number | null | undefined;
};

export type RequestStatus =
  | 'APPROVED'
  | 'AVAILABLE'
  | 'DECLINED'
  | 'FAILED'
  | 'PARTIALLY_AVAILABLE'
  | 'PENDING'
  | 'PROCESSING'
  | 'QUEUED';

export type RequestableType =
  | 'MOVIE'
  | 'TV';

export type Role =
  | 'ADMIN'
  | 'USER';

export type Scope =
  | 'ADMIN'
  | 'DOWNLOAD'
  | 'READ'
  | 'REQUEST';

export type Service =
  | 'OIDC'
  | 'OVERSEERR'
  | 'PLEX'
  | 'UPTIME_KUMA';

export type ServiceSettingsInput = {
  clientId?: string | null | undefined;
  enabled?: boolean | null | undefined;
  label?: string | null | undefined;
  /** Token or API key; null keeps the stored one, "" clears it. */
  secret?: string | null | undefined;
  slug?: string | null | undefined;
  url?: string | null | undefined;
  /** Overseerr only; null keeps the stored one, "" clears it. */
  webhookSecret?: string | null | undefined;
};

export type SignInFailure =
  | 'CANCELLED'
  | 'DISABLED'
  | 'EXPIRED'
  | 'NOT_SET_UP'
  | 'NO_ACCESS'
  | 'PLEX_REFUSED'
  | 'PLEX_UNREACHABLE';

export type UpdateUserInput = {
  active?: boolean | null | undefined;
  /** Largest file they may download; null: default. */
  downloadMaxMb?: number | null | undefined;
  /** Longest video they may download; null: default. */
  downloadMaxMinutes?: number | null | undefined;
  /** null returns the user to the global default */
  downloadsPerDay?: number | null | undefined;
  permissions?: Array<Permission> | null | undefined;
  /** null returns the user to the global default */
  requestsPerWeek?: number | null | undefined;
  role?: Role | null | undefined;
};

export type UserDefaultsInput = {
  downloadsPerDay: number;
  permissions: Array<Permission>;
  requestsPerWeek: number;
};

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { version: string, mode: string } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  action?: string | null | undefined;
  targetType?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, action: string, targetType: string, targetId: string | null, before: unknown, after: unknown, createdAt: string, actor: { id: string, displayName: string, username: string, avatarUrl: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceSettingsFieldsFragment = { plex: { url: string | null, tokenSet: boolean, machineIdentifier: string | null, serverName: string | null, overridden: Array<string> }, overseerr: { url: string | null, apiKeySet: boolean, overridden: Array<string> }, uptimeKuma: { url: string | null, slug: string | null, overridden: Array<string> }, oidc: { enabled: boolean, issuer: string | null, clientId: string | null, clientSecretSet: boolean, label: string, redirectPath: string }, library: { shareNowPlaying: boolean }, userDefaults: { permissions: Array<Permission>, requestsPerWeek: number, downloadsPerDay: number } };

export type ServiceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSettingsQuery = { serviceSettings: { plex: { url: string | null, tokenSet: boolean, machineIdentifier: string | null, serverName: string | null, overridden: Array<string> }, overseerr: { url: string | null, apiKeySet: boolean, overridden: Array<string> }, uptimeKuma: { url: string | null, slug: string | null, overridden: Array<string> }, oidc: { enabled: boolean, issuer: string | null, clientId: string | null, clientSecretSet: boolean, label: string, redirectPath: string }, library: { shareNowPlaying: boolean }, userDefaults: { permissions: Array<Permission>, requestsPerWeek: number, downloadsPerDay: number } } };

export type SaveServiceSettingsMutationVariables = Exact<{
  service: Service;
  input: ServiceSettingsInput;
}>;


export type SaveServiceSettingsMutation = { saveServiceSettings:
    | { __typename: 'SettingsSaved', settings: { plex: { url: string | null, tokenSet: boolean, machineIdentifier: string | null, serverName: string | null, overridden: Array<string> }, overseerr: { url: string | null, apiKeySet: boolean, overridden: Array<string> }, uptimeKuma: { url: string | null, slug: string | null, overridden: Array<string> }, oidc: { enabled: boolean, issuer: string | null, clientId: string | null, clientSecretSet: boolean, label: string, redirectPath: string }, library: { shareNowPlaying: boolean }, userDefaults: { permissions: Array<Permission>, requestsPerWeek: number, downloadsPerDay: number } } }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type SaveUserDefaultsMutationVariables = Exact<{
  input: UserDefaultsInput;
}>;


export type SaveUserDefaultsMutation = { saveUserDefaults:
    | { __typename: 'SettingsSaved', settings: { plex: { url: string | null, tokenSet: boolean, machineIdentifier: string | null, serverName: string | null, overridden: Array<string> }, overseerr: { url: string | null, apiKeySet: boolean, overridden: Array<string> }, uptimeKuma: { url: string | null, slug: string | null, overridden: Array<string> }, oidc: { enabled: boolean, issuer: string | null, clientId: string | null, clientSecretSet: boolean, label: string, redirectPath: string }, library: { shareNowPlaying: boolean }, userDefaults: { permissions: Array<Permission>, requestsPerWeek: number, downloadsPerDay: number } } }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type SaveLibrarySettingsMutationVariables = Exact<{
  shareNowPlaying: boolean;
}>;


export type SaveLibrarySettingsMutation = { saveLibrarySettings: { plex: { url: string | null, tokenSet: boolean, machineIdentifier: string | null, serverName: string | null, overridden: Array<string> }, overseerr: { url: string | null, apiKeySet: boolean, overridden: Array<string> }, uptimeKuma: { url: string | null, slug: string | null, overridden: Array<string> }, oidc: { enabled: boolean, issuer: string | null, clientId: string | null, clientSecretSet: boolean, label: string, redirectPath: string }, library: { shareNowPlaying: boolean }, userDefaults: { permissions: Array<Permission>, requestsPerWeek: number, downloadsPerDay: number } } };

export type TestConnectionMutationVariables = Exact<{
  service: Service;
  input?: ServiceSettingsInput | null | undefined;
}>;


export type TestConnectionMutation = { testConnection: { service: Service, ok: boolean, message: string } };

export type DownloadSettingsFieldsFragment = { allowedSites: Array<string>, layout: DownloadLayout, plexSectionKey: string | null, plexPath: string | null, maxDurationMinutes: number | null, maxFileSizeMb: number | null, retentionDays: number | null, cookiesSet: boolean, paused: boolean, libraryPath: string };

export type DownloadSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DownloadSettingsQuery = { downloadSettings: { allowedSites: Array<string>, layout: DownloadLayout, plexSectionKey: string | null, plexPath: string | null, maxDurationMinutes: number | null, maxFileSizeMb: number | null, retentionDays: number | null, cookiesSet: boolean, paused: boolean, libraryPath: string } };

export type UpdateDownloadSettingsMutationVariables = Exact<{
  input: DownloadSettingsInput;
}>;


export type UpdateDownloadSettingsMutation = { updateDownloadSettings: { allowedSites: Array<string>, layout: DownloadLayout, plexSectionKey: string | null, plexPath: string | null, maxDurationMinutes: number | null, maxFileSizeMb: number | null, retentionDays: number | null, cookiesSet: boolean, paused: boolean, libraryPath: string } };

export type NotificationChannelsFieldsFragment = { webhookUrl: string | null, webhookSecretSet: boolean, discordUrlSet: boolean, smtpHost: string | null, smtpPort: number, smtpUsername: string | null, smtpPasswordSet: boolean, smtpFrom: string | null, smtpStarttls: boolean };

export type NotificationChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationChannelsQuery = { notificationChannels: { webhookUrl: string | null, webhookSecretSet: boolean, discordUrlSet: boolean, smtpHost: string | null, smtpPort: number, smtpUsername: string | null, smtpPasswordSet: boolean, smtpFrom: string | null, smtpStarttls: boolean } };

export type UpdateNotificationChannelsMutationVariables = Exact<{
  input: NotificationChannelsInput;
}>;


export type UpdateNotificationChannelsMutation = { updateNotificationChannels: { webhookUrl: string | null, webhookSecretSet: boolean, discordUrlSet: boolean, smtpHost: string | null, smtpPort: number, smtpUsername: string | null, smtpPasswordSet: boolean, smtpFrom: string | null, smtpStarttls: boolean } };

export type UserFieldsFragment = { id: string, username: string, displayName: string, email: string | null, avatarUrl: string | null, role: Role, isAdmin: boolean, isOwner: boolean, active: boolean, permissions: Array<Permission>, requestsPerWeek: number | null, downloadsPerDay: number | null, createdAt: string, lastSeenAt: string | null };

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  role?: Role | null | undefined;
  active?: boolean | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, username: string, displayName: string, email: string | null, avatarUrl: string | null, role: Role, isAdmin: boolean, isOwner: boolean, active: boolean, permissions: Array<Permission>, requestsPerWeek: number | null, downloadsPerDay: number | null, createdAt: string, lastSeenAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser:
    | { __typename: 'UserUpdated', user: { id: string, username: string, displayName: string, email: string | null, avatarUrl: string | null, role: Role, isAdmin: boolean, isOwner: boolean, active: boolean, permissions: Array<Permission>, requestsPerWeek: number | null, downloadsPerDay: number | null, createdAt: string, lastSeenAt: string | null } }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type ImportPlexUsersMutationVariables = Exact<{ [key: string]: never; }>;


export type ImportPlexUsersMutation = { importPlexUsers:
    | { __typename: 'UsersImported', skipped: number, imported: Array<{ id: string }> }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type UserSessionsQueryVariables = Exact<{
  userId: string | number;
}>;


export type UserSessionsQuery = { userSessions: Array<{ id: string, device: string, ip: string, createdAt: string, lastSeenAt: string, current: boolean }> };

export type RevokeUserSessionsMutationVariables = Exact<{
  userId: string | number;
}>;


export type RevokeUserSessionsMutation = { revokeUserSessions: number };

export type AnnouncementFieldsFragment = { id: string, title: string, body: string, severity: AnnouncementSeverity, endsAt: string | null, createdAt: string };

export type AnnouncementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnouncementsQuery = { announcements: Array<{ id: string, title: string, body: string, severity: AnnouncementSeverity, endsAt: string | null, createdAt: string }> };

export type AnnouncementsUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AnnouncementsUpdatedSubscription = { announcementsUpdated: Array<{ id: string, title: string, body: string, severity: AnnouncementSeverity, endsAt: string | null, createdAt: string }> };

export type PostAnnouncementMutationVariables = Exact<{
  title: string;
  body: string;
  severity: AnnouncementSeverity;
  endsAt?: string | null | undefined;
}>;


export type PostAnnouncementMutation = { postAnnouncement: { id: string, title: string, body: string, severity: AnnouncementSeverity, endsAt: string | null, createdAt: string } };

export type EndAnnouncementMutationVariables = Exact<{
  id: string | number;
}>;


export type EndAnnouncementMutation = { endAnnouncement: { id: string, title: string, body: string, severity: AnnouncementSeverity, endsAt: string | null, createdAt: string } };

export type StartPlexSignInMutationVariables = Exact<{
  redirect: boolean;
}>;


export type StartPlexSignInMutation = { startPlexSignIn:
    | { __typename: 'PlexSignInFailed', reason: SignInFailure, message: string }
    | { __typename: 'PlexSignInStarted', id: string, authUrl: string, expiresAt: string }
   };

export type CheckPlexSignInMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckPlexSignInMutation = { checkPlexSignIn:
    | { __typename: 'PlexSignInFailed', reason: SignInFailure, message: string }
    | { __typename: 'PlexSignInPending', id: string }
    | { __typename: 'SignedIn', needsSetup: boolean, user: { id: string, displayName: string } }
   };

export type CancelPlexSignInMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelPlexSignInMutation = { cancelPlexSignIn:
    | { __typename: 'PlexSignInFailed', reason: SignInFailure, message: string }
    | { __typename: 'PlexSignInPending', id: string }
    | { __typename: 'SignedIn', needsSetup: boolean, user: { id: string, displayName: string } }
   };

type PlexSignInOutcome_PlexSignInFailed_Fragment = { __typename: 'PlexSignInFailed', reason: SignInFailure, message: string };

type PlexSignInOutcome_PlexSignInPending_Fragment = { __typename: 'PlexSignInPending', id: string };

type PlexSignInOutcome_SignedIn_Fragment = { __typename: 'SignedIn', needsSetup: boolean, user: { id: string, displayName: string } };

export type PlexSignInOutcomeFragment =
  | PlexSignInOutcome_PlexSignInFailed_Fragment
  | PlexSignInOutcome_PlexSignInPending_Fragment
  | PlexSignInOutcome_SignedIn_Fragment
;

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, avatarUrl: string | null, role: Role, isAdmin: boolean, isOwner: boolean, permissions: Array<Permission> } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type NowPlayingFieldsFragment = { sessionKey: string, title: string, grandparentTitle: string | null, type: string, progress: number, state: string, player: string, userTitle: string, transcoding: boolean, itemId: string | null, posterUrl: string | null };

export type DashboardQueryVariables = Exact<{
  recent: number;
}>;


export type DashboardQuery = { nowPlaying: Array<{ sessionKey: string, title: string, grandparentTitle: string | null, type: string, progress: number, state: string, player: string, userTitle: string, transcoding: boolean, itemId: string | null, posterUrl: string | null }>, libraryStatus: { plexReachable: boolean | null, breakerOpen: boolean }, recentlyAdded: { edges: Array<{ node: { index: number | null, parentIndex: number | null, id: string, title: string, year: number | null, type: MediaType, posterUrl: string | null, genres: Array<string>, watched: boolean | null, rating: number | null, parent: { id: string, title: string, index: number | null, parent: { id: string, title: string, posterUrl: string | null } | null } | null } }> } };

export type NowPlayingUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NowPlayingUpdatedSubscription = { nowPlayingUpdated: Array<{ sessionKey: string, title: string, grandparentTitle: string | null, type: string, progress: number, state: string, player: string, userTitle: string, transcoding: boolean, itemId: string | null, posterUrl: string | null }> };

export type DownloadFieldsFragment = { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null };

export type DownloadsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: DownloadStatus | null | undefined;
  everyone: boolean;
  active?: boolean | null | undefined;
}>;


export type DownloadsQuery = { downloads: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DownloadApprovalsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type DownloadApprovalsQuery = { downloadApprovals: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DownloadDetailQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type DownloadDetailQuery = { download: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, children: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, owner: { id: string, displayName: string, username: string } | null } | null };

export type DownloadQuotaQueryVariables = Exact<{ [key: string]: never; }>;


export type DownloadQuotaQuery = { downloadQuota: { used: number, limit: number, remaining: number, periodHours: number, resetsAt: string | null, needsApproval: boolean, maxDurationMinutes: number | null, maxFileSizeMb: number | null, unlimited: boolean } };

export type DownloadPreviewQueryVariables = Exact<{
  url: string;
}>;


export type DownloadPreviewQuery = { downloadPreview:
    | { __typename: 'DownloadPreview', url: string, site: string, isPlaylist: boolean, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, entryCount: number, tooLong: boolean, alreadyDownloaded: boolean, entries: Array<{ videoId: string, title: string, durationSeconds: number | null, url: string, tooLong: boolean }> }
    | { __typename: 'DownloadRefused', code: DownloadErrorCode, message: string }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type EnqueueDownloadMutationVariables = Exact<{
  input: EnqueueDownloadInput;
}>;


export type EnqueueDownloadMutation = { enqueueDownload:
    | { __typename: 'AlreadyDownloaded', download: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } }
    | { __typename: 'DownloadAwaitingApproval', download: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } }
    | { __typename: 'DownloadQueued', download: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } }
    | { __typename: 'DownloadQuotaExceeded', limit: number, used: number, requested: number, resetsAt: string | null, message: string }
    | { __typename: 'DownloadRefused', code: DownloadErrorCode, message: string }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type CancelDownloadMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelDownloadMutation = { cancelDownload: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } };

export type RetryDownloadMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryDownloadMutation = { retryDownload: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } };

export type ApproveDownloadMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveDownloadMutation = { approveDownload: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } };

export type DeclineDownloadMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type DeclineDownloadMutation = { declineDownload: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } };

export type DownloadUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DownloadUpdatedSubscription = { downloadUpdated: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } };

export type EveryoneDownloadUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EveryoneDownloadUpdatedSubscription = { downloadUpdated: { id: string, kind: DownloadKind, url: string, site: string, title: string, channel: string | null, durationSeconds: number | null, thumbnailUrl: string | null, quality: DownloadQuality, container: DownloadContainer, status: DownloadStatus, phase: DownloadPhase, progress: number, downloadedBytes: number, totalBytes: number | null, speedBytesPerSecond: number | null, etaSeconds: number | null, entryCount: number, completedCount: number, errorCode: DownloadErrorCode | null, errorMessage: string | null, attempts: number, fileName: string | null, fileSize: number | null, declineReason: string | null, parentId: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, canCancel: boolean, canRetry: boolean, owner: { id: string, displayName: string, username: string } | null } };

export type CancelJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelJobMutation = { cancelJob: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } };

export type RunHousekeepingMutationVariables = Exact<{ [key: string]: never; }>;


export type RunHousekeepingMutation = { runHousekeeping: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } };

export type JobFieldsFragment = { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null };

export type JobsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: JobStatus | null | undefined;
  kind?: string | null | undefined;
}>;


export type JobsQuery = { jobs: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type JobUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type JobUpdatedSubscription = { jobUpdated: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } };

export type PosterFieldsFragment = { id: string, title: string, year: number | null, type: MediaType, posterUrl: string | null, genres: Array<string>, watched: boolean | null, rating: number | null };

export type LibrarySectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LibrarySectionsQuery = { librarySections: Array<{ id: string, title: string, type: string, itemCount: number, syncedAt: string | null }> };

export type LibraryStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type LibraryStatusQuery = { libraryStatus: { plexReachable: boolean | null, breakerOpen: boolean, lastSyncAt: string | null, itemCount: number } };

export type LibraryItemsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  sectionId?: string | number | null | undefined;
  type?: MediaType | null | undefined;
  year?: number | null | undefined;
  genre?: string | null | undefined;
  unwatched?: boolean | null | undefined;
  sort: LibrarySort;
}>;


export type LibraryItemsQuery = { libraryItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, year: number | null, type: MediaType, posterUrl: string | null, genres: Array<string>, watched: boolean | null, rating: number | null } }> } };

export type LibrarySearchQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type LibrarySearchQuery = { librarySearch: { edges: Array<{ cursor: string, node: { id: string, title: string, year: number | null, type: MediaType, posterUrl: string | null, genres: Array<string>, watched: boolean | null, rating: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LibraryCollectionsQueryVariables = Exact<{
  sectionId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type LibraryCollectionsQuery = { libraryCollections: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, sectionId: string, title: string, summary: string, itemCount: number, posterUrl: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LibraryCollectionQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type LibraryCollectionQuery = { libraryCollection: { id: string, title: string, summary: string, itemCount: number, items: { edges: Array<{ cursor: string, node: { id: string, title: string, year: number | null, type: MediaType, posterUrl: string | null, genres: Array<string>, watched: boolean | null, rating: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ChildFieldsFragment = { id: string, type: MediaType, title: string, index: number | null, parentIndex: number | null, year: number | null, durationMs: number | null, watched: boolean | null, leafCount: number | null, childCount: number | null, posterUrl: string | null };

export type LibraryItemQueryVariables = Exact<{
  id: string | number;
  children: number;
}>;


export type LibraryItemQuery = { libraryItem: { id: string, type: MediaType, title: string, year: number | null, summary: string, genres: Array<string>, rating: number | null, contentRating: string | null, durationMs: number | null, index: number | null, parentIndex: number | null, leafCount: number | null, childCount: number | null, watched: boolean | null, tmdbId: number | null, imdbId: string | null, addedAt: string, posterUrl: string | null, artUrl: string | null, plexUrl: string | null, parent: { id: string, type: MediaType, title: string, index: number | null, parent: { id: string, type: MediaType, title: string } | null } | null, children: { edges: Array<{ cursor: string, node: { id: string, type: MediaType, title: string, index: number | null, parentIndex: number | null, year: number | null, durationMs: number | null, watched: boolean | null, leafCount: number | null, childCount: number | null, posterUrl: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ItemChildrenQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ItemChildrenQuery = { libraryItem: { id: string, children: { edges: Array<{ cursor: string, node: { id: string, type: MediaType, title: string, index: number | null, parentIndex: number | null, year: number | null, durationMs: number | null, watched: boolean | null, leafCount: number | null, childCount: number | null, posterUrl: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type SyncLibraryMutationVariables = Exact<{ [key: string]: never; }>;


export type SyncLibraryMutation = { syncLibrary: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } };

export type SyncJobQueryVariables = Exact<{
  id: string | number;
}>;


export type SyncJobQuery = { job: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } | null };

export type SyncJobUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SyncJobUpdatedSubscription = { jobUpdated: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, title: string, body: string, link: string | null, createdAt: string, readAt: string | null };

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, unreadCount: number, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, title: string, body: string, link: string | null, createdAt: string, readAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationPreferenceFieldsFragment = { kind: NotificationKind, inApp: boolean, channels: Array<NotificationChannel> };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { notificationSettings: { availableChannels: Array<NotificationChannel>, preferences: Array<{ kind: NotificationKind, inApp: boolean, channels: Array<NotificationChannel> }> } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  inApp: boolean;
  channels: Array<NotificationChannel> | NotificationChannel;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { kind: NotificationKind, inApp: boolean, channels: Array<NotificationChannel> } };

export type NotificationEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationEventsSubscription = { notificationEvents: { unreadCount: number, notification: { id: string, kind: NotificationKind, title: string, body: string, link: string | null, createdAt: string, readAt: string | null } | null } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, device: string, ip: string, createdAt: string, lastSeenAt: string, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type RevokeOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeOtherSessionsMutation = { revokeOtherSessions: number };

export type ApiTokenFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<Scope>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null };

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { myApiTokens: Array<{ id: string, name: string, prefix: string, scopes: Array<Scope>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken:
    | { __typename: 'ApiTokenCreated', secret: string, token: { id: string, name: string, prefix: string, scopes: Array<Scope>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null } }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type MyEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmailQuery = { me: { id: string, email: string | null } | null };

export type UpdateMyEmailMutationVariables = Exact<{
  email: string;
}>;


export type UpdateMyEmailMutation = { updateMyEmail:
    | { __typename: 'UserUpdated', user: { id: string, email: string | null } }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type MediaRequestFieldsFragment = { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null };

export type MediaSearchQueryVariables = Exact<{
  query: string;
  page: number;
}>;


export type MediaSearchQuery = { mediaSearch: { page: number, totalPages: number, results: Array<{ mediaType: RequestableType, tmdbId: number, title: string, year: number | null, overview: string, posterUrl: string | null, availability: Availability, plexItem: { id: string } | null }> } };

export type MediaDetailsQueryVariables = Exact<{
  mediaType: RequestableType;
  tmdbId: number;
}>;


export type MediaDetailsQuery = { mediaDetails: { mediaType: RequestableType, tmdbId: number, title: string, year: number | null, overview: string, posterUrl: string | null, backdropUrl: string | null, status: MediaAvailability, plexItem: { id: string } | null, seasons: Array<{ number: number, name: string, episodes: number, status: MediaAvailability, requested: boolean }>, requests: Array<{ id: string, status: RequestStatus, seasons: Array<number>, requestedBy: { displayName: string } | null }> } };

export type MyRequestsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyRequestsQuery = { myRequests: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AllRequestsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: RequestStatus | null | undefined;
}>;


export type AllRequestsQuery = { allRequests: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RequestMediaMutationVariables = Exact<{
  input: RequestMediaInput;
}>;


export type RequestMediaMutation = { requestMedia:
    | { __typename: 'AlreadyAvailable', message: string }
    | { __typename: 'AlreadyRequested', request: { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null } }
    | { __typename: 'QuotaExceeded', limit: number, resetsAt: string | null }
    | { __typename: 'RequestCreated', request: { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null } }
    | { __typename: 'RequestQueued', request: { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null } }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

type UpdateRequestResultFields_RequestUpdated_Fragment = { __typename: 'RequestUpdated', request: { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null } };

type UpdateRequestResultFields_ValidationError_Fragment = { __typename: 'ValidationError', message: string, field: string | null };

export type UpdateRequestResultFieldsFragment =
  | UpdateRequestResultFields_RequestUpdated_Fragment
  | UpdateRequestResultFields_ValidationError_Fragment
;

export type ApproveRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveRequestMutation = { approveRequest:
    | { __typename: 'RequestUpdated', request: { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null } }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type DeclineRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineRequestMutation = { declineRequest:
    | { __typename: 'RequestUpdated', request: { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null } }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type DeleteRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRequestMutation = { deleteRequest: boolean };

export type RequestUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RequestUpdatedSubscription = { requestUpdated: { id: string, mediaType: string, tmdbId: number, title: string, year: number | null, seasons: Array<number>, is4k: boolean, note: string, status: RequestStatus, declineReason: string | null, error: string | null, createdAt: string, updatedAt: string, posterUrl: string | null } };

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { setupStatus: { configured: boolean, serverName: string | null, oidcEnabled: boolean, oidcLabel: string | null } };

export type SetupServersQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupServersQuery = { setupServers: Array<{ id: string, name: string, addresses: Array<string> }> };

export type CompleteSetupMutationVariables = Exact<{
  serverId: string;
}>;


export type CompleteSetupMutation = { completeSetup:
    | { __typename: 'SettingsSaved' }
    | { __typename: 'ValidationError', message: string, field: string | null }
   };

export type MonitorFieldsFragment = { id: string, name: string, group: string, status: MonitorStatus, pingMs: number | null, lastCheckAt: string | null, uptime24h: number | null, uptime7d: number | null, uptime30d: number | null, visible: boolean, history: Array<{ at: string, status: MonitorStatus, pingMs: number | null }> };

export type ServiceStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceStatusQuery = { serviceStatus: { configured: boolean, monitors: Array<{ id: string, name: string, group: string, status: MonitorStatus, pingMs: number | null, lastCheckAt: string | null, uptime24h: number | null, uptime7d: number | null, uptime30d: number | null, visible: boolean, history: Array<{ at: string, status: MonitorStatus, pingMs: number | null }> }> } };

export type ServiceStatusUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ServiceStatusUpdatedSubscription = { serviceStatusUpdated: { configured: boolean, monitors: Array<{ id: string, name: string, group: string, status: MonitorStatus, pingMs: number | null, lastCheckAt: string | null, uptime24h: number | null, uptime7d: number | null, uptime30d: number | null, visible: boolean, history: Array<{ at: string, status: MonitorStatus, pingMs: number | null }> }> } };

export type UpdateMonitorMutationVariables = Exact<{
  id: string | number;
  displayName?: string | null | undefined;
  visible?: boolean | null | undefined;
}>;


export type UpdateMonitorMutation = { updateMonitor: { id: string, name: string, group: string, status: MonitorStatus, pingMs: number | null, lastCheckAt: string | null, uptime24h: number | null, uptime7d: number | null, uptime30d: number | null, visible: boolean, history: Array<{ at: string, status: MonitorStatus, pingMs: number | null }> } };

export type RefreshServiceStatusMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshServiceStatusMutation = { refreshServiceStatus: { configured: boolean, monitors: Array<{ id: string, name: string, group: string, status: MonitorStatus, pingMs: number | null, lastCheckAt: string | null, uptime24h: number | null, uptime7d: number | null, uptime30d: number | null, visible: boolean, history: Array<{ at: string, status: MonitorStatus, pingMs: number | null }> }> } };

export type FeatureStatusUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FeatureStatusUpdatedSubscription = { featureStatusUpdated: Array<{ name: string, available: boolean, message: string | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ServiceSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceSettingsFields on ServiceSettings {
  plex {
    url
    tokenSet
    machineIdentifier
    serverName
    overridden
  }
  overseerr {
    url
    apiKeySet
    overridden
  }
  uptimeKuma {
    url
    slug
    overridden
  }
  oidc {
    enabled
    issuer
    clientId
    clientSecretSet
    label
    redirectPath
  }
  library {
    shareNowPlaying
  }
  userDefaults {
    permissions
    requestsPerWeek
    downloadsPerDay
  }
}
    `, {"fragmentName":"ServiceSettingsFields"}) as unknown as TypedDocumentString<ServiceSettingsFieldsFragment, unknown>;
export const DownloadSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment DownloadSettingsFields on DownloadSettings {
  allowedSites
  layout
  plexSectionKey
  plexPath
  maxDurationMinutes
  maxFileSizeMb
  retentionDays
  cookiesSet
  paused
  libraryPath
}
    `, {"fragmentName":"DownloadSettingsFields"}) as unknown as TypedDocumentString<DownloadSettingsFieldsFragment, unknown>;
export const NotificationChannelsFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationChannelsFields on NotificationChannels {
  webhookUrl
  webhookSecretSet
  discordUrlSet
  smtpHost
  smtpPort
  smtpUsername
  smtpPasswordSet
  smtpFrom
  smtpStarttls
}
    `, {"fragmentName":"NotificationChannelsFields"}) as unknown as TypedDocumentString<NotificationChannelsFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  username
  displayName
  email
  avatarUrl
  role
  isAdmin
  isOwner
  active
  permissions
  requestsPerWeek
  downloadsPerDay
  createdAt
  lastSeenAt
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const AnnouncementFieldsFragmentDoc = new TypedDocumentString(`
    fragment AnnouncementFields on Announcement {
  id
  title
  body
  severity
  endsAt
  createdAt
}
    `, {"fragmentName":"AnnouncementFields"}) as unknown as TypedDocumentString<AnnouncementFieldsFragment, unknown>;
export const PlexSignInOutcomeFragmentDoc = new TypedDocumentString(`
    fragment PlexSignInOutcome on PlexSignInResult {
  __typename
  ... on PlexSignInPending {
    id
  }
  ... on SignedIn {
    needsSetup
    user {
      id
      displayName
    }
  }
  ... on PlexSignInFailed {
    reason
    message
  }
}
    `, {"fragmentName":"PlexSignInOutcome"}) as unknown as TypedDocumentString<PlexSignInOutcomeFragment, unknown>;
export const NowPlayingFieldsFragmentDoc = new TypedDocumentString(`
    fragment NowPlayingFields on NowPlaying {
  sessionKey
  title
  grandparentTitle
  type
  progress
  state
  player
  userTitle
  transcoding
  itemId
  posterUrl
}
    `, {"fragmentName":"NowPlayingFields"}) as unknown as TypedDocumentString<NowPlayingFieldsFragment, unknown>;
export const DownloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}
    `, {"fragmentName":"DownloadFields"}) as unknown as TypedDocumentString<DownloadFieldsFragment, unknown>;
export const JobFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobFields on Job {
  id
  kind
  title
  status
  progress
  message
  error
  attempts
  createdAt
  startedAt
  finishedAt
  updatedAt
  owner {
    id
    displayName
    username
  }
}
    `, {"fragmentName":"JobFields"}) as unknown as TypedDocumentString<JobFieldsFragment, unknown>;
export const PosterFieldsFragmentDoc = new TypedDocumentString(`
    fragment PosterFields on MediaItem {
  id
  title
  year
  type
  posterUrl(width: 300)
  genres
  watched
  rating
}
    `, {"fragmentName":"PosterFields"}) as unknown as TypedDocumentString<PosterFieldsFragment, unknown>;
export const ChildFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChildFields on MediaItem {
  id
  type
  title
  index
  parentIndex
  year
  durationMs
  watched
  leafCount
  childCount
  posterUrl(width: 300)
}
    `, {"fragmentName":"ChildFields"}) as unknown as TypedDocumentString<ChildFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  kind
  title
  body
  link
  createdAt
  readAt
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const NotificationPreferenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationPreferenceFields on NotificationPreference {
  kind
  inApp
  channels
}
    `, {"fragmentName":"NotificationPreferenceFields"}) as unknown as TypedDocumentString<NotificationPreferenceFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenFields on ApiToken {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
}
    `, {"fragmentName":"ApiTokenFields"}) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const MediaRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment MediaRequestFields on MediaRequest {
  id
  mediaType
  tmdbId
  title
  year
  seasons
  is4k
  note
  status
  declineReason
  error
  createdAt
  updatedAt
  posterUrl
}
    `, {"fragmentName":"MediaRequestFields"}) as unknown as TypedDocumentString<MediaRequestFieldsFragment, unknown>;
export const UpdateRequestResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment UpdateRequestResultFields on UpdateRequestResult {
  __typename
  ... on RequestUpdated {
    request {
      ...MediaRequestFields
    }
  }
  ... on ValidationError {
    message
    field
  }
}
    fragment MediaRequestFields on MediaRequest {
  id
  mediaType
  tmdbId
  title
  year
  seasons
  is4k
  note
  status
  declineReason
  error
  createdAt
  updatedAt
  posterUrl
}`, {"fragmentName":"UpdateRequestResultFields"}) as unknown as TypedDocumentString<UpdateRequestResultFieldsFragment, unknown>;
export const MonitorFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonitorFields on Monitor {
  id
  name
  group
  status
  pingMs
  lastCheckAt
  uptime24h
  uptime7d
  uptime30d
  visible
  history {
    at
    status
    pingMs
  }
}
    `, {"fragmentName":"MonitorFields"}) as unknown as TypedDocumentString<MonitorFieldsFragment, unknown>;
export const ServerInfoDocument = new TypedDocumentString(`
    query ServerInfo {
  serverInfo {
    version
    mode
  }
}
    `) as unknown as TypedDocumentString<ServerInfoQuery, ServerInfoQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String, $action: String, $targetType: String) {
  auditLog(first: $first, after: $after, action: $action, targetType: $targetType) {
    edges {
      cursor
      node {
        id
        action
        targetType
        targetId
        before
        after
        createdAt
        actor {
          id
          displayName
          username
          avatarUrl
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ServiceSettingsDocument = new TypedDocumentString(`
    query ServiceSettings {
  serviceSettings {
    ...ServiceSettingsFields
  }
}
    fragment ServiceSettingsFields on ServiceSettings {
  plex {
    url
    tokenSet
    machineIdentifier
    serverName
    overridden
  }
  overseerr {
    url
    apiKeySet
    overridden
  }
  uptimeKuma {
    url
    slug
    overridden
  }
  oidc {
    enabled
    issuer
    clientId
    clientSecretSet
    label
    redirectPath
  }
  library {
    shareNowPlaying
  }
  userDefaults {
    permissions
    requestsPerWeek
    downloadsPerDay
  }
}`) as unknown as TypedDocumentString<ServiceSettingsQuery, ServiceSettingsQueryVariables>;
export const SaveServiceSettingsDocument = new TypedDocumentString(`
    mutation SaveServiceSettings($service: Service!, $input: ServiceSettingsInput!) {
  saveServiceSettings(service: $service, input: $input) {
    __typename
    ... on SettingsSaved {
      settings {
        ...ServiceSettingsFields
      }
    }
    ... on ValidationError {
      message
      field
    }
  }
}
    fragment ServiceSettingsFields on ServiceSettings {
  plex {
    url
    tokenSet
    machineIdentifier
    serverName
    overridden
  }
  overseerr {
    url
    apiKeySet
    overridden
  }
  uptimeKuma {
    url
    slug
    overridden
  }
  oidc {
    enabled
    issuer
    clientId
    clientSecretSet
    label
    redirectPath
  }
  library {
    shareNowPlaying
  }
  userDefaults {
    permissions
    requestsPerWeek
    downloadsPerDay
  }
}`) as unknown as TypedDocumentString<SaveServiceSettingsMutation, SaveServiceSettingsMutationVariables>;
export const SaveUserDefaultsDocument = new TypedDocumentString(`
    mutation SaveUserDefaults($input: UserDefaultsInput!) {
  saveUserDefaults(input: $input) {
    __typename
    ... on SettingsSaved {
      settings {
        ...ServiceSettingsFields
      }
    }
    ... on ValidationError {
      message
      field
    }
  }
}
    fragment ServiceSettingsFields on ServiceSettings {
  plex {
    url
    tokenSet
    machineIdentifier
    serverName
    overridden
  }
  overseerr {
    url
    apiKeySet
    overridden
  }
  uptimeKuma {
    url
    slug
    overridden
  }
  oidc {
    enabled
    issuer
    clientId
    clientSecretSet
    label
    redirectPath
  }
  library {
    shareNowPlaying
  }
  userDefaults {
    permissions
    requestsPerWeek
    downloadsPerDay
  }
}`) as unknown as TypedDocumentString<SaveUserDefaultsMutation, SaveUserDefaultsMutationVariables>;
export const SaveLibrarySettingsDocument = new TypedDocumentString(`
    mutation SaveLibrarySettings($shareNowPlaying: Boolean!) {
  saveLibrarySettings(shareNowPlaying: $shareNowPlaying) {
    ...ServiceSettingsFields
  }
}
    fragment ServiceSettingsFields on ServiceSettings {
  plex {
    url
    tokenSet
    machineIdentifier
    serverName
    overridden
  }
  overseerr {
    url
    apiKeySet
    overridden
  }
  uptimeKuma {
    url
    slug
    overridden
  }
  oidc {
    enabled
    issuer
    clientId
    clientSecretSet
    label
    redirectPath
  }
  library {
    shareNowPlaying
  }
  userDefaults {
    permissions
    requestsPerWeek
    downloadsPerDay
  }
}`) as unknown as TypedDocumentString<SaveLibrarySettingsMutation, SaveLibrarySettingsMutationVariables>;
export const TestConnectionDocument = new TypedDocumentString(`
    mutation TestConnection($service: Service!, $input: ServiceSettingsInput) {
  testConnection(service: $service, input: $input) {
    service
    ok
    message
  }
}
    `) as unknown as TypedDocumentString<TestConnectionMutation, TestConnectionMutationVariables>;
export const DownloadSettingsDocument = new TypedDocumentString(`
    query DownloadSettings {
  downloadSettings {
    ...DownloadSettingsFields
  }
}
    fragment DownloadSettingsFields on DownloadSettings {
  allowedSites
  layout
  plexSectionKey
  plexPath
  maxDurationMinutes
  maxFileSizeMb
  retentionDays
  cookiesSet
  paused
  libraryPath
}`) as unknown as TypedDocumentString<DownloadSettingsQuery, DownloadSettingsQueryVariables>;
export const UpdateDownloadSettingsDocument = new TypedDocumentString(`
    mutation UpdateDownloadSettings($input: DownloadSettingsInput!) {
  updateDownloadSettings(input: $input) {
    ...DownloadSettingsFields
  }
}
    fragment DownloadSettingsFields on DownloadSettings {
  allowedSites
  layout
  plexSectionKey
  plexPath
  maxDurationMinutes
  maxFileSizeMb
  retentionDays
  cookiesSet
  paused
  libraryPath
}`) as unknown as TypedDocumentString<UpdateDownloadSettingsMutation, UpdateDownloadSettingsMutationVariables>;
export const NotificationChannelsDocument = new TypedDocumentString(`
    query NotificationChannels {
  notificationChannels {
    ...NotificationChannelsFields
  }
}
    fragment NotificationChannelsFields on NotificationChannels {
  webhookUrl
  webhookSecretSet
  discordUrlSet
  smtpHost
  smtpPort
  smtpUsername
  smtpPasswordSet
  smtpFrom
  smtpStarttls
}`) as unknown as TypedDocumentString<NotificationChannelsQuery, NotificationChannelsQueryVariables>;
export const UpdateNotificationChannelsDocument = new TypedDocumentString(`
    mutation UpdateNotificationChannels($input: NotificationChannelsInput!) {
  updateNotificationChannels(input: $input) {
    ...NotificationChannelsFields
  }
}
    fragment NotificationChannelsFields on NotificationChannels {
  webhookUrl
  webhookSecretSet
  discordUrlSet
  smtpHost
  smtpPort
  smtpUsername
  smtpPasswordSet
  smtpFrom
  smtpStarttls
}`) as unknown as TypedDocumentString<UpdateNotificationChannelsMutation, UpdateNotificationChannelsMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int!, $after: String, $search: String, $role: Role, $active: Boolean) {
  users(
    first: $first
    after: $after
    search: $search
    role: $role
    active: $active
  ) {
    edges {
      cursor
      node {
        ...UserFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  email
  avatarUrl
  role
  isAdmin
  isOwner
  active
  permissions
  requestsPerWeek
  downloadsPerDay
  createdAt
  lastSeenAt
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    __typename
    ... on UserUpdated {
      user {
        ...UserFields
      }
    }
    ... on ValidationError {
      message
      field
    }
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  email
  avatarUrl
  role
  isAdmin
  isOwner
  active
  permissions
  requestsPerWeek
  downloadsPerDay
  createdAt
  lastSeenAt
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const ImportPlexUsersDocument = new TypedDocumentString(`
    mutation ImportPlexUsers {
  importPlexUsers {
    __typename
    ... on UsersImported {
      skipped
      imported {
        id
      }
    }
    ... on ValidationError {
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPlexUsersMutation, ImportPlexUsersMutationVariables>;
export const UserSessionsDocument = new TypedDocumentString(`
    query UserSessions($userId: ID!) {
  userSessions(userId: $userId) {
    id
    device
    ip
    createdAt
    lastSeenAt
    current
  }
}
    `) as unknown as TypedDocumentString<UserSessionsQuery, UserSessionsQueryVariables>;
export const RevokeUserSessionsDocument = new TypedDocumentString(`
    mutation RevokeUserSessions($userId: ID!) {
  revokeUserSessions(userId: $userId)
}
    `) as unknown as TypedDocumentString<RevokeUserSessionsMutation, RevokeUserSessionsMutationVariables>;
export const AnnouncementsDocument = new TypedDocumentString(`
    query Announcements {
  announcements {
    ...AnnouncementFields
  }
}
    fragment AnnouncementFields on Announcement {
  id
  title
  body
  severity
  endsAt
  createdAt
}`) as unknown as TypedDocumentString<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const AnnouncementsUpdatedDocument = new TypedDocumentString(`
    subscription AnnouncementsUpdated {
  announcementsUpdated {
    ...AnnouncementFields
  }
}
    fragment AnnouncementFields on Announcement {
  id
  title
  body
  severity
  endsAt
  createdAt
}`) as unknown as TypedDocumentString<AnnouncementsUpdatedSubscription, AnnouncementsUpdatedSubscriptionVariables>;
export const PostAnnouncementDocument = new TypedDocumentString(`
    mutation PostAnnouncement($title: String!, $body: String!, $severity: AnnouncementSeverity!, $endsAt: DateTime) {
  postAnnouncement(
    title: $title
    body: $body
    severity: $severity
    endsAt: $endsAt
  ) {
    ...AnnouncementFields
  }
}
    fragment AnnouncementFields on Announcement {
  id
  title
  body
  severity
  endsAt
  createdAt
}`) as unknown as TypedDocumentString<PostAnnouncementMutation, PostAnnouncementMutationVariables>;
export const EndAnnouncementDocument = new TypedDocumentString(`
    mutation EndAnnouncement($id: ID!) {
  endAnnouncement(id: $id) {
    ...AnnouncementFields
  }
}
    fragment AnnouncementFields on Announcement {
  id
  title
  body
  severity
  endsAt
  createdAt
}`) as unknown as TypedDocumentString<EndAnnouncementMutation, EndAnnouncementMutationVariables>;
export const StartPlexSignInDocument = new TypedDocumentString(`
    mutation StartPlexSignIn($redirect: Boolean!) {
  startPlexSignIn(redirect: $redirect) {
    __typename
    ... on PlexSignInStarted {
      id
      authUrl
      expiresAt
    }
    ... on PlexSignInFailed {
      reason
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartPlexSignInMutation, StartPlexSignInMutationVariables>;
export const CheckPlexSignInDocument = new TypedDocumentString(`
    mutation CheckPlexSignIn($id: ID!) {
  checkPlexSignIn(id: $id) {
    ...PlexSignInOutcome
  }
}
    fragment PlexSignInOutcome on PlexSignInResult {
  __typename
  ... on PlexSignInPending {
    id
  }
  ... on SignedIn {
    needsSetup
    user {
      id
      displayName
    }
  }
  ... on PlexSignInFailed {
    reason
    message
  }
}`) as unknown as TypedDocumentString<CheckPlexSignInMutation, CheckPlexSignInMutationVariables>;
export const CancelPlexSignInDocument = new TypedDocumentString(`
    mutation CancelPlexSignIn($id: ID!) {
  cancelPlexSignIn(id: $id) {
    ...PlexSignInOutcome
  }
}
    fragment PlexSignInOutcome on PlexSignInResult {
  __typename
  ... on PlexSignInPending {
    id
  }
  ... on SignedIn {
    needsSetup
    user {
      id
      displayName
    }
  }
  ... on PlexSignInFailed {
    reason
    message
  }
}`) as unknown as TypedDocumentString<CancelPlexSignInMutation, CancelPlexSignInMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    avatarUrl
    role
    isAdmin
    isOwner
    permissions
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($recent: Int!) {
  nowPlaying {
    ...NowPlayingFields
  }
  libraryStatus {
    plexReachable
    breakerOpen
  }
  recentlyAdded(first: $recent) {
    edges {
      node {
        ...PosterFields
        index
        parentIndex
        parent {
          id
          title
          index
          parent {
            id
            title
            posterUrl(width: 300)
          }
        }
      }
    }
  }
}
    fragment NowPlayingFields on NowPlaying {
  sessionKey
  title
  grandparentTitle
  type
  progress
  state
  player
  userTitle
  transcoding
  itemId
  posterUrl
}
fragment PosterFields on MediaItem {
  id
  title
  year
  type
  posterUrl(width: 300)
  genres
  watched
  rating
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const NowPlayingUpdatedDocument = new TypedDocumentString(`
    subscription NowPlayingUpdated {
  nowPlayingUpdated {
    ...NowPlayingFields
  }
}
    fragment NowPlayingFields on NowPlaying {
  sessionKey
  title
  grandparentTitle
  type
  progress
  state
  player
  userTitle
  transcoding
  itemId
  posterUrl
}`) as unknown as TypedDocumentString<NowPlayingUpdatedSubscription, NowPlayingUpdatedSubscriptionVariables>;
export const DownloadsDocument = new TypedDocumentString(`
    query Downloads($first: Int!, $after: String, $status: DownloadStatus, $everyone: Boolean!, $active: Boolean) {
  downloads(
    first: $first
    after: $after
    status: $status
    everyone: $everyone
    active: $active
  ) {
    edges {
      cursor
      node {
        ...DownloadFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<DownloadsQuery, DownloadsQueryVariables>;
export const DownloadApprovalsDocument = new TypedDocumentString(`
    query DownloadApprovals($first: Int!, $after: String) {
  downloadApprovals(first: $first, after: $after) {
    edges {
      cursor
      node {
        ...DownloadFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<DownloadApprovalsQuery, DownloadApprovalsQueryVariables>;
export const DownloadDetailDocument = new TypedDocumentString(`
    query DownloadDetail($id: ID!, $first: Int!, $after: String) {
  download(id: $id) {
    ...DownloadFields
    children(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...DownloadFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<DownloadDetailQuery, DownloadDetailQueryVariables>;
export const DownloadQuotaDocument = new TypedDocumentString(`
    query DownloadQuota {
  downloadQuota {
    used
    limit
    remaining
    periodHours
    resetsAt
    needsApproval
    maxDurationMinutes
    maxFileSizeMb
    unlimited
  }
}
    `) as unknown as TypedDocumentString<DownloadQuotaQuery, DownloadQuotaQueryVariables>;
export const DownloadPreviewDocument = new TypedDocumentString(`
    query DownloadPreview($url: String!) {
  downloadPreview(url: $url) {
    __typename
    ... on DownloadPreview {
      url
      site
      isPlaylist
      title
      channel
      durationSeconds
      thumbnailUrl
      entryCount
      entries {
        videoId
        title
        durationSeconds
        url
        tooLong
      }
      tooLong
      alreadyDownloaded
    }
    ... on DownloadRefused {
      code
      message
    }
    ... on ValidationError {
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<DownloadPreviewQuery, DownloadPreviewQueryVariables>;
export const EnqueueDownloadDocument = new TypedDocumentString(`
    mutation EnqueueDownload($input: EnqueueDownloadInput!) {
  enqueueDownload(input: $input) {
    __typename
    ... on DownloadQueued {
      download {
        ...DownloadFields
      }
    }
    ... on DownloadAwaitingApproval {
      download {
        ...DownloadFields
      }
    }
    ... on AlreadyDownloaded {
      download {
        ...DownloadFields
      }
    }
    ... on DownloadQuotaExceeded {
      limit
      used
      requested
      resetsAt
      message
    }
    ... on DownloadRefused {
      code
      message
    }
    ... on ValidationError {
      message
      field
    }
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<EnqueueDownloadMutation, EnqueueDownloadMutationVariables>;
export const CancelDownloadDocument = new TypedDocumentString(`
    mutation CancelDownload($id: ID!) {
  cancelDownload(id: $id) {
    ...DownloadFields
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<CancelDownloadMutation, CancelDownloadMutationVariables>;
export const RetryDownloadDocument = new TypedDocumentString(`
    mutation RetryDownload($id: ID!) {
  retryDownload(id: $id) {
    ...DownloadFields
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<RetryDownloadMutation, RetryDownloadMutationVariables>;
export const ApproveDownloadDocument = new TypedDocumentString(`
    mutation ApproveDownload($id: ID!) {
  approveDownload(id: $id) {
    ...DownloadFields
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<ApproveDownloadMutation, ApproveDownloadMutationVariables>;
export const DeclineDownloadDocument = new TypedDocumentString(`
    mutation DeclineDownload($id: ID!, $reason: String) {
  declineDownload(id: $id, reason: $reason) {
    ...DownloadFields
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<DeclineDownloadMutation, DeclineDownloadMutationVariables>;
export const DownloadUpdatedDocument = new TypedDocumentString(`
    subscription DownloadUpdated {
  downloadUpdated {
    ...DownloadFields
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<DownloadUpdatedSubscription, DownloadUpdatedSubscriptionVariables>;
export const EveryoneDownloadUpdatedDocument = new TypedDocumentString(`
    subscription EveryoneDownloadUpdated {
  downloadUpdated(everyone: true) {
    ...DownloadFields
  }
}
    fragment DownloadFields on Download {
  id
  kind
  url
  site
  title
  channel
  durationSeconds
  thumbnailUrl
  quality
  container
  status
  phase
  progress
  downloadedBytes
  totalBytes
  speedBytesPerSecond
  etaSeconds
  entryCount
  completedCount
  errorCode
  errorMessage
  attempts
  fileName
  fileSize
  declineReason
  parentId
  createdAt
  startedAt
  finishedAt
  updatedAt
  canCancel
  canRetry
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<EveryoneDownloadUpdatedSubscription, EveryoneDownloadUpdatedSubscriptionVariables>;
export const CancelJobDocument = new TypedDocumentString(`
    mutation CancelJob($id: ID!) {
  cancelJob(id: $id) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  kind
  title
  status
  progress
  message
  error
  attempts
  createdAt
  startedAt
  finishedAt
  updatedAt
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<CancelJobMutation, CancelJobMutationVariables>;
export const RunHousekeepingDocument = new TypedDocumentString(`
    mutation RunHousekeeping {
  runHousekeeping {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  kind
  title
  status
  progress
  message
  error
  attempts
  createdAt
  startedAt
  finishedAt
  updatedAt
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<RunHousekeepingMutation, RunHousekeepingMutationVariables>;
export const JobsDocument = new TypedDocumentString(`
    query Jobs($first: Int!, $after: String, $status: JobStatus, $kind: String) {
  jobs(first: $first, after: $after, status: $status, kind: $kind) {
    edges {
      cursor
      node {
        ...JobFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment JobFields on Job {
  id
  kind
  title
  status
  progress
  message
  error
  attempts
  createdAt
  startedAt
  finishedAt
  updatedAt
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
export const JobUpdatedDocument = new TypedDocumentString(`
    subscription JobUpdated {
  jobUpdated {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  kind
  title
  status
  progress
  message
  error
  attempts
  createdAt
  startedAt
  finishedAt
  updatedAt
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<JobUpdatedSubscription, JobUpdatedSubscriptionVariables>;
export const LibrarySectionsDocument = new TypedDocumentString(`
    query LibrarySections {
  librarySections {
    id
    title
    type
    itemCount
    syncedAt
  }
}
    `) as unknown as TypedDocumentString<LibrarySectionsQuery, LibrarySectionsQueryVariables>;
export const LibraryStatusDocument = new TypedDocumentString(`
    query LibraryStatus {
  libraryStatus {
    plexReachable
    breakerOpen
    lastSyncAt
    itemCount
  }
}
    `) as unknown as TypedDocumentString<LibraryStatusQuery, LibraryStatusQueryVariables>;
export const LibraryItemsDocument = new TypedDocumentString(`
    query LibraryItems($first: Int!, $after: String, $sectionId: ID, $type: MediaType, $year: Int, $genre: String, $unwatched: Boolean, $sort: LibrarySort!) {
  libraryItems(
    first: $first
    after: $after
    sectionId: $sectionId
    type: $type
    year: $year
    genre: $genre
    unwatched: $unwatched
    sort: $sort
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...PosterFields
      }
    }
  }
}
    fragment PosterFields on MediaItem {
  id
  title
  year
  type
  posterUrl(width: 300)
  genres
  watched
  rating
}`) as unknown as TypedDocumentString<LibraryItemsQuery, LibraryItemsQueryVariables>;
export const LibrarySearchDocument = new TypedDocumentString(`
    query LibrarySearch($query: String!, $first: Int!, $after: String) {
  librarySearch(query: $query, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...PosterFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PosterFields on MediaItem {
  id
  title
  year
  type
  posterUrl(width: 300)
  genres
  watched
  rating
}`) as unknown as TypedDocumentString<LibrarySearchQuery, LibrarySearchQueryVariables>;
export const LibraryCollectionsDocument = new TypedDocumentString(`
    query LibraryCollections($sectionId: ID, $first: Int!, $after: String) {
  libraryCollections(sectionId: $sectionId, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        sectionId
        title
        summary
        itemCount
        posterUrl(width: 300)
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LibraryCollectionsQuery, LibraryCollectionsQueryVariables>;
export const LibraryCollectionDocument = new TypedDocumentString(`
    query LibraryCollection($id: ID!, $first: Int!, $after: String) {
  libraryCollection(id: $id) {
    id
    title
    summary
    itemCount
    items(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PosterFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PosterFields on MediaItem {
  id
  title
  year
  type
  posterUrl(width: 300)
  genres
  watched
  rating
}`) as unknown as TypedDocumentString<LibraryCollectionQuery, LibraryCollectionQueryVariables>;
export const LibraryItemDocument = new TypedDocumentString(`
    query LibraryItem($id: ID!, $children: Int!) {
  libraryItem(id: $id) {
    id
    type
    title
    year
    summary
    genres
    rating
    contentRating
    durationMs
    index
    parentIndex
    leafCount
    childCount
    watched
    tmdbId
    imdbId
    addedAt
    posterUrl(width: 300)
    artUrl
    plexUrl
    parent {
      id
      type
      title
      index
      parent {
        id
        type
        title
      }
    }
    children(first: $children) {
      edges {
        cursor
        node {
          ...ChildFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ChildFields on MediaItem {
  id
  type
  title
  index
  parentIndex
  year
  durationMs
  watched
  leafCount
  childCount
  posterUrl(width: 300)
}`) as unknown as TypedDocumentString<LibraryItemQuery, LibraryItemQueryVariables>;
export const ItemChildrenDocument = new TypedDocumentString(`
    query ItemChildren($id: ID!, $first: Int!, $after: String) {
  libraryItem(id: $id) {
    id
    children(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ChildFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ChildFields on MediaItem {
  id
  type
  title
  index
  parentIndex
  year
  durationMs
  watched
  leafCount
  childCount
  posterUrl(width: 300)
}`) as unknown as TypedDocumentString<ItemChildrenQuery, ItemChildrenQueryVariables>;
export const SyncLibraryDocument = new TypedDocumentString(`
    mutation SyncLibrary {
  syncLibrary(mode: FULL) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  kind
  title
  status
  progress
  message
  error
  attempts
  createdAt
  startedAt
  finishedAt
  updatedAt
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<SyncLibraryMutation, SyncLibraryMutationVariables>;
export const SyncJobDocument = new TypedDocumentString(`
    query SyncJob($id: ID!) {
  job(id: $id) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  kind
  title
  status
  progress
  message
  error
  attempts
  createdAt
  startedAt
  finishedAt
  updatedAt
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<SyncJobQuery, SyncJobQueryVariables>;
export const SyncJobUpdatedDocument = new TypedDocumentString(`
    subscription SyncJobUpdated($id: ID!) {
  jobUpdated(id: $id) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  id
  kind
  title
  status
  progress
  message
  error
  attempts
  createdAt
  startedAt
  finishedAt
  updatedAt
  owner {
    id
    displayName
    username
  }
}`) as unknown as TypedDocumentString<SyncJobUpdatedSubscription, SyncJobUpdatedSubscriptionVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int!, $after: String) {
  notifications(first: $first, after: $after) {
    edges {
      cursor
      node {
        ...NotificationFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
    unreadCount
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  title
  body
  link
  createdAt
  readAt
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationSettingsDocument = new TypedDocumentString(`
    query NotificationSettings {
  notificationSettings {
    preferences {
      ...NotificationPreferenceFields
    }
    availableChannels
  }
}
    fragment NotificationPreferenceFields on NotificationPreference {
  kind
  inApp
  channels
}`) as unknown as TypedDocumentString<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $channels: [NotificationChannel!]!) {
  setNotificationPreference(kind: $kind, inApp: $inApp, channels: $channels) {
    ...NotificationPreferenceFields
  }
}
    fragment NotificationPreferenceFields on NotificationPreference {
  kind
  inApp
  channels
}`) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const NotificationEventsDocument = new TypedDocumentString(`
    subscription NotificationEvents {
  notificationEvents {
    unreadCount
    notification {
      ...NotificationFields
    }
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  title
  body
  link
  createdAt
  readAt
}`) as unknown as TypedDocumentString<NotificationEventsSubscription, NotificationEventsSubscriptionVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    device
    ip
    createdAt
    lastSeenAt
    current
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RevokeOtherSessionsDocument = new TypedDocumentString(`
    mutation RevokeOtherSessions {
  revokeOtherSessions
}
    `) as unknown as TypedDocumentString<RevokeOtherSessionsMutation, RevokeOtherSessionsMutationVariables>;
export const MyApiTokensDocument = new TypedDocumentString(`
    query MyApiTokens {
  myApiTokens {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
}`) as unknown as TypedDocumentString<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    __typename
    ... on ApiTokenCreated {
      secret
      token {
        ...ApiTokenFields
      }
    }
    ... on ValidationError {
      message
      field
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const MyEmailDocument = new TypedDocumentString(`
    query MyEmail {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<MyEmailQuery, MyEmailQueryVariables>;
export const UpdateMyEmailDocument = new TypedDocumentString(`
    mutation UpdateMyEmail($email: String!) {
  updateMyEmail(email: $email) {
    __typename
    ... on UserUpdated {
      user {
        id
        email
      }
    }
    ... on ValidationError {
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateMyEmailMutation, UpdateMyEmailMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const MediaSearchDocument = new TypedDocumentString(`
    query MediaSearch($query: String!, $page: Int!) {
  mediaSearch(query: $query, page: $page) {
    page
    totalPages
    results {
      mediaType
      tmdbId
      title
      year
      overview
      posterUrl
      availability
      plexItem {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MediaSearchQuery, MediaSearchQueryVariables>;
export const MediaDetailsDocument = new TypedDocumentString(`
    query MediaDetails($mediaType: RequestableType!, $tmdbId: Int!) {
  mediaDetails(mediaType: $mediaType, tmdbId: $tmdbId) {
    mediaType
    tmdbId
    title
    year
    overview
    posterUrl
    backdropUrl
    status
    plexItem {
      id
    }
    seasons {
      number
      name
      episodes
      status
      requested
    }
    requests {
      id
      status
      seasons
      requestedBy {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MediaDetailsQuery, MediaDetailsQueryVariables>;
export const MyRequestsDocument = new TypedDocumentString(`
    query MyRequests($first: Int!, $after: String) {
  myRequests(first: $first, after: $after) {
    edges {
      cursor
      node {
        ...MediaRequestFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment MediaRequestFields on MediaRequest {
  id
  mediaType
  tmdbId
  title
  year
  seasons
  is4k
  note
  status
  declineReason
  error
  createdAt
  updatedAt
  posterUrl
}`) as unknown as TypedDocumentString<MyRequestsQuery, MyRequestsQueryVariables>;
export const AllRequestsDocument = new TypedDocumentString(`
    query AllRequests($first: Int!, $after: String, $status: RequestStatus) {
  allRequests(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        ...MediaRequestFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment MediaRequestFields on MediaRequest {
  id
  mediaType
  tmdbId
  title
  year
  seasons
  is4k
  note
  status
  declineReason
  error
  createdAt
  updatedAt
  posterUrl
}`) as unknown as TypedDocumentString<AllRequestsQuery, AllRequestsQueryVariables>;
export const RequestMediaDocument = new TypedDocumentString(`
    mutation RequestMedia($input: RequestMediaInput!) {
  requestMedia(input: $input) {
    __typename
    ... on RequestCreated {
      request {
        ...MediaRequestFields
      }
    }
    ... on RequestQueued {
      request {
        ...MediaRequestFields
      }
    }
    ... on AlreadyRequested {
      request {
        ...MediaRequestFields
      }
    }
    ... on AlreadyAvailable {
      message
    }
    ... on QuotaExceeded {
      limit
      resetsAt
    }
    ... on ValidationError {
      message
      field
    }
  }
}
    fragment MediaRequestFields on MediaRequest {
  id
  mediaType
  tmdbId
  title
  year
  seasons
  is4k
  note
  status
  declineReason
  error
  createdAt
  updatedAt
  posterUrl
}`) as unknown as TypedDocumentString<RequestMediaMutation, RequestMediaMutationVariables>;
export const ApproveRequestDocument = new TypedDocumentString(`
    mutation ApproveRequest($id: ID!) {
  approveRequest(id: $id) {
    ...UpdateRequestResultFields
  }
}
    fragment MediaRequestFields on MediaRequest {
  id
  mediaType
  tmdbId
  title
  year
  seasons
  is4k
  note
  status
  declineReason
  error
  createdAt
  updatedAt
  posterUrl
}
fragment UpdateRequestResultFields on UpdateRequestResult {
  __typename
  ... on RequestUpdated {
    request {
      ...MediaRequestFields
    }
  }
  ... on ValidationError {
    message
    field
  }
}`) as unknown as TypedDocumentString<ApproveRequestMutation, ApproveRequestMutationVariables>;
export const DeclineRequestDocument = new TypedDocumentString(`
    mutation DeclineRequest($id: ID!, $reason: String!) {
  declineRequest(id: $id, reason: $reason) {
    ...UpdateRequestResultFields
  }
}
    fragment MediaRequestFields on MediaRequest {
  id
  mediaType
  tmdbId
  title
  year
  seasons
  is4k
  note
  status
  declineReason
  error
  createdAt
  updatedAt
  posterUrl
}
fragment UpdateRequestResultFields on UpdateRequestResult {
  __typename
  ... on RequestUpdated {
    request {
      ...MediaRequestFields
    }
  }
  ... on ValidationError {
    message
    field
  }
}`) as unknown as TypedDocumentString<DeclineRequestMutation, DeclineRequestMutationVariables>;
export const DeleteRequestDocument = new TypedDocumentString(`
    mutation DeleteRequest($id: ID!) {
  deleteRequest(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRequestMutation, DeleteRequestMutationVariables>;
export const RequestUpdatedDocument = new TypedDocumentString(`
    subscription RequestUpdated {
  requestUpdated {
    ...MediaRequestFields
  }
}
    fragment MediaRequestFields on MediaRequest {
  id
  mediaType
  tmdbId
  title
  year
  seasons
  is4k
  note
  status
  declineReason
  error
  createdAt
  updatedAt
  posterUrl
}`) as unknown as TypedDocumentString<RequestUpdatedSubscription, RequestUpdatedSubscriptionVariables>;
export const SetupStatusDocument = new TypedDocumentString(`
    query SetupStatus {
  setupStatus {
    configured
    serverName
    oidcEnabled
    oidcLabel
  }
}
    `) as unknown as TypedDocumentString<SetupStatusQuery, SetupStatusQueryVariables>;
export const SetupServersDocument = new TypedDocumentString(`
    query SetupServers {
  setupServers {
    id
    name
    addresses
  }
}
    `) as unknown as TypedDocumentString<SetupServersQuery, SetupServersQueryVariables>;
export const CompleteSetupDocument = new TypedDocumentString(`
    mutation CompleteSetup($serverId: String!) {
  completeSetup(serverId: $serverId) {
    __typename
    ... on ValidationError {
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteSetupMutation, CompleteSetupMutationVariables>;
export const ServiceStatusDocument = new TypedDocumentString(`
    query ServiceStatus {
  serviceStatus {
    configured
    monitors {
      ...MonitorFields
    }
  }
}
    fragment MonitorFields on Monitor {
  id
  name
  group
  status
  pingMs
  lastCheckAt
  uptime24h
  uptime7d
  uptime30d
  visible
  history {
    at
    status
    pingMs
  }
}`) as unknown as TypedDocumentString<ServiceStatusQuery, ServiceStatusQueryVariables>;
export const ServiceStatusUpdatedDocument = new TypedDocumentString(`
    subscription ServiceStatusUpdated {
  serviceStatusUpdated {
    configured
    monitors {
      ...MonitorFields
    }
  }
}
    fragment MonitorFields on Monitor {
  id
  name
  group
  status
  pingMs
  lastCheckAt
  uptime24h
  uptime7d
  uptime30d
  visible
  history {
    at
    status
    pingMs
  }
}`) as unknown as TypedDocumentString<ServiceStatusUpdatedSubscription, ServiceStatusUpdatedSubscriptionVariables>;
export const UpdateMonitorDocument = new TypedDocumentString(`
    mutation UpdateMonitor($id: ID!, $displayName: String, $visible: Boolean) {
  updateMonitor(id: $id, displayName: $displayName, visible: $visible) {
    ...MonitorFields
  }
}
    fragment MonitorFields on Monitor {
  id
  name
  group
  status
  pingMs
  lastCheckAt
  uptime24h
  uptime7d
  uptime30d
  visible
  history {
    at
    status
    pingMs
  }
}`) as unknown as TypedDocumentString<UpdateMonitorMutation, UpdateMonitorMutationVariables>;
export const RefreshServiceStatusDocument = new TypedDocumentString(`
    mutation RefreshServiceStatus {
  refreshServiceStatus {
    configured
    monitors {
      ...MonitorFields
    }
  }
}
    fragment MonitorFields on Monitor {
  id
  name
  group
  status
  pingMs
  lastCheckAt
  uptime24h
  uptime7d
  uptime30d
  visible
  history {
    at
    status
    pingMs
  }
}`) as unknown as TypedDocumentString<RefreshServiceStatusMutation, RefreshServiceStatusMutationVariables>;
export const FeatureStatusUpdatedDocument = new TypedDocumentString(`
    subscription FeatureStatusUpdated {
  featureStatusUpdated {
    name
    available
    message
  }
}
    `) as unknown as TypedDocumentString<FeatureStatusUpdatedSubscription, FeatureStatusUpdatedSubscriptionVariables>;
/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      mode\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String, $targetType: String) {\n    auditLog(first: $first, after: $after, action: $action, targetType: $targetType) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          before\n          after\n          createdAt\n          actor {\n            id\n            displayName\n            username\n            avatarUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment ServiceSettingsFields on ServiceSettings {\n    plex {\n      url\n      tokenSet\n      machineIdentifier\n      serverName\n      overridden\n    }\n    overseerr {\n      url\n      apiKeySet\n      overridden\n    }\n    uptimeKuma {\n      url\n      slug\n      overridden\n    }\n    oidc {\n      enabled\n      issuer\n      clientId\n      clientSecretSet\n      label\n      redirectPath\n    }\n    library {\n      shareNowPlaying\n    }\n    userDefaults {\n      permissions\n      requestsPerWeek\n      downloadsPerDay\n    }\n  }\n": typeof types.ServiceSettingsFieldsFragmentDoc,
    "\n  query ServiceSettings {\n    serviceSettings {\n      ...ServiceSettingsFields\n    }\n  }\n": typeof types.ServiceSettingsDocument,
    "\n  mutation SaveServiceSettings($service: Service!, $input: ServiceSettingsInput!) {\n    saveServiceSettings(service: $service, input: $input) {\n      __typename\n      ... on SettingsSaved {\n        settings {\n          ...ServiceSettingsFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.SaveServiceSettingsDocument,
    "\n  mutation SaveUserDefaults($input: UserDefaultsInput!) {\n    saveUserDefaults(input: $input) {\n      __typename\n      ... on SettingsSaved {\n        settings {\n          ...ServiceSettingsFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.SaveUserDefaultsDocument,
    "\n  mutation SaveLibrarySettings($shareNowPlaying: Boolean!) {\n    saveLibrarySettings(shareNowPlaying: $shareNowPlaying) {\n      ...ServiceSettingsFields\n    }\n  }\n": typeof types.SaveLibrarySettingsDocument,
    "\n  mutation TestConnection($service: Service!, $input: ServiceSettingsInput) {\n    testConnection(service: $service, input: $input) {\n      service\n      ok\n      message\n    }\n  }\n": typeof types.TestConnectionDocument,
    "\n  fragment DownloadSettingsFields on DownloadSettings {\n    allowedSites\n    layout\n    plexSectionKey\n    plexPath\n    maxDurationMinutes\n    maxFileSizeMb\n    retentionDays\n    cookiesSet\n    paused\n    libraryPath\n  }\n": typeof types.DownloadSettingsFieldsFragmentDoc,
    "\n  query DownloadSettings {\n    downloadSettings {\n      ...DownloadSettingsFields\n    }\n  }\n": typeof types.DownloadSettingsDocument,
    "\n  mutation UpdateDownloadSettings($input: DownloadSettingsInput!) {\n    updateDownloadSettings(input: $input) {\n      ...DownloadSettingsFields\n    }\n  }\n": typeof types.UpdateDownloadSettingsDocument,
    "\n  fragment NotificationChannelsFields on NotificationChannels {\n    webhookUrl\n    webhookSecretSet\n    discordUrlSet\n    smtpHost\n    smtpPort\n    smtpUsername\n    smtpPasswordSet\n    smtpFrom\n    smtpStarttls\n  }\n": typeof types.NotificationChannelsFieldsFragmentDoc,
    "\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelsFields\n    }\n  }\n": typeof types.NotificationChannelsDocument,
    "\n  mutation UpdateNotificationChannels($input: NotificationChannelsInput!) {\n    updateNotificationChannels(input: $input) {\n      ...NotificationChannelsFields\n    }\n  }\n": typeof types.UpdateNotificationChannelsDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    email\n    avatarUrl\n    role\n    isAdmin\n    isOwner\n    active\n    permissions\n    requestsPerWeek\n    downloadsPerDay\n    createdAt\n    lastSeenAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $active: Boolean) {\n    users(first: $first, after: $after, search: $search, role: $role, active: $active) {\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on UserUpdated {\n        user {\n          ...UserFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ImportPlexUsers {\n    importPlexUsers {\n      __typename\n      ... on UsersImported {\n        skipped\n        imported {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.ImportPlexUsersDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      device\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.UserSessionsDocument,
    "\n  mutation RevokeUserSessions($userId: ID!) {\n    revokeUserSessions(userId: $userId)\n  }\n": typeof types.RevokeUserSessionsDocument,
    "\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    severity\n    endsAt\n    createdAt\n  }\n": typeof types.AnnouncementFieldsFragmentDoc,
    "\n  query Announcements {\n    announcements {\n      ...AnnouncementFields\n    }\n  }\n": typeof types.AnnouncementsDocument,
    "\n  subscription AnnouncementsUpdated {\n    announcementsUpdated {\n      ...AnnouncementFields\n    }\n  }\n": typeof types.AnnouncementsUpdatedDocument,
    "\n  mutation PostAnnouncement($title: String!, $body: String!, $severity: AnnouncementSeverity!, $endsAt: DateTime) {\n    postAnnouncement(title: $title, body: $body, severity: $severity, endsAt: $endsAt) {\n      ...AnnouncementFields\n    }\n  }\n": typeof types.PostAnnouncementDocument,
    "\n  mutation EndAnnouncement($id: ID!) {\n    endAnnouncement(id: $id) {\n      ...AnnouncementFields\n    }\n  }\n": typeof types.EndAnnouncementDocument,
    "\n  mutation StartPlexSignIn($redirect: Boolean!) {\n    startPlexSignIn(redirect: $redirect) {\n      __typename\n      ... on PlexSignInStarted {\n        id\n        authUrl\n        expiresAt\n      }\n      ... on PlexSignInFailed {\n        reason\n        message\n      }\n    }\n  }\n": typeof types.StartPlexSignInDocument,
    "\n  mutation CheckPlexSignIn($id: ID!) {\n    checkPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n": typeof types.CheckPlexSignInDocument,
    "\n  mutation CancelPlexSignIn($id: ID!) {\n    cancelPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n": typeof types.CancelPlexSignInDocument,
    "\n  fragment PlexSignInOutcome on PlexSignInResult {\n    __typename\n    ... on PlexSignInPending {\n      id\n    }\n    ... on SignedIn {\n      needsSetup\n      user {\n        id\n        displayName\n      }\n    }\n    ... on PlexSignInFailed {\n      reason\n      message\n    }\n  }\n": typeof types.PlexSignInOutcomeFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      avatarUrl\n      role\n      isAdmin\n      isOwner\n      permissions\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment NowPlayingFields on NowPlaying {\n    sessionKey\n    title\n    grandparentTitle\n    type\n    progress\n    state\n    player\n    userTitle\n    transcoding\n    itemId\n    posterUrl\n  }\n": typeof types.NowPlayingFieldsFragmentDoc,
    "\n  query Dashboard($recent: Int!) {\n    nowPlaying {\n      ...NowPlayingFields\n    }\n    libraryStatus {\n      plexReachable\n      breakerOpen\n    }\n    recentlyAdded(first: $recent) {\n      edges {\n        node {\n          ...PosterFields\n          index\n          parentIndex\n          parent {\n            id\n            title\n            index\n            parent {\n              id\n              title\n              posterUrl(width: 300)\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  subscription NowPlayingUpdated {\n    nowPlayingUpdated {\n      ...NowPlayingFields\n    }\n  }\n": typeof types.NowPlayingUpdatedDocument,
    "\n  fragment DownloadFields on Download {\n    id\n    kind\n    url\n    site\n    title\n    channel\n    durationSeconds\n    thumbnailUrl\n    quality\n    container\n    status\n    phase\n    progress\n    downloadedBytes\n    totalBytes\n    speedBytesPerSecond\n    etaSeconds\n    entryCount\n    completedCount\n    errorCode\n    errorMessage\n    attempts\n    fileName\n    fileSize\n    declineReason\n    parentId\n    createdAt\n    startedAt\n    finishedAt\n    updatedAt\n    canCancel\n    canRetry\n    owner {\n      id\n      displayName\n      username\n    }\n  }\n": typeof types.DownloadFieldsFragmentDoc,
    "\n  query Downloads($first: Int!, $after: String, $status: DownloadStatus, $everyone: Boolean!, $active: Boolean) {\n    downloads(first: $first, after: $after, status: $status, everyone: $everyone, active: $active) {\n      edges {\n        cursor\n        node {\n          ...DownloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.DownloadsDocument,
    "\n  query DownloadApprovals($first: Int!, $after: String) {\n    downloadApprovals(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DownloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.DownloadApprovalsDocument,
    "\n  query DownloadDetail($id: ID!, $first: Int!, $after: String) {\n    download(id: $id) {\n      ...DownloadFields\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...DownloadFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.DownloadDetailDocument,
    "\n  query DownloadQuota {\n    downloadQuota {\n      used\n      limit\n      remaining\n      periodHours\n      resetsAt\n      needsApproval\n      maxDurationMinutes\n      maxFileSizeMb\n      unlimited\n    }\n  }\n": typeof types.DownloadQuotaDocument,
    "\n  query DownloadPreview($url: String!) {\n    downloadPreview(url: $url) {\n      __typename\n      ... on DownloadPreview {\n        url\n        site\n        isPlaylist\n        title\n        channel\n        durationSeconds\n        thumbnailUrl\n        entryCount\n        entries {\n          videoId\n          title\n          durationSeconds\n          url\n          tooLong\n        }\n        tooLong\n        alreadyDownloaded\n      }\n      ... on DownloadRefused {\n        code\n        message\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.DownloadPreviewDocument,
    "\n  mutation EnqueueDownload($input: EnqueueDownloadInput!) {\n    enqueueDownload(input: $input) {\n      __typename\n      ... on DownloadQueued {\n        download {\n          ...DownloadFields\n        }\n      }\n      ... on DownloadAwaitingApproval {\n        download {\n          ...DownloadFields\n        }\n      }\n      ... on AlreadyDownloaded {\n        download {\n          ...DownloadFields\n        }\n      }\n      ... on DownloadQuotaExceeded {\n        limit\n        used\n        requested\n        resetsAt\n        message\n      }\n      ... on DownloadRefused {\n        code\n        message\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.EnqueueDownloadDocument,
    "\n  mutation CancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      ...DownloadFields\n    }\n  }\n": typeof types.CancelDownloadDocument,
    "\n  mutation RetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      ...DownloadFields\n    }\n  }\n": typeof types.RetryDownloadDocument,
    "\n  mutation ApproveDownload($id: ID!) {\n    approveDownload(id: $id) {\n      ...DownloadFields\n    }\n  }\n": typeof types.ApproveDownloadDocument,
    "\n  mutation DeclineDownload($id: ID!, $reason: String) {\n    declineDownload(id: $id, reason: $reason) {\n      ...DownloadFields\n    }\n  }\n": typeof types.DeclineDownloadDocument,
    "\n  subscription DownloadUpdated {\n    downloadUpdated {\n      ...DownloadFields\n    }\n  }\n": typeof types.DownloadUpdatedDocument,
    "\n  subscription EveryoneDownloadUpdated {\n    downloadUpdated(everyone: true) {\n      ...DownloadFields\n    }\n  }\n": typeof types.EveryoneDownloadUpdatedDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.CancelJobDocument,
    "\n  mutation RunHousekeeping {\n    runHousekeeping {\n      ...JobFields\n    }\n  }\n": typeof types.RunHousekeepingDocument,
    "\n  fragment JobFields on Job {\n    id\n    kind\n    title\n    status\n    progress\n    message\n    error\n    attempts\n    createdAt\n    startedAt\n    finishedAt\n    updatedAt\n    owner {\n      id\n      displayName\n      username\n    }\n  }\n": typeof types.JobFieldsFragmentDoc,
    "\n  query Jobs($first: Int!, $after: String, $status: JobStatus, $kind: String) {\n    jobs(first: $first, after: $after, status: $status, kind: $kind) {\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.JobsDocument,
    "\n  subscription JobUpdated {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": typeof types.JobUpdatedDocument,
    "\n  fragment PosterFields on MediaItem {\n    id\n    title\n    year\n    type\n    posterUrl(width: 300)\n    genres\n    watched\n    rating\n  }\n": typeof types.PosterFieldsFragmentDoc,
    "\n  query LibrarySections {\n    librarySections {\n      id\n      title\n      type\n      itemCount\n      syncedAt\n    }\n  }\n": typeof types.LibrarySectionsDocument,
    "\n  query LibraryStatus {\n    libraryStatus {\n      plexReachable\n      breakerOpen\n      lastSyncAt\n      itemCount\n    }\n  }\n": typeof types.LibraryStatusDocument,
    "\n  query LibraryItems(\n    $first: Int!\n    $after: String\n    $sectionId: ID\n    $type: MediaType\n    $year: Int\n    $genre: String\n    $unwatched: Boolean\n    $sort: LibrarySort!\n  ) {\n    libraryItems(\n      first: $first\n      after: $after\n      sectionId: $sectionId\n      type: $type\n      year: $year\n      genre: $genre\n      unwatched: $unwatched\n      sort: $sort\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PosterFields\n        }\n      }\n    }\n  }\n": typeof types.LibraryItemsDocument,
    "\n  query LibrarySearch($query: String!, $first: Int!, $after: String) {\n    librarySearch(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PosterFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LibrarySearchDocument,
    "\n  query LibraryCollections($sectionId: ID, $first: Int!, $after: String) {\n    libraryCollections(sectionId: $sectionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          sectionId\n          title\n          summary\n          itemCount\n          posterUrl(width: 300)\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.LibraryCollectionsDocument,
    "\n  query LibraryCollection($id: ID!, $first: Int!, $after: String) {\n    libraryCollection(id: $id) {\n      id\n      title\n      summary\n      itemCount\n      items(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PosterFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.LibraryCollectionDocument,
    "\n  fragment ChildFields on MediaItem {\n    id\n    type\n    title\n    index\n    parentIndex\n    year\n    durationMs\n    watched\n    leafCount\n    childCount\n    posterUrl(width: 300)\n  }\n": typeof types.ChildFieldsFragmentDoc,
    "\n  query LibraryItem($id: ID!, $children: Int!) {\n    libraryItem(id: $id) {\n      id\n      type\n      title\n      year\n      summary\n      genres\n      rating\n      contentRating\n      durationMs\n      index\n      parentIndex\n      leafCount\n      childCount\n      watched\n      tmdbId\n      imdbId\n      addedAt\n      posterUrl(width: 300)\n      artUrl\n      plexUrl\n      parent {\n        id\n        type\n        title\n        index\n        parent {\n          id\n          type\n          title\n        }\n      }\n      children(first: $children) {\n        edges {\n          cursor\n          node {\n            ...ChildFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.LibraryItemDocument,
    "\n  query ItemChildren($id: ID!, $first: Int!, $after: String) {\n    libraryItem(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ChildFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ItemChildrenDocument,
    "\n  mutation SyncLibrary {\n    syncLibrary(mode: FULL) {\n      ...JobFields\n    }\n  }\n": typeof types.SyncLibraryDocument,
    "\n  query SyncJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.SyncJobDocument,
    "\n  subscription SyncJobUpdated($id: ID!) {\n    jobUpdated(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.SyncJobUpdatedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      unreadCount\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment NotificationPreferenceFields on NotificationPreference {\n    kind\n    inApp\n    channels\n  }\n": typeof types.NotificationPreferenceFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      preferences {\n        ...NotificationPreferenceFields\n      }\n      availableChannels\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $channels: [NotificationChannel!]!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, channels: $channels) {\n      ...NotificationPreferenceFields\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationEventsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on ApiTokenCreated {\n        secret\n        token {\n          ...ApiTokenFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  query MyEmail {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.MyEmailDocument,
    "\n  mutation UpdateMyEmail($email: String!) {\n    updateMyEmail(email: $email) {\n      __typename\n      ... on UserUpdated {\n        user {\n          id\n          email\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateMyEmailDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment MediaRequestFields on MediaRequest {\n    id\n    mediaType\n    tmdbId\n    title\n    year\n    seasons\n    is4k\n    note\n    status\n    declineReason\n    error\n    createdAt\n    updatedAt\n    posterUrl\n  }\n": typeof types.MediaRequestFieldsFragmentDoc,
    "\n  query MediaSearch($query: String!, $page: Int!) {\n    mediaSearch(query: $query, page: $page) {\n      page\n      totalPages\n      results {\n        mediaType\n        tmdbId\n        title\n        year\n        overview\n        posterUrl\n        availability\n        plexItem {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MediaSearchDocument,
    "\n  query MediaDetails($mediaType: RequestableType!, $tmdbId: Int!) {\n    mediaDetails(mediaType: $mediaType, tmdbId: $tmdbId) {\n      mediaType\n      tmdbId\n      title\n      year\n      overview\n      posterUrl\n      backdropUrl\n      status\n      plexItem {\n        id\n      }\n      seasons {\n        number\n        name\n        episodes\n        status\n        requested\n      }\n      requests {\n        id\n        status\n        seasons\n        requestedBy {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.MediaDetailsDocument,
    "\n  query MyRequests($first: Int!, $after: String) {\n    myRequests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MediaRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  query AllRequests($first: Int!, $after: String, $status: RequestStatus) {\n    allRequests(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...MediaRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AllRequestsDocument,
    "\n  mutation RequestMedia($input: RequestMediaInput!) {\n    requestMedia(input: $input) {\n      __typename\n      ... on RequestCreated {\n        request {\n          ...MediaRequestFields\n        }\n      }\n      ... on RequestQueued {\n        request {\n          ...MediaRequestFields\n        }\n      }\n      ... on AlreadyRequested {\n        request {\n          ...MediaRequestFields\n        }\n      }\n      ... on AlreadyAvailable {\n        message\n      }\n      ... on QuotaExceeded {\n        limit\n        resetsAt\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.RequestMediaDocument,
    "\n  fragment UpdateRequestResultFields on UpdateRequestResult {\n    __typename\n    ... on RequestUpdated {\n      request {\n        ...MediaRequestFields\n      }\n    }\n    ... on ValidationError {\n      message\n      field\n    }\n  }\n": typeof types.UpdateRequestResultFieldsFragmentDoc,
    "\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      ...UpdateRequestResultFields\n    }\n  }\n": typeof types.ApproveRequestDocument,
    "\n  mutation DeclineRequest($id: ID!, $reason: String!) {\n    declineRequest(id: $id, reason: $reason) {\n      ...UpdateRequestResultFields\n    }\n  }\n": typeof types.DeclineRequestDocument,
    "\n  mutation DeleteRequest($id: ID!) {\n    deleteRequest(id: $id)\n  }\n": typeof types.DeleteRequestDocument,
    "\n  subscription RequestUpdated {\n    requestUpdated {\n      ...MediaRequestFields\n    }\n  }\n": typeof types.RequestUpdatedDocument,
    "\n  query SetupStatus {\n    setupStatus {\n      configured\n      serverName\n      oidcEnabled\n      oidcLabel\n    }\n  }\n": typeof types.SetupStatusDocument,
    "\n  query SetupServers {\n    setupServers {\n      id\n      name\n      addresses\n    }\n  }\n": typeof types.SetupServersDocument,
    "\n  mutation CompleteSetup($serverId: String!) {\n    completeSetup(serverId: $serverId) {\n      __typename\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": typeof types.CompleteSetupDocument,
    "\n  fragment MonitorFields on Monitor {\n    id\n    name\n    group\n    status\n    pingMs\n    lastCheckAt\n    uptime24h\n    uptime7d\n    uptime30d\n    visible\n    history {\n      at\n      status\n      pingMs\n    }\n  }\n": typeof types.MonitorFieldsFragmentDoc,
    "\n  query ServiceStatus {\n    serviceStatus {\n      configured\n      monitors {\n        ...MonitorFields\n      }\n    }\n  }\n": typeof types.ServiceStatusDocument,
    "\n  subscription ServiceStatusUpdated {\n    serviceStatusUpdated {\n      configured\n      monitors {\n        ...MonitorFields\n      }\n    }\n  }\n": typeof types.ServiceStatusUpdatedDocument,
    "\n  mutation UpdateMonitor($id: ID!, $displayName: String, $visible: Boolean) {\n    updateMonitor(id: $id, displayName: $displayName, visible: $visible) {\n      ...MonitorFields\n    }\n  }\n": typeof types.UpdateMonitorDocument,
    "\n  mutation RefreshServiceStatus {\n    refreshServiceStatus {\n      configured\n      monitors {\n        ...MonitorFields\n      }\n    }\n  }\n": typeof types.RefreshServiceStatusDocument,
    "\n  subscription FeatureStatusUpdated {\n    featureStatusUpdated {\n      name\n      available\n      message\n    }\n  }\n": typeof types.FeatureStatusUpdatedDocument,
};
const documents: Documents = {
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      mode\n    }\n  }\n": types.ServerInfoDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String, $targetType: String) {\n    auditLog(first: $first, after: $after, action: $action, targetType: $targetType) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          before\n          after\n          createdAt\n          actor {\n            id\n            displayName\n            username\n            avatarUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment ServiceSettingsFields on ServiceSettings {\n    plex {\n      url\n      tokenSet\n      machineIdentifier\n      serverName\n      overridden\n    }\n    overseerr {\n      url\n      apiKeySet\n      overridden\n    }\n    uptimeKuma {\n      url\n      slug\n      overridden\n    }\n    oidc {\n      enabled\n      issuer\n      clientId\n      clientSecretSet\n      label\n      redirectPath\n    }\n    library {\n      shareNowPlaying\n    }\n    userDefaults {\n      permissions\n      requestsPerWeek\n      downloadsPerDay\n    }\n  }\n": types.ServiceSettingsFieldsFragmentDoc,
    "\n  query ServiceSettings {\n    serviceSettings {\n      ...ServiceSettingsFields\n    }\n  }\n": types.ServiceSettingsDocument,
    "\n  mutation SaveServiceSettings($service: Service!, $input: ServiceSettingsInput!) {\n    saveServiceSettings(service: $service, input: $input) {\n      __typename\n      ... on SettingsSaved {\n        settings {\n          ...ServiceSettingsFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.SaveServiceSettingsDocument,
    "\n  mutation SaveUserDefaults($input: UserDefaultsInput!) {\n    saveUserDefaults(input: $input) {\n      __typename\n      ... on SettingsSaved {\n        settings {\n          ...ServiceSettingsFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.SaveUserDefaultsDocument,
    "\n  mutation SaveLibrarySettings($shareNowPlaying: Boolean!) {\n    saveLibrarySettings(shareNowPlaying: $shareNowPlaying) {\n      ...ServiceSettingsFields\n    }\n  }\n": types.SaveLibrarySettingsDocument,
    "\n  mutation TestConnection($service: Service!, $input: ServiceSettingsInput) {\n    testConnection(service: $service, input: $input) {\n      service\n      ok\n      message\n    }\n  }\n": types.TestConnectionDocument,
    "\n  fragment DownloadSettingsFields on DownloadSettings {\n    allowedSites\n    layout\n    plexSectionKey\n    plexPath\n    maxDurationMinutes\n    maxFileSizeMb\n    retentionDays\n    cookiesSet\n    paused\n    libraryPath\n  }\n": types.DownloadSettingsFieldsFragmentDoc,
    "\n  query DownloadSettings {\n    downloadSettings {\n      ...DownloadSettingsFields\n    }\n  }\n": types.DownloadSettingsDocument,
    "\n  mutation UpdateDownloadSettings($input: DownloadSettingsInput!) {\n    updateDownloadSettings(input: $input) {\n      ...DownloadSettingsFields\n    }\n  }\n": types.UpdateDownloadSettingsDocument,
    "\n  fragment NotificationChannelsFields on NotificationChannels {\n    webhookUrl\n    webhookSecretSet\n    discordUrlSet\n    smtpHost\n    smtpPort\n    smtpUsername\n    smtpPasswordSet\n    smtpFrom\n    smtpStarttls\n  }\n": types.NotificationChannelsFieldsFragmentDoc,
    "\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelsFields\n    }\n  }\n": types.NotificationChannelsDocument,
    "\n  mutation UpdateNotificationChannels($input: NotificationChannelsInput!) {\n    updateNotificationChannels(input: $input) {\n      ...NotificationChannelsFields\n    }\n  }\n": types.UpdateNotificationChannelsDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    email\n    avatarUrl\n    role\n    isAdmin\n    isOwner\n    active\n    permissions\n    requestsPerWeek\n    downloadsPerDay\n    createdAt\n    lastSeenAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $active: Boolean) {\n    users(first: $first, after: $after, search: $search, role: $role, active: $active) {\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.UsersDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on UserUpdated {\n        user {\n          ...UserFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ImportPlexUsers {\n    importPlexUsers {\n      __typename\n      ... on UsersImported {\n        skipped\n        imported {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.ImportPlexUsersDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      device\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.UserSessionsDocument,
    "\n  mutation RevokeUserSessions($userId: ID!) {\n    revokeUserSessions(userId: $userId)\n  }\n": types.RevokeUserSessionsDocument,
    "\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    severity\n    endsAt\n    createdAt\n  }\n": types.AnnouncementFieldsFragmentDoc,
    "\n  query Announcements {\n    announcements {\n      ...AnnouncementFields\n    }\n  }\n": types.AnnouncementsDocument,
    "\n  subscription AnnouncementsUpdated {\n    announcementsUpdated {\n      ...AnnouncementFields\n    }\n  }\n": types.AnnouncementsUpdatedDocument,
    "\n  mutation PostAnnouncement($title: String!, $body: String!, $severity: AnnouncementSeverity!, $endsAt: DateTime) {\n    postAnnouncement(title: $title, body: $body, severity: $severity, endsAt: $endsAt) {\n      ...AnnouncementFields\n    }\n  }\n": types.PostAnnouncementDocument,
    "\n  mutation EndAnnouncement($id: ID!) {\n    endAnnouncement(id: $id) {\n      ...AnnouncementFields\n    }\n  }\n": types.EndAnnouncementDocument,
    "\n  mutation StartPlexSignIn($redirect: Boolean!) {\n    startPlexSignIn(redirect: $redirect) {\n      __typename\n      ... on PlexSignInStarted {\n        id\n        authUrl\n        expiresAt\n      }\n      ... on PlexSignInFailed {\n        reason\n        message\n      }\n    }\n  }\n": types.StartPlexSignInDocument,
    "\n  mutation CheckPlexSignIn($id: ID!) {\n    checkPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n": types.CheckPlexSignInDocument,
    "\n  mutation CancelPlexSignIn($id: ID!) {\n    cancelPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n": types.CancelPlexSignInDocument,
    "\n  fragment PlexSignInOutcome on PlexSignInResult {\n    __typename\n    ... on PlexSignInPending {\n      id\n    }\n    ... on SignedIn {\n      needsSetup\n      user {\n        id\n        displayName\n      }\n    }\n    ... on PlexSignInFailed {\n      reason\n      message\n    }\n  }\n": types.PlexSignInOutcomeFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      avatarUrl\n      role\n      isAdmin\n      isOwner\n      permissions\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment NowPlayingFields on NowPlaying {\n    sessionKey\n    title\n    grandparentTitle\n    type\n    progress\n    state\n    player\n    userTitle\n    transcoding\n    itemId\n    posterUrl\n  }\n": types.NowPlayingFieldsFragmentDoc,
    "\n  query Dashboard($recent: Int!) {\n    nowPlaying {\n      ...NowPlayingFields\n    }\n    libraryStatus {\n      plexReachable\n      breakerOpen\n    }\n    recentlyAdded(first: $recent) {\n      edges {\n        node {\n          ...PosterFields\n          index\n          parentIndex\n          parent {\n            id\n            title\n            index\n            parent {\n              id\n              title\n              posterUrl(width: 300)\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  subscription NowPlayingUpdated {\n    nowPlayingUpdated {\n      ...NowPlayingFields\n    }\n  }\n": types.NowPlayingUpdatedDocument,
    "\n  fragment DownloadFields on Download {\n    id\n    kind\n    url\n    site\n    title\n    channel\n    durationSeconds\n    thumbnailUrl\n    quality\n    container\n    status\n    phase\n    progress\n    downloadedBytes\n    totalBytes\n    speedBytesPerSecond\n    etaSeconds\n    entryCount\n    completedCount\n    errorCode\n    errorMessage\n    attempts\n    fileName\n    fileSize\n    declineReason\n    parentId\n    createdAt\n    startedAt\n    finishedAt\n    updatedAt\n    canCancel\n    canRetry\n    owner {\n      id\n      displayName\n      username\n    }\n  }\n": types.DownloadFieldsFragmentDoc,
    "\n  query Downloads($first: Int!, $after: String, $status: DownloadStatus, $everyone: Boolean!, $active: Boolean) {\n    downloads(first: $first, after: $after, status: $status, everyone: $everyone, active: $active) {\n      edges {\n        cursor\n        node {\n          ...DownloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.DownloadsDocument,
    "\n  query DownloadApprovals($first: Int!, $after: String) {\n    downloadApprovals(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DownloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.DownloadApprovalsDocument,
    "\n  query DownloadDetail($id: ID!, $first: Int!, $after: String) {\n    download(id: $id) {\n      ...DownloadFields\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...DownloadFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n": types.DownloadDetailDocument,
    "\n  query DownloadQuota {\n    downloadQuota {\n      used\n      limit\n      remaining\n      periodHours\n      resetsAt\n      needsApproval\n      maxDurationMinutes\n      maxFileSizeMb\n      unlimited\n    }\n  }\n": types.DownloadQuotaDocument,
    "\n  query DownloadPreview($url: String!) {\n    downloadPreview(url: $url) {\n      __typename\n      ... on DownloadPreview {\n        url\n        site\n        isPlaylist\n        title\n        channel\n        durationSeconds\n        thumbnailUrl\n        entryCount\n        entries {\n          videoId\n          title\n          durationSeconds\n          url\n          tooLong\n        }\n        tooLong\n        alreadyDownloaded\n      }\n      ... on DownloadRefused {\n        code\n        message\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.DownloadPreviewDocument,
    "\n  mutation EnqueueDownload($input: EnqueueDownloadInput!) {\n    enqueueDownload(input: $input) {\n      __typename\n      ... on DownloadQueued {\n        download {\n          ...DownloadFields\n        }\n      }\n      ... on DownloadAwaitingApproval {\n        download {\n          ...DownloadFields\n        }\n      }\n      ... on AlreadyDownloaded {\n        download {\n          ...DownloadFields\n        }\n      }\n      ... on DownloadQuotaExceeded {\n        limit\n        used\n        requested\n        resetsAt\n        message\n      }\n      ... on DownloadRefused {\n        code\n        message\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.EnqueueDownloadDocument,
    "\n  mutation CancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      ...DownloadFields\n    }\n  }\n": types.CancelDownloadDocument,
    "\n  mutation RetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      ...DownloadFields\n    }\n  }\n": types.RetryDownloadDocument,
    "\n  mutation ApproveDownload($id: ID!) {\n    approveDownload(id: $id) {\n      ...DownloadFields\n    }\n  }\n": types.ApproveDownloadDocument,
    "\n  mutation DeclineDownload($id: ID!, $reason: String) {\n    declineDownload(id: $id, reason: $reason) {\n      ...DownloadFields\n    }\n  }\n": types.DeclineDownloadDocument,
    "\n  subscription DownloadUpdated {\n    downloadUpdated {\n      ...DownloadFields\n    }\n  }\n": types.DownloadUpdatedDocument,
    "\n  subscription EveryoneDownloadUpdated {\n    downloadUpdated(everyone: true) {\n      ...DownloadFields\n    }\n  }\n": types.EveryoneDownloadUpdatedDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n": types.CancelJobDocument,
    "\n  mutation RunHousekeeping {\n    runHousekeeping {\n      ...JobFields\n    }\n  }\n": types.RunHousekeepingDocument,
    "\n  fragment JobFields on Job {\n    id\n    kind\n    title\n    status\n    progress\n    message\n    error\n    attempts\n    createdAt\n    startedAt\n    finishedAt\n    updatedAt\n    owner {\n      id\n      displayName\n      username\n    }\n  }\n": types.JobFieldsFragmentDoc,
    "\n  query Jobs($first: Int!, $after: String, $status: JobStatus, $kind: String) {\n    jobs(first: $first, after: $after, status: $status, kind: $kind) {\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.JobsDocument,
    "\n  subscription JobUpdated {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": types.JobUpdatedDocument,
    "\n  fragment PosterFields on MediaItem {\n    id\n    title\n    year\n    type\n    posterUrl(width: 300)\n    genres\n    watched\n    rating\n  }\n": types.PosterFieldsFragmentDoc,
    "\n  query LibrarySections {\n    librarySections {\n      id\n      title\n      type\n      itemCount\n      syncedAt\n    }\n  }\n": types.LibrarySectionsDocument,
    "\n  query LibraryStatus {\n    libraryStatus {\n      plexReachable\n      breakerOpen\n      lastSyncAt\n      itemCount\n    }\n  }\n": types.LibraryStatusDocument,
    "\n  query LibraryItems(\n    $first: Int!\n    $after: String\n    $sectionId: ID\n    $type: MediaType\n    $year: Int\n    $genre: String\n    $unwatched: Boolean\n    $sort: LibrarySort!\n  ) {\n    libraryItems(\n      first: $first\n      after: $after\n      sectionId: $sectionId\n      type: $type\n      year: $year\n      genre: $genre\n      unwatched: $unwatched\n      sort: $sort\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PosterFields\n        }\n      }\n    }\n  }\n": types.LibraryItemsDocument,
    "\n  query LibrarySearch($query: String!, $first: Int!, $after: String) {\n    librarySearch(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PosterFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LibrarySearchDocument,
    "\n  query LibraryCollections($sectionId: ID, $first: Int!, $after: String) {\n    libraryCollections(sectionId: $sectionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          sectionId\n          title\n          summary\n          itemCount\n          posterUrl(width: 300)\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.LibraryCollectionsDocument,
    "\n  query LibraryCollection($id: ID!, $first: Int!, $after: String) {\n    libraryCollection(id: $id) {\n      id\n      title\n      summary\n      itemCount\n      items(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PosterFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.LibraryCollectionDocument,
    "\n  fragment ChildFields on MediaItem {\n    id\n    type\n    title\n    index\n    parentIndex\n    year\n    durationMs\n    watched\n    leafCount\n    childCount\n    posterUrl(width: 300)\n  }\n": types.ChildFieldsFragmentDoc,
    "\n  query LibraryItem($id: ID!, $children: Int!) {\n    libraryItem(id: $id) {\n      id\n      type\n      title\n      year\n      summary\n      genres\n      rating\n      contentRating\n      durationMs\n      index\n      parentIndex\n      leafCount\n      childCount\n      watched\n      tmdbId\n      imdbId\n      addedAt\n      posterUrl(width: 300)\n      artUrl\n      plexUrl\n      parent {\n        id\n        type\n        title\n        index\n        parent {\n          id\n          type\n          title\n        }\n      }\n      children(first: $children) {\n        edges {\n          cursor\n          node {\n            ...ChildFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.LibraryItemDocument,
    "\n  query ItemChildren($id: ID!, $first: Int!, $after: String) {\n    libraryItem(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ChildFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ItemChildrenDocument,
    "\n  mutation SyncLibrary {\n    syncLibrary(mode: FULL) {\n      ...JobFields\n    }\n  }\n": types.SyncLibraryDocument,
    "\n  query SyncJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n": types.SyncJobDocument,
    "\n  subscription SyncJobUpdated($id: ID!) {\n    jobUpdated(id: $id) {\n      ...JobFields\n    }\n  }\n": types.SyncJobUpdatedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      unreadCount\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment NotificationPreferenceFields on NotificationPreference {\n    kind\n    inApp\n    channels\n  }\n": types.NotificationPreferenceFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      preferences {\n        ...NotificationPreferenceFields\n      }\n      availableChannels\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $channels: [NotificationChannel!]!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, channels: $channels) {\n      ...NotificationPreferenceFields\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationEventsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on ApiTokenCreated {\n        secret\n        token {\n          ...ApiTokenFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  query MyEmail {\n    me {\n      id\n      email\n    }\n  }\n": types.MyEmailDocument,
    "\n  mutation UpdateMyEmail($email: String!) {\n    updateMyEmail(email: $email) {\n      __typename\n      ... on UserUpdated {\n        user {\n          id\n          email\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.UpdateMyEmailDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment MediaRequestFields on MediaRequest {\n    id\n    mediaType\n    tmdbId\n    title\n    year\n    seasons\n    is4k\n    note\n    status\n    declineReason\n    error\n    createdAt\n    updatedAt\n    posterUrl\n  }\n": types.MediaRequestFieldsFragmentDoc,
    "\n  query MediaSearch($query: String!, $page: Int!) {\n    mediaSearch(query: $query, page: $page) {\n      page\n      totalPages\n      results {\n        mediaType\n        tmdbId\n        title\n        year\n        overview\n        posterUrl\n        availability\n        plexItem {\n          id\n        }\n      }\n    }\n  }\n": types.MediaSearchDocument,
    "\n  query MediaDetails($mediaType: RequestableType!, $tmdbId: Int!) {\n    mediaDetails(mediaType: $mediaType, tmdbId: $tmdbId) {\n      mediaType\n      tmdbId\n      title\n      year\n      overview\n      posterUrl\n      backdropUrl\n      status\n      plexItem {\n        id\n      }\n      seasons {\n        number\n        name\n        episodes\n        status\n        requested\n      }\n      requests {\n        id\n        status\n        seasons\n        requestedBy {\n          displayName\n        }\n      }\n    }\n  }\n": types.MediaDetailsDocument,
    "\n  query MyRequests($first: Int!, $after: String) {\n    myRequests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MediaRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MyRequestsDocument,
    "\n  query AllRequests($first: Int!, $after: String, $status: RequestStatus) {\n    allRequests(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...MediaRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AllRequestsDocument,
    "\n  mutation RequestMedia($input: RequestMediaInput!) {\n    requestMedia(input: $input) {\n      __typename\n      ... on RequestCreated {\n        request {\n          ...MediaRequestFields\n        }\n      }\n      ... on RequestQueued {\n        request {\n          ...MediaRequestFields\n        }\n      }\n      ... on AlreadyRequested {\n        request {\n          ...MediaRequestFields\n        }\n      }\n      ... on AlreadyAvailable {\n        message\n      }\n      ... on QuotaExceeded {\n        limit\n        resetsAt\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.RequestMediaDocument,
    "\n  fragment UpdateRequestResultFields on UpdateRequestResult {\n    __typename\n    ... on RequestUpdated {\n      request {\n        ...MediaRequestFields\n      }\n    }\n    ... on ValidationError {\n      message\n      field\n    }\n  }\n": types.UpdateRequestResultFieldsFragmentDoc,
    "\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      ...UpdateRequestResultFields\n    }\n  }\n": types.ApproveRequestDocument,
    "\n  mutation DeclineRequest($id: ID!, $reason: String!) {\n    declineRequest(id: $id, reason: $reason) {\n      ...UpdateRequestResultFields\n    }\n  }\n": types.DeclineRequestDocument,
    "\n  mutation DeleteRequest($id: ID!) {\n    deleteRequest(id: $id)\n  }\n": types.DeleteRequestDocument,
    "\n  subscription RequestUpdated {\n    requestUpdated {\n      ...MediaRequestFields\n    }\n  }\n": types.RequestUpdatedDocument,
    "\n  query SetupStatus {\n    setupStatus {\n      configured\n      serverName\n      oidcEnabled\n      oidcLabel\n    }\n  }\n": types.SetupStatusDocument,
    "\n  query SetupServers {\n    setupServers {\n      id\n      name\n      addresses\n    }\n  }\n": types.SetupServersDocument,
    "\n  mutation CompleteSetup($serverId: String!) {\n    completeSetup(serverId: $serverId) {\n      __typename\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n": types.CompleteSetupDocument,
    "\n  fragment MonitorFields on Monitor {\n    id\n    name\n    group\n    status\n    pingMs\n    lastCheckAt\n    uptime24h\n    uptime7d\n    uptime30d\n    visible\n    history {\n      at\n      status\n      pingMs\n    }\n  }\n": types.MonitorFieldsFragmentDoc,
    "\n  query ServiceStatus {\n    serviceStatus {\n      configured\n      monitors {\n        ...MonitorFields\n      }\n    }\n  }\n": types.ServiceStatusDocument,
    "\n  subscription ServiceStatusUpdated {\n    serviceStatusUpdated {\n      configured\n      monitors {\n        ...MonitorFields\n      }\n    }\n  }\n": types.ServiceStatusUpdatedDocument,
    "\n  mutation UpdateMonitor($id: ID!, $displayName: String, $visible: Boolean) {\n    updateMonitor(id: $id, displayName: $displayName, visible: $visible) {\n      ...MonitorFields\n    }\n  }\n": types.UpdateMonitorDocument,
    "\n  mutation RefreshServiceStatus {\n    refreshServiceStatus {\n      configured\n      monitors {\n        ...MonitorFields\n      }\n    }\n  }\n": types.RefreshServiceStatusDocument,
    "\n  subscription FeatureStatusUpdated {\n    featureStatusUpdated {\n      name\n      available\n      message\n    }\n  }\n": types.FeatureStatusUpdatedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      version\n      mode\n    }\n  }\n"): typeof import('./graphql').ServerInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $action: String, $targetType: String) {\n    auditLog(first: $first, after: $after, action: $action, targetType: $targetType) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          before\n          after\n          createdAt\n          actor {\n            id\n            displayName\n            username\n            avatarUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceSettingsFields on ServiceSettings {\n    plex {\n      url\n      tokenSet\n      machineIdentifier\n      serverName\n      overridden\n    }\n    overseerr {\n      url\n      apiKeySet\n      overridden\n    }\n    uptimeKuma {\n      url\n      slug\n      overridden\n    }\n    oidc {\n      enabled\n      issuer\n      clientId\n      clientSecretSet\n      label\n      redirectPath\n    }\n    library {\n      shareNowPlaying\n    }\n    userDefaults {\n      permissions\n      requestsPerWeek\n      downloadsPerDay\n    }\n  }\n"): typeof import('./graphql').ServiceSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSettings {\n    serviceSettings {\n      ...ServiceSettingsFields\n    }\n  }\n"): typeof import('./graphql').ServiceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveServiceSettings($service: Service!, $input: ServiceSettingsInput!) {\n    saveServiceSettings(service: $service, input: $input) {\n      __typename\n      ... on SettingsSaved {\n        settings {\n          ...ServiceSettingsFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SaveServiceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveUserDefaults($input: UserDefaultsInput!) {\n    saveUserDefaults(input: $input) {\n      __typename\n      ... on SettingsSaved {\n        settings {\n          ...ServiceSettingsFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SaveUserDefaultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLibrarySettings($shareNowPlaying: Boolean!) {\n    saveLibrarySettings(shareNowPlaying: $shareNowPlaying) {\n      ...ServiceSettingsFields\n    }\n  }\n"): typeof import('./graphql').SaveLibrarySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestConnection($service: Service!, $input: ServiceSettingsInput) {\n    testConnection(service: $service, input: $input) {\n      service\n      ok\n      message\n    }\n  }\n"): typeof import('./graphql').TestConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DownloadSettingsFields on DownloadSettings {\n    allowedSites\n    layout\n    plexSectionKey\n    plexPath\n    maxDurationMinutes\n    maxFileSizeMb\n    retentionDays\n    cookiesSet\n    paused\n    libraryPath\n  }\n"): typeof import('./graphql').DownloadSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DownloadSettings {\n    downloadSettings {\n      ...DownloadSettingsFields\n    }\n  }\n"): typeof import('./graphql').DownloadSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDownloadSettings($input: DownloadSettingsInput!) {\n    updateDownloadSettings(input: $input) {\n      ...DownloadSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateDownloadSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationChannelsFields on NotificationChannels {\n    webhookUrl\n    webhookSecretSet\n    discordUrlSet\n    smtpHost\n    smtpPort\n    smtpUsername\n    smtpPasswordSet\n    smtpFrom\n    smtpStarttls\n  }\n"): typeof import('./graphql').NotificationChannelsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelsFields\n    }\n  }\n"): typeof import('./graphql').NotificationChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationChannels($input: NotificationChannelsInput!) {\n    updateNotificationChannels(input: $input) {\n      ...NotificationChannelsFields\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    email\n    avatarUrl\n    role\n    isAdmin\n    isOwner\n    active\n    permissions\n    requestsPerWeek\n    downloadsPerDay\n    createdAt\n    lastSeenAt\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $active: Boolean) {\n    users(first: $first, after: $after, search: $search, role: $role, active: $active) {\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on UserUpdated {\n        user {\n          ...UserFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPlexUsers {\n    importPlexUsers {\n      __typename\n      ... on UsersImported {\n        skipped\n        imported {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ImportPlexUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      device\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): typeof import('./graphql').UserSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserSessions($userId: ID!) {\n    revokeUserSessions(userId: $userId)\n  }\n"): typeof import('./graphql').RevokeUserSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    severity\n    endsAt\n    createdAt\n  }\n"): typeof import('./graphql').AnnouncementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcements {\n    announcements {\n      ...AnnouncementFields\n    }\n  }\n"): typeof import('./graphql').AnnouncementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AnnouncementsUpdated {\n    announcementsUpdated {\n      ...AnnouncementFields\n    }\n  }\n"): typeof import('./graphql').AnnouncementsUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAnnouncement($title: String!, $body: String!, $severity: AnnouncementSeverity!, $endsAt: DateTime) {\n    postAnnouncement(title: $title, body: $body, severity: $severity, endsAt: $endsAt) {\n      ...AnnouncementFields\n    }\n  }\n"): typeof import('./graphql').PostAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAnnouncement($id: ID!) {\n    endAnnouncement(id: $id) {\n      ...AnnouncementFields\n    }\n  }\n"): typeof import('./graphql').EndAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPlexSignIn($redirect: Boolean!) {\n    startPlexSignIn(redirect: $redirect) {\n      __typename\n      ... on PlexSignInStarted {\n        id\n        authUrl\n        expiresAt\n      }\n      ... on PlexSignInFailed {\n        reason\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').StartPlexSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckPlexSignIn($id: ID!) {\n    checkPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n"): typeof import('./graphql').CheckPlexSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPlexSignIn($id: ID!) {\n    cancelPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n"): typeof import('./graphql').CancelPlexSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlexSignInOutcome on PlexSignInResult {\n    __typename\n    ... on PlexSignInPending {\n      id\n    }\n    ... on SignedIn {\n      needsSetup\n      user {\n        id\n        displayName\n      }\n    }\n    ... on PlexSignInFailed {\n      reason\n      message\n    }\n  }\n"): typeof import('./graphql').PlexSignInOutcomeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      avatarUrl\n      role\n      isAdmin\n      isOwner\n      permissions\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NowPlayingFields on NowPlaying {\n    sessionKey\n    title\n    grandparentTitle\n    type\n    progress\n    state\n    player\n    userTitle\n    transcoding\n    itemId\n    posterUrl\n  }\n"): typeof import('./graphql').NowPlayingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($recent: Int!) {\n    nowPlaying {\n      ...NowPlayingFields\n    }\n    libraryStatus {\n      plexReachable\n      breakerOpen\n    }\n    recentlyAdded(first: $recent) {\n      edges {\n        node {\n          ...PosterFields\n          index\n          parentIndex\n          parent {\n            id\n            title\n            index\n            parent {\n              id\n              title\n              posterUrl(width: 300)\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NowPlayingUpdated {\n    nowPlayingUpdated {\n      ...NowPlayingFields\n    }\n  }\n"): typeof import('./graphql').NowPlayingUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DownloadFields on Download {\n    id\n    kind\n    url\n    site\n    title\n    channel\n    durationSeconds\n    thumbnailUrl\n    quality\n    container\n    status\n    phase\n    progress\n    downloadedBytes\n    totalBytes\n    speedBytesPerSecond\n    etaSeconds\n    entryCount\n    completedCount\n    errorCode\n    errorMessage\n    attempts\n    fileName\n    fileSize\n    declineReason\n    parentId\n    createdAt\n    startedAt\n    finishedAt\n    updatedAt\n    canCancel\n    canRetry\n    owner {\n      id\n      displayName\n      username\n    }\n  }\n"): typeof import('./graphql').DownloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Downloads($first: Int!, $after: String, $status: DownloadStatus, $everyone: Boolean!, $active: Boolean) {\n    downloads(first: $first, after: $after, status: $status, everyone: $everyone, active: $active) {\n      edges {\n        cursor\n        node {\n          ...DownloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DownloadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DownloadApprovals($first: Int!, $after: String) {\n    downloadApprovals(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DownloadFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DownloadApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DownloadDetail($id: ID!, $first: Int!, $after: String) {\n    download(id: $id) {\n      ...DownloadFields\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...DownloadFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').DownloadDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DownloadQuota {\n    downloadQuota {\n      used\n      limit\n      remaining\n      periodHours\n      resetsAt\n      needsApproval\n      maxDurationMinutes\n      maxFileSizeMb\n      unlimited\n    }\n  }\n"): typeof import('./graphql').DownloadQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DownloadPreview($url: String!) {\n    downloadPreview(url: $url) {\n      __typename\n      ... on DownloadPreview {\n        url\n        site\n        isPlaylist\n        title\n        channel\n        durationSeconds\n        thumbnailUrl\n        entryCount\n        entries {\n          videoId\n          title\n          durationSeconds\n          url\n          tooLong\n        }\n        tooLong\n        alreadyDownloaded\n      }\n      ... on DownloadRefused {\n        code\n        message\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').DownloadPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnqueueDownload($input: EnqueueDownloadInput!) {\n    enqueueDownload(input: $input) {\n      __typename\n      ... on DownloadQueued {\n        download {\n          ...DownloadFields\n        }\n      }\n      ... on DownloadAwaitingApproval {\n        download {\n          ...DownloadFields\n        }\n      }\n      ... on AlreadyDownloaded {\n        download {\n          ...DownloadFields\n        }\n      }\n      ... on DownloadQuotaExceeded {\n        limit\n        used\n        requested\n        resetsAt\n        message\n      }\n      ... on DownloadRefused {\n        code\n        message\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').EnqueueDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      ...DownloadFields\n    }\n  }\n"): typeof import('./graphql').CancelDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      ...DownloadFields\n    }\n  }\n"): typeof import('./graphql').RetryDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDownload($id: ID!) {\n    approveDownload(id: $id) {\n      ...DownloadFields\n    }\n  }\n"): typeof import('./graphql').ApproveDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineDownload($id: ID!, $reason: String) {\n    declineDownload(id: $id, reason: $reason) {\n      ...DownloadFields\n    }\n  }\n"): typeof import('./graphql').DeclineDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DownloadUpdated {\n    downloadUpdated {\n      ...DownloadFields\n    }\n  }\n"): typeof import('./graphql').DownloadUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EveryoneDownloadUpdated {\n    downloadUpdated(everyone: true) {\n      ...DownloadFields\n    }\n  }\n"): typeof import('./graphql').EveryoneDownloadUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').CancelJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunHousekeeping {\n    runHousekeeping {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').RunHousekeepingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on Job {\n    id\n    kind\n    title\n    status\n    progress\n    message\n    error\n    attempts\n    createdAt\n    startedAt\n    finishedAt\n    updatedAt\n    owner {\n      id\n      displayName\n      username\n    }\n  }\n"): typeof import('./graphql').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs($first: Int!, $after: String, $status: JobStatus, $kind: String) {\n    jobs(first: $first, after: $after, status: $status, kind: $kind) {\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').JobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobUpdated {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').JobUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PosterFields on MediaItem {\n    id\n    title\n    year\n    type\n    posterUrl(width: 300)\n    genres\n    watched\n    rating\n  }\n"): typeof import('./graphql').PosterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibrarySections {\n    librarySections {\n      id\n      title\n      type\n      itemCount\n      syncedAt\n    }\n  }\n"): typeof import('./graphql').LibrarySectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryStatus {\n    libraryStatus {\n      plexReachable\n      breakerOpen\n      lastSyncAt\n      itemCount\n    }\n  }\n"): typeof import('./graphql').LibraryStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryItems(\n    $first: Int!\n    $after: String\n    $sectionId: ID\n    $type: MediaType\n    $year: Int\n    $genre: String\n    $unwatched: Boolean\n    $sort: LibrarySort!\n  ) {\n    libraryItems(\n      first: $first\n      after: $after\n      sectionId: $sectionId\n      type: $type\n      year: $year\n      genre: $genre\n      unwatched: $unwatched\n      sort: $sort\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PosterFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibrarySearch($query: String!, $first: Int!, $after: String) {\n    librarySearch(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PosterFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').LibrarySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryCollections($sectionId: ID, $first: Int!, $after: String) {\n    libraryCollections(sectionId: $sectionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          sectionId\n          title\n          summary\n          itemCount\n          posterUrl(width: 300)\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').LibraryCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryCollection($id: ID!, $first: Int!, $after: String) {\n    libraryCollection(id: $id) {\n      id\n      title\n      summary\n      itemCount\n      items(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PosterFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildFields on MediaItem {\n    id\n    type\n    title\n    index\n    parentIndex\n    year\n    durationMs\n    watched\n    leafCount\n    childCount\n    posterUrl(width: 300)\n  }\n"): typeof import('./graphql').ChildFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryItem($id: ID!, $children: Int!) {\n    libraryItem(id: $id) {\n      id\n      type\n      title\n      year\n      summary\n      genres\n      rating\n      contentRating\n      durationMs\n      index\n      parentIndex\n      leafCount\n      childCount\n      watched\n      tmdbId\n      imdbId\n      addedAt\n      posterUrl(width: 300)\n      artUrl\n      plexUrl\n      parent {\n        id\n        type\n        title\n        index\n        parent {\n          id\n          type\n          title\n        }\n      }\n      children(first: $children) {\n        edges {\n          cursor\n          node {\n            ...ChildFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LibraryItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemChildren($id: ID!, $first: Int!, $after: String) {\n    libraryItem(id: $id) {\n      id\n      children(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ChildFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ItemChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncLibrary {\n    syncLibrary(mode: FULL) {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').SyncLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').SyncJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SyncJobUpdated($id: ID!) {\n    jobUpdated(id: $id) {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').SyncJobUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"): typeof import('./graphql').NotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferenceFields on NotificationPreference {\n    kind\n    inApp\n    channels\n  }\n"): typeof import('./graphql').NotificationPreferenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      preferences {\n        ...NotificationPreferenceFields\n      }\n      availableChannels\n    }\n  }\n"): typeof import('./graphql').NotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $channels: [NotificationChannel!]!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, channels: $channels) {\n      ...NotificationPreferenceFields\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      device\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): typeof import('./graphql').RevokeOtherSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): typeof import('./graphql').MyApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on ApiTokenCreated {\n        secret\n        token {\n          ...ApiTokenFields\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEmail {\n    me {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').MyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyEmail($email: String!) {\n    updateMyEmail(email: $email) {\n      __typename\n      ... on UserUpdated {\n        user {\n          id\n          email\n        }\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateMyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MediaRequestFields on MediaRequest {\n    id\n    mediaType\n    tmdbId\n    title\n    year\n    seasons\n    is4k\n    note\n    status\n    declineReason\n    error\n    createdAt\n    updatedAt\n    posterUrl\n  }\n"): typeof import('./graphql').MediaRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaSearch($query: String!, $page: Int!) {\n    mediaSearch(query: $query, page: $page) {\n      page\n      totalPages\n      results {\n        mediaType\n        tmdbId\n        title\n        year\n        overview\n        posterUrl\n        availability\n        plexItem {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MediaSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaDetails($mediaType: RequestableType!, $tmdbId: Int!) {\n    mediaDetails(mediaType: $mediaType, tmdbId: $tmdbId) {\n      mediaType\n      tmdbId\n      title\n      year\n      overview\n      posterUrl\n      backdropUrl\n      status\n      plexItem {\n        id\n      }\n      seasons {\n        number\n        name\n        episodes\n        status\n        requested\n      }\n      requests {\n        id\n        status\n        seasons\n        requestedBy {\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MediaDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($first: Int!, $after: String) {\n    myRequests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MediaRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MyRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllRequests($first: Int!, $after: String, $status: RequestStatus) {\n    allRequests(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...MediaRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AllRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMedia($input: RequestMediaInput!) {\n    requestMedia(input: $input) {\n      __typename\n      ... on RequestCreated {\n        request {\n          ...MediaRequestFields\n        }\n      }\n      ... on RequestQueued {\n        request {\n          ...MediaRequestFields\n        }\n      }\n      ... on AlreadyRequested {\n        request {\n          ...MediaRequestFields\n        }\n      }\n      ... on AlreadyAvailable {\n        message\n      }\n      ... on QuotaExceeded {\n        limit\n        resetsAt\n      }\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').RequestMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpdateRequestResultFields on UpdateRequestResult {\n    __typename\n    ... on RequestUpdated {\n      request {\n        ...MediaRequestFields\n      }\n    }\n    ... on ValidationError {\n      message\n      field\n    }\n  }\n"): typeof import('./graphql').UpdateRequestResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      ...UpdateRequestResultFields\n    }\n  }\n"): typeof import('./graphql').ApproveRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineRequest($id: ID!, $reason: String!) {\n    declineRequest(id: $id, reason: $reason) {\n      ...UpdateRequestResultFields\n    }\n  }\n"): typeof import('./graphql').DeclineRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRequest($id: ID!) {\n    deleteRequest(id: $id)\n  }\n"): typeof import('./graphql').DeleteRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestUpdated {\n    requestUpdated {\n      ...MediaRequestFields\n    }\n  }\n"): typeof import('./graphql').RequestUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupStatus {\n    setupStatus {\n      configured\n      serverName\n      oidcEnabled\n      oidcLabel\n    }\n  }\n"): typeof import('./graphql').SetupStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupServers {\n    setupServers {\n      id\n      name\n      addresses\n    }\n  }\n"): typeof import('./graphql').SetupServersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSetup($serverId: String!) {\n    completeSetup(serverId: $serverId) {\n      __typename\n      ... on ValidationError {\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonitorFields on Monitor {\n    id\n    name\n    group\n    status\n    pingMs\n    lastCheckAt\n    uptime24h\n    uptime7d\n    uptime30d\n    visible\n    history {\n      at\n      status\n      pingMs\n    }\n  }\n"): typeof import('./graphql').MonitorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceStatus {\n    serviceStatus {\n      configured\n      monitors {\n        ...MonitorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServiceStatusUpdated {\n    serviceStatusUpdated {\n      configured\n      monitors {\n        ...MonitorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceStatusUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMonitor($id: ID!, $displayName: String, $visible: Boolean) {\n    updateMonitor(id: $id, displayName: $displayName, visible: $visible) {\n      ...MonitorFields\n    }\n  }\n"): typeof import('./graphql').UpdateMonitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshServiceStatus {\n    refreshServiceStatus {\n      configured\n      monitors {\n        ...MonitorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RefreshServiceStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeatureStatusUpdated {\n    featureStatusUpdated {\n      name\n      available\n      message\n    }\n  }\n"): typeof import('./graphql').FeatureStatusUpdatedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

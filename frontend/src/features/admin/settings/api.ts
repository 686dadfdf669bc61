import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type {
  DownloadSettingsFieldsFragment,
  NotificationChannelsFieldsFragment,
  ServiceSettingsFieldsFragment,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql';

export const ServiceSettingsFields = graphql(`
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
`);

const ServiceSettingsQuery = graphql(`
  query ServiceSettings {
    serviceSettings {
      ...ServiceSettingsFields
    }
  }
`);

export const SaveServiceSettingsMutation = graphql(`
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
`);

export const SaveUserDefaultsMutation = graphql(`
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
`);

export const SaveLibrarySettingsMutation = graphql(`
  mutation SaveLibrarySettings($shareNowPlaying: Boolean!) {
    saveLibrarySettings(shareNowPlaying: $shareNowPlaying) {
      ...ServiceSettingsFields
    }
  }
`);

export const TestConnectionMutation = graphql(`
  mutation TestConnection($service: Service!, $input: ServiceSettingsInput) {
    testConnection(service: $service, input: $input) {
      service
      ok
      message
    }
  }
`);

export type ServiceSettings = ServiceSettingsFieldsFragment;

export const settingsKeys = {
  all: ['serviceSettings'] as const,
};

export function useServiceSettings(enabled = true) {
  return useQuery({
    queryKey: settingsKeys.all,
    queryFn: ({ signal }) => request(ServiceSettingsQuery, {}, { signal }).then((d) => d.serviceSettings),
    enabled,
  });
}

export const DownloadSettingsFields = graphql(`
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
`);

const DownloadSettingsQuery = graphql(`
  query DownloadSettings {
    downloadSettings {
      ...DownloadSettingsFields
    }
  }
`);

export const UpdateDownloadSettingsMutation = graphql(`
  mutation UpdateDownloadSettings($input: DownloadSettingsInput!) {
    updateDownloadSettings(input: $input) {
      ...DownloadSettingsFields
    }
  }
`);

export type DownloadSettings = DownloadSettingsFieldsFragment;

export const downloadSettingsKey = ['downloadSettings'] as const;

/** Downloads' own settings (a separate query: people who manage settings only). */
export function useDownloadSettings() {
  return useQuery({
    queryKey: downloadSettingsKey,
    queryFn: ({ signal }) => request(DownloadSettingsQuery, {}, { signal }).then((d) => d.downloadSettings),
  });
}

export const NotificationChannelsFields = graphql(`
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
`);

const NotificationChannelsQuery = graphql(`
  query NotificationChannels {
    notificationChannels {
      ...NotificationChannelsFields
    }
  }
`);

export const UpdateNotificationChannelsMutation = graphql(`
  mutation UpdateNotificationChannels($input: NotificationChannelsInput!) {
    updateNotificationChannels(input: $input) {
      ...NotificationChannelsFields
    }
  }
`);

export type NotificationChannels = NotificationChannelsFieldsFragment;

export const notificationChannelsKey = ['notificationChannels'] as const;

/** Where notifications go besides the app (a separate query: people who manage settings only). */
export function useNotificationChannels() {
  return useQuery({
    queryKey: notificationChannelsKey,
    queryFn: ({ signal }) => request(NotificationChannelsQuery, {}, { signal }).then((d) => d.notificationChannels),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert } from '../../../components/Alert';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { Field, FieldError, inputClasses, Switch } from '../../../components/form';
import { CheckCircleIcon } from '../../../components/icons';
import { useToast } from '../../../components/toast/context';
import type { DownloadLayout, DownloadSettingsInput } from '../../../gql/graphql';
import { errorField, errorSentence } from '../../../lib/errors';
import { request } from '../../../lib/graphql';
import { downloadSettingsKey, UpdateDownloadSettingsMutation, useDownloadSettings, type DownloadSettings } from './api';
import {
  buildInput,
  DOWNLOAD_SETTINGS_FIELDS,
  draftFrom,
  isDirty,
  MAX_COOKIES_BYTES,
  type DownloadSettingsDraft,
  type DownloadSettingsField,
} from './downloadSettings';
import { SaveFooter, SettingsSection } from './parts';

const LAYOUTS: Array<{ value: DownloadLayout; label: string; description: string }> = [
  { value: 'SHARED', label: 'One shared folder', description: "Everyone's downloads go into the same folder." },
  { value: 'PER_USER', label: 'A folder per person', description: "Each person's downloads go into a folder named after them." },
];

const RADIO = 'mt-0.5 size-4 shrink-0 border-line-strong accent-[var(--accent)]';

type Errors = Partial<Record<DownloadSettingsField, string>>;

/** Upload (read in the browser, sent as text), keep, or clear the cookies.txt yt-dlp signs in with. */
function CookiesField({
  cookiesSet,
  value,
  onChange,
  error,
  onError,
}: {
  cookiesSet: boolean;
  value: DownloadSettingsDraft['cookies'];
  onChange: (value: DownloadSettingsDraft['cookies']) => void;
  error?: string;
  onError: (message: string | null) => void;
}) {
  const id = useId();
  const [reading, setReading] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_COOKIES_BYTES) {
      onError('The cookies file is larger than 256 KB.');
      return;
    }
    setReading(true);
    try {
      onChange({ kind: 'new', name: file.name, text: await file.text() });
      onError(null);
    } catch {
      onError("Couldn't read that file. Choose it again.");
    } finally {
      setReading(false);
    }
  };

  let state;
  if (value.kind === 'new') {
    state = (
      <>
        <span className="min-w-0 break-all text-fg">
          <span className="font-medium">{value.name}</span> is saved when you press Save.
        </span>
        <Button size="sm" variant="ghost" onClick={() => onChange({ kind: 'keep' })}>
          Don't use this file
        </Button>
      </>
    );
  } else if (value.kind === 'clear') {
    state = (
      <>
        <span className="text-fg">The cookies file is removed when you save.</span>
        <Button size="sm" variant="ghost" onClick={() => onChange({ kind: 'keep' })}>
          Undo
        </Button>
      </>
    );
  } else if (cookiesSet) {
    state = (
      <>
        <Badge tone="success" icon={<CheckCircleIcon size={12} />}>
          Cookies file set
        </Badge>
        <Button size="sm" variant="ghost" aria-label="Clear the cookies file" onClick={() => onChange({ kind: 'clear' })}>
          Clear
        </Button>
      </>
    );
  } else {
    state = <span className="text-fg-muted">No cookies file.</span>;
  }

  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-fg">
        Cookies file (cookies.txt)
      </label>
      <div data-testid="cookies-state" className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm">
        {state}
      </div>
      <input
        id={id}
        type="file"
        accept=".txt,text/plain"
        disabled={reading}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => void onFile(event)}
        className="block w-full text-sm text-fg-muted file:mr-3 file:h-9 file:cursor-pointer file:rounded-lg file:border-0 file:bg-surface-muted file:px-3 file:text-sm file:font-medium file:text-fg hover:file:bg-surface-hover"
      />
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
      <p id={`${id}-hint`} className="mt-1.5 text-xs text-fg-subtle">
        For videos that ask to sign in or to prove you're not a bot. Export it from a signed-in browser with an extension such as
        “Get cookies.txt”. It is stored encrypted and never shown again.
      </p>
    </div>
  );
}

/** Which sites, where files go, limits, retention and the cookies file, for downloads. */
export function DownloadSettingsCard({ settings }: { settings: DownloadSettings }) {
  const client = useQueryClient();
  const toast = useToast();
  const [draft, setDraft] = useState<DownloadSettingsDraft>(() => draftFrom(settings));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof DownloadSettingsDraft>(key: K, value: DownloadSettingsDraft[K]): void => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key === 'sites' ? 'allowedSites' : key]: undefined }));
  };

  const save = useMutation({
    mutationFn: (input: DownloadSettingsInput) =>
      request(UpdateDownloadSettingsMutation, { input }).then((d) => d.updateDownloadSettings),
    onSuccess: (saved) => {
      // The card remounts with the stored values (it is keyed by them); cookies never come back.
      client.setQueryData(downloadSettingsKey, saved);
      toast.show({ variant: 'success', title: 'Download settings saved' });
    },
    onError: (error) => {
      // Validation errors come back as GraphQL errors naming the input in `extensions.field`.
      const field = errorField(error);
      if (field && (DOWNLOAD_SETTINGS_FIELDS as string[]).includes(field)) setErrors({ [field]: errorSentence(error) });
      else setFormError(errorSentence(error));
    },
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    const built = buildInput(draft);
    if (built.errors) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    save.mutate(built.input);
  };

  const text = (
    key: 'plexSectionKey' | 'plexPath',
    label: string,
    hint: string,
    placeholder: string,
  ) => (
    <Field label={label} hint={hint} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={draft[key]}
          placeholder={placeholder}
          onChange={(e) => set(key, e.target.value)}
          className={inputClasses(Boolean(errors[key]))}
        />
      )}
    </Field>
  );

  const limit = (key: 'maxDurationMinutes' | 'maxFileSizeMb' | 'retentionDays', label: string, hint: string) => (
    <Field label={label} hint={hint} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={0}
          value={draft[key]}
          placeholder="No limit"
          onChange={(e) => set(key, e.target.value)}
          className={inputClasses(Boolean(errors[key]))}
        />
      )}
    </Field>
  );

  return (
    <Card title="Downloads" headingId="settings-downloads-heading">
      <form onSubmit={submit} noValidate aria-labelledby="settings-downloads-heading" className="space-y-5 px-4 py-5 sm:px-5">
        <p className="text-sm text-fg-muted">
          Which sites people can download from, where the files go in Plex, and the limits on every download.
        </p>

        <div>
          <Switch
            label="Pause downloads"
            description="New downloads wait in the queue until you switch this off; downloads already running finish."
            checked={draft.paused}
            onChange={(paused) => set('paused', paused)}
          />
          {errors.paused ? <FieldError>{errors.paused}</FieldError> : null}
          {settings.paused && draft.paused ? (
            <Alert tone="warning" className="mt-3" testId="downloads-paused">
              Downloads are paused: new ones wait in the queue.
            </Alert>
          ) : null}
        </div>

        <Field
          label="Allowed sites"
          hint="yt-dlp site names such as youtube or vimeo, separated by commas or one per line. Links to other sites are refused."
          error={errors.allowedSites}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              spellCheck={false}
              autoCapitalize="off"
              value={draft.sites}
              onChange={(e) => set('sites', e.target.value)}
              className={inputClasses(Boolean(errors.allowedSites), 'h-auto py-2 font-mono')}
            />
          )}
        </Field>

        <fieldset>
          <legend className="mb-2 text-sm font-medium text-fg">Folder layout</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {LAYOUTS.map((option) => (
              <label
                key={option.value}
                className="flex cursor-pointer items-start gap-2.5 rounded-lg border border-line px-3 py-2.5 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
              >
                <input
                  type="radio"
                  name="download-layout"
                  value={option.value}
                  checked={draft.layout === option.value}
                  onChange={() => set('layout', option.value)}
                  className={RADIO}
                />
                <span className="min-w-0">
                  <span className="block text-sm font-medium text-fg">{option.label}</span>
                  <span className="block text-xs text-fg-subtle">{option.description}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.layout ? <FieldError>{errors.layout}</FieldError> : null}
        </fieldset>

        <Field label="Library folder" hint="Where MediaNest saves the files (set by MEDIANEST_DOWNLOADS_DIR on the server).">
          {(control) => <input {...control} type="text" readOnly value={settings.libraryPath} className={inputClasses(false, 'font-mono')} />}
        </Field>

        <div className="grid gap-4 sm:grid-cols-2">
          {text(
            'plexSectionKey',
            'Plex library section',
            'The key of the Plex library that shows downloads (a number such as 5); Plex scans it after each download.',
            'e.g. 5',
          )}
          {text(
            'plexPath',
            'Folder as Plex sees it',
            'The library folder on the Plex server, e.g. /media/youtube. Leave empty when it is the same path.',
            '/media/youtube',
          )}
        </div>

        <div className="grid gap-4 sm:grid-cols-3">
          {limit('maxDurationMinutes', 'Longest video (minutes)', 'Empty or 0: no limit. Longer videos are refused; in a playlist they are skipped.')}
          {limit('maxFileSizeMb', 'Largest file (MB)', 'Empty or 0: no limit.')}
          {limit('retentionDays', 'Keep files for (days)', '0 keeps files forever.')}
        </div>

        <CookiesField
          cookiesSet={settings.cookiesSet}
          value={draft.cookies}
          onChange={(cookies) => set('cookies', cookies)}
          error={errors.cookies}
          onError={(message) => setErrors((e) => ({ ...e, cookies: message ?? undefined }))}
        />

        <SaveFooter formError={formError} saving={save.isPending} dirty={isDirty(draft, settings)} />
      </form>
    </Card>
  );
}

/** Loads the download settings on their own, so the rest of the page never waits for them. */
export function DownloadSettingsSection() {
  return (
    <SettingsSection
      query={useDownloadSettings()}
      title="Downloads"
      headingId="settings-downloads-heading"
      loadingLabel="Loading the download settings…"
      skeleton={['h-4 w-32', 'mt-6 h-4 w-24', 'mt-2 h-20 w-full rounded-lg', 'mt-5 h-4 w-24', 'mt-2 h-10 w-full rounded-lg']}
      errorTitle="Couldn't load the download settings"
    >
      {(settings) => <DownloadSettingsCard key={JSON.stringify(settings)} settings={settings} />}
    </SettingsSection>
  );
}

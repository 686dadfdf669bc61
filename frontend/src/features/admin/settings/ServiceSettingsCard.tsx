import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { Field, inputClasses } from '../../../components/form';
import { LockIcon } from '../../../components/icons';
import { useToast } from '../../../components/toast/context';
import type { ServiceSettingsInput } from '../../../gql/graphql';
import { errorSentence } from '../../../lib/errors';
import { request } from '../../../lib/graphql';
import { SaveServiceSettingsMutation, settingsKeys, TestConnectionMutation } from './api';
import { SaveFooter } from './parts';
import { envVariable, type ServiceConfig, type ServiceView } from './services';
import { TestResult, type TestOutcome } from './TestResult';

type FieldName = 'url' | 'secret' | 'slug';

function EnvNote({ variable }: { variable: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      <LockIcon size={12} />
      Set by the <code className="font-mono">{variable}</code> environment variable
    </span>
  );
}

interface Props {
  config: ServiceConfig;
  view: ServiceView;
}

/** One service's connection form: URL, secret (write-only), slug; Save and Test connection. */
export function ServiceSettingsCard({ config, view }: Props) {
  const client = useQueryClient();
  const toast = useToast();
  const [url, setUrl] = useState(view.url);
  const [secret, setSecret] = useState('');
  const [clearSecret, setClearSecret] = useState(false);
  const [slug, setSlug] = useState(view.slug);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [test, setTest] = useState<TestOutcome | null>(null);

  const locked = (field: string): boolean => view.overridden.includes(field);
  const urlLocked = locked('url');
  const secretLocked = config.secret ? locked(config.secret.field) : false;
  const slugLocked = locked('slug');
  const dirty = url.trim() !== view.url || secret !== '' || clearSecret || slug.trim() !== view.slug;

  const saveInput = (): ServiceSettingsInput => ({
    url: url.trim(),
    secret: config.secret && !secretLocked ? (clearSecret ? '' : secret || null) : null,
    slug: config.slugField ? slug.trim() : null,
  });

  const save = useMutation({
    mutationFn: () =>
      request(SaveServiceSettingsMutation, { service: config.service, input: saveInput() }).then((d) => d.saveServiceSettings),
    onSuccess: (result) => {
      if (result.__typename === 'ValidationError') {
        const field = result.field === 'url' || result.field === 'slug' || result.field === 'secret' ? result.field : null;
        if (field) setErrors({ [field]: result.message });
        else setFormError(result.message);
        return;
      }
      // The card remounts when the stored values change (it is keyed by them); a saved secret never comes back.
      setSecret('');
      setClearSecret(false);
      client.setQueryData(settingsKeys.all, result.settings);
      toast.show({ variant: 'success', title: `${config.name} settings saved` });
    },
    onError: (error) => setFormError(errorSentence(error)),
  });

  const runTest = useMutation({
    mutationFn: () =>
      request(TestConnectionMutation, {
        service: config.service,
        // What is typed right now, so people can test before saving; omitted values fall back to the stored ones.
        input: {
          url: url.trim() || null,
          secret: config.secret && !clearSecret ? secret || null : null,
          slug: config.slugField ? slug.trim() || null : null,
        },
      }).then((d) => d.testConnection),
    onMutate: () => setTest(null),
    onSuccess: (result) => setTest({ ok: result.ok, message: result.message }),
    onError: (error) => setTest({ ok: false, message: errorSentence(error) }),
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    save.mutate();
  };

  const headingId = `settings-${config.slug}-heading`;
  return (
    <Card
      title={config.name}
      headingId={headingId}
      action={
        config.secret ? (
          <Badge tone={view.secretSet ? 'success' : 'neutral'}>{view.secretSet ? config.secret.stored : config.secret.missing}</Badge>
        ) : null
      }
    >
      <form onSubmit={submit} noValidate aria-labelledby={headingId} className="space-y-5 px-4 py-5 sm:px-5">
        <p className="text-sm text-fg-muted">{config.description}</p>
        {view.details.length > 0 ? (
          <dl className="grid gap-3 rounded-lg bg-surface-muted px-4 py-3 text-sm sm:grid-cols-2">
            {view.details.map((d) => (
              <div key={d.label} className="min-w-0">
                <dt className="text-xs text-fg-subtle">{d.label}</dt>
                <dd className="truncate font-medium text-fg" title={d.value}>
                  {d.value}
                </dd>
              </div>
            ))}
          </dl>
        ) : null}

        <Field
          label={config.urlLabel}
          error={errors.url}
          hint={urlLocked ? <EnvNote variable={envVariable(config, 'url')} /> : config.urlHint}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              value={url}
              readOnly={urlLocked}
              placeholder={config.urlPlaceholder}
              onChange={(e) => setUrl(e.target.value)}
              className={inputClasses(Boolean(errors.url))}
            />
          )}
        </Field>

        {config.secret ? (
          <Field
            label={config.secret.label}
            error={errors.secret}
            hint={
              secretLocked ? (
                <EnvNote variable={envVariable(config, config.secret.field)} />
              ) : clearSecret ? (
                `The stored ${config.secret.label.toLowerCase()} is removed when you save.`
              ) : (
                config.secret.hint
              )
            }
            labelAction={
              view.secretSet && !secretLocked ? (
                <button
                  type="button"
                  onClick={() => {
                    setClearSecret((c) => !c);
                    setSecret('');
                  }}
                  className="rounded text-xs font-medium text-accent-text hover:underline"
                >
                  {clearSecret ? 'Undo clear' : 'Clear'}
                </button>
              ) : null
            }
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="new-password"
                spellCheck={false}
                value={secret}
                readOnly={secretLocked}
                disabled={clearSecret}
                placeholder={clearSecret ? 'Will be removed' : view.secretSet ? '•••• stored' : `Paste the ${config.secret!.label.toLowerCase()}`}
                onChange={(e) => setSecret(e.target.value)}
                className={inputClasses(Boolean(errors.secret))}
              />
            )}
          </Field>
        ) : null}

        {config.slugField ? (
          <Field
            label={config.slugField.label}
            error={errors.slug}
            hint={slugLocked ? <EnvNote variable={envVariable(config, 'slug')} /> : config.slugField.hint}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={slug}
                readOnly={slugLocked}
                placeholder={config.slugField!.placeholder}
                onChange={(e) => setSlug(e.target.value)}
                className={inputClasses(Boolean(errors.slug))}
              />
            )}
          </Field>
        ) : null}

        <SaveFooter
          formError={formError}
          saving={save.isPending}
          dirty={dirty}
          status={<TestResult testId={`test-result-${config.slug}`} outcome={test} />}
          actions={
            <Button onClick={() => runTest.mutate()} loading={runTest.isPending}>
              {`Test ${config.shortName} connection`}
            </Button>
          }
        />
      </form>
    </Card>
  );
}

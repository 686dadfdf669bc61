import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { CopyButton } from '../../../components/CopyButton';
import { Field, inputClasses, Switch } from '../../../components/form';
import { useToast } from '../../../components/toast/context';
import type { ServiceSettingsInput } from '../../../gql/graphql';
import { errorSentence } from '../../../lib/errors';
import { request } from '../../../lib/graphql';
import { SaveServiceSettingsMutation, settingsKeys, TestConnectionMutation, type ServiceSettings } from './api';
import { SaveFooter } from './parts';
import { TestResult, type TestOutcome } from './TestResult';

type Oidc = ServiceSettings['oidc'];
type FieldName = 'issuer' | 'clientId' | 'secret' | 'label';

export const DEFAULT_OIDC_LABEL = 'Single sign-on';

/** Server field names (`ValidationError.field`) → the input they belong to. */
const FIELD_FOR: Record<string, FieldName> = { url: 'issuer', clientId: 'clientId', secret: 'secret', label: 'label' };

/** Sign-in through an OpenID Connect provider: issuer, client, button label; Save and Test connection. */
export function OidcSettingsCard({ oidc }: { oidc: Oidc }) {
  const client = useQueryClient();
  const toast = useToast();
  const storedLabel = oidc.label || DEFAULT_OIDC_LABEL;
  const [enabled, setEnabled] = useState(oidc.enabled);
  const [issuer, setIssuer] = useState(oidc.issuer ?? '');
  const [clientId, setClientId] = useState(oidc.clientId ?? '');
  const [secret, setSecret] = useState('');
  const [clearSecret, setClearSecret] = useState(false);
  const [label, setLabel] = useState(storedLabel);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [test, setTest] = useState<TestOutcome | null>(null);

  const redirectUri = `${window.location.origin}${oidc.redirectPath}`;
  const dirty =
    enabled !== oidc.enabled ||
    issuer.trim() !== (oidc.issuer ?? '') ||
    clientId.trim() !== (oidc.clientId ?? '') ||
    secret !== '' ||
    clearSecret ||
    label.trim() !== storedLabel;

  const saveInput = (): ServiceSettingsInput => ({
    url: issuer.trim(),
    clientId: clientId.trim(),
    secret: clearSecret ? '' : secret || null,
    enabled,
    label: label.trim() || DEFAULT_OIDC_LABEL,
  });

  const save = useMutation({
    mutationFn: () => request(SaveServiceSettingsMutation, { service: 'OIDC', input: saveInput() }).then((d) => d.saveServiceSettings),
    onSuccess: (result) => {
      if (result.__typename === 'ValidationError') {
        const field = result.field ? FIELD_FOR[result.field] : undefined;
        if (field) setErrors({ [field]: result.message });
        else setFormError(result.message);
        return;
      }
      // The card remounts when the stored values change (it is keyed by them); a saved secret never comes back.
      setSecret('');
      setClearSecret(false);
      client.setQueryData(settingsKeys.all, result.settings);
      toast.show({ variant: 'success', title: 'Single sign-on settings saved' });
    },
    onError: (error) => setFormError(errorSentence(error)),
  });

  const runTest = useMutation({
    mutationFn: () =>
      // What is typed right now, so people can test before saving; an empty issuer falls back to the stored one.
      request(TestConnectionMutation, { service: 'OIDC', input: { url: issuer.trim() || null } }).then((d) => d.testConnection),
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

  const textInput = (
    field: 'issuer' | 'clientId' | 'label',
    value: string,
    onChange: (value: string) => void,
    labelText: string,
    hint: string,
    placeholder: string,
    type: 'url' | 'text' = 'text',
  ) => (
    <Field label={labelText} error={errors[field]} hint={hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          inputMode={type === 'url' ? 'url' : undefined}
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          className={inputClasses(Boolean(errors[field]))}
        />
      )}
    </Field>
  );

  return (
    <Card
      title="Single sign-on (OpenID Connect)"
      headingId="settings-oidc-heading"
      action={<Badge tone={oidc.enabled ? 'success' : 'neutral'}>{oidc.enabled ? 'On' : 'Off'}</Badge>}
    >
      <form onSubmit={submit} noValidate aria-labelledby="settings-oidc-heading" className="space-y-5 px-4 py-5 sm:px-5">
        <p className="text-sm text-fg-muted">
          Let people sign in through your identity provider (Authelia, Authentik, Keycloak…) as well as with Plex.
        </p>
        <Switch
          label="Enabled"
          description="Shows the single sign-on button on the sign-in screen."
          checked={enabled}
          onChange={setEnabled}
        />

        {textInput(
          'issuer',
          issuer,
          setIssuer,
          'Issuer URL',
          'The provider’s issuer; MediaNest reads /.well-known/openid-configuration under it.',
          'https://auth.example.com',
          'url',
        )}
        {textInput('clientId', clientId, setClientId, 'Client ID', 'The client registered for MediaNest at the provider.', 'medianest')}

        <Field
          label="Client secret"
          error={errors.secret}
          hint={clearSecret ? 'The stored client secret is removed when you save.' : 'Leave empty to keep the stored one.'}
          labelAction={
            oidc.clientSecretSet ? (
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
              disabled={clearSecret}
              placeholder={clearSecret ? 'Will be removed' : oidc.clientSecretSet ? '•••• stored' : 'Paste the client secret'}
              onChange={(e) => setSecret(e.target.value)}
              className={inputClasses(Boolean(errors.secret))}
            />
          )}
        </Field>

        {textInput('label', label, setLabel, 'Button label', 'The text on the sign-in button.', DEFAULT_OIDC_LABEL)}

        <div className="rounded-lg bg-surface-muted px-4 py-3 text-sm">
          <p className="text-xs text-fg-subtle">Redirect URI to register at the provider</p>
          <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
            <code data-testid="oidc-redirect-uri" className="min-w-0 break-all font-mono font-medium text-fg">
              {redirectUri}
            </code>
            <CopyButton text={redirectUri} label="Copy" />
          </div>
        </div>

        <SaveFooter
          formError={formError}
          saving={save.isPending}
          dirty={dirty}
          status={<TestResult testId="test-result-oidc" outcome={test} />}
          actions={
            <Button onClick={() => runTest.mutate()} loading={runTest.isPending}>
              Test OIDC connection
            </Button>
          }
        />
      </form>
    </Card>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Card } from '../../../components/Card';
import { Field, inputClasses } from '../../../components/form';
import { useToast } from '../../../components/toast/context';
import type { Permission } from '../../../gql/graphql';
import { errorSentence } from '../../../lib/errors';
import { request } from '../../../lib/graphql';
import { PermissionsFieldset, samePermissions } from '../permissions';
import { SaveUserDefaultsMutation, settingsKeys, type ServiceSettings } from './api';
import { SaveFooter } from './parts';

type Defaults = ServiceSettings['userDefaults'];
type QuotaField = 'requestsPerWeek' | 'downloadsPerDay';

function parseQuota(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  return Number(text.trim());
}

/** Permissions and quotas every new user starts with. */
export function UserDefaultsCard({ defaults }: { defaults: Defaults }) {
  const client = useQueryClient();
  const toast = useToast();
  const [permissions, setPermissions] = useState<Permission[]>(defaults.permissions);
  const [quotas, setQuotas] = useState<Record<QuotaField, string>>({
    requestsPerWeek: String(defaults.requestsPerWeek),
    downloadsPerDay: String(defaults.downloadsPerDay),
  });
  const [errors, setErrors] = useState<Partial<Record<QuotaField | 'permissions', string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const dirty =
    !samePermissions(permissions, defaults.permissions) ||
    quotas.requestsPerWeek !== String(defaults.requestsPerWeek) ||
    quotas.downloadsPerDay !== String(defaults.downloadsPerDay);

  const save = useMutation({
    mutationFn: (input: { permissions: Permission[]; requestsPerWeek: number; downloadsPerDay: number }) =>
      request(SaveUserDefaultsMutation, { input }).then((d) => d.saveUserDefaults),
    onSuccess: (result) => {
      if (result.__typename === 'ValidationError') {
        const f = result.field;
        if (f === 'requestsPerWeek' || f === 'downloadsPerDay' || f === 'permissions') setErrors({ [f]: result.message });
        else setFormError(result.message);
        return;
      }
      client.setQueryData(settingsKeys.all, result.settings);
      toast.show({ variant: 'success', title: 'New user defaults saved', description: 'They apply to people who join from now on.' });
    },
    onError: (error) => setFormError(errorSentence(error)),
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    const requestsPerWeek = parseQuota(quotas.requestsPerWeek);
    const downloadsPerDay = parseQuota(quotas.downloadsPerDay);
    const found: typeof errors = {};
    if (requestsPerWeek === null) found.requestsPerWeek = 'Enter a whole number, 0 or more.';
    if (downloadsPerDay === null) found.downloadsPerDay = 'Enter a whole number, 0 or more.';
    setErrors(found);
    if (requestsPerWeek === null || downloadsPerDay === null) return;
    save.mutate({ permissions, requestsPerWeek, downloadsPerDay });
  };

  const quotaInput = (field: QuotaField, label: string, hint: string) => (
    <Field label={label} hint={hint} error={errors[field]}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={0}
          max={10000}
          value={quotas[field]}
          onChange={(e) => setQuotas((q) => ({ ...q, [field]: e.target.value }))}
          className={inputClasses(Boolean(errors[field]))}
        />
      )}
    </Field>
  );

  return (
    <Card title="New user defaults" headingId="settings-defaults-heading">
      <form onSubmit={submit} noValidate aria-labelledby="settings-defaults-heading" className="space-y-5 px-4 py-5 sm:px-5">
        <p className="text-sm text-fg-muted">
          What people get when they first sign in or are imported from Plex. Change anyone's later on the Users page.
        </p>
        <PermissionsFieldset value={permissions} onChange={setPermissions} error={errors.permissions} />
        <div className="grid gap-4 sm:grid-cols-2">
          {quotaInput('requestsPerWeek', 'Requests per week', '0 means no requests.')}
          {quotaInput('downloadsPerDay', 'Downloads per day', '0 means no downloads.')}
        </div>
        <SaveFooter formError={formError} saving={save.isPending} dirty={dirty} label="Save defaults" />
      </form>
    </Card>
  );
}

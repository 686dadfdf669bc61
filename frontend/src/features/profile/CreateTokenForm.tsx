import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Checkbox, Field, FieldError, inputClasses } from '../../components/form';
import type { Scope } from '../../gql/graphql';
import { errorSentence } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { CreateApiTokenMutation, profileKeys, type ApiToken } from './api';
import { EXPIRY_OPTIONS, expiryFor, SCOPES } from './tokenScopes';

type TokenField = 'name' | 'scopes' | 'expiresAt';

interface Props {
  isAdmin: boolean;
  onCreated: (created: { secret: string; token: ApiToken }) => void;
  onCancel: () => void;
}

/** Name, scopes and expiry of a new API token. */
export function CreateTokenForm({ isAdmin, onCreated, onCancel }: Props) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['READ']);
  const [expiry, setExpiry] = useState('90');
  const [errors, setErrors] = useState<Partial<Record<TokenField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: () =>
      request(CreateApiTokenMutation, { input: { name: name.trim(), scopes, expiresAt: expiryFor(expiry) } }).then((d) => d.createApiToken),
    onSuccess: (result) => {
      if (result.__typename === 'ValidationError') {
        const f = result.field;
        if (f === 'name' || f === 'scopes' || f === 'expiresAt') setErrors({ [f]: result.message });
        else setFormError(result.message);
        return;
      }
      client.setQueryData<ApiToken[]>(profileKeys.tokens, (list) => [result.token, ...(list ?? [])]);
      void client.invalidateQueries({ queryKey: profileKeys.tokens });
      onCreated({ secret: result.secret, token: result.token });
    },
    onError: (error) => setFormError(errorSentence(error)),
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    const found: typeof errors = {};
    if (!name.trim()) found.name = 'Give the token a name, e.g. where you will use it.';
    if (scopes.length === 0) found.scopes = 'Choose at least one scope.';
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate();
  };

  const toggle = (scope: Scope, on: boolean): void => {
    setScopes((list) => SCOPES.map((s) => s.value).filter((s) => (s === scope ? on : list.includes(s))));
    setErrors((e) => ({ ...e, scopes: undefined }));
  };

  return (
    <form onSubmit={submit} noValidate aria-label="New API token" className="space-y-5 border-b border-line bg-surface-muted/40 px-4 py-5 sm:px-5">
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <Field label="Name" error={errors.name} hint="So you can tell your tokens apart.">
          {(control) => (
            <input
              {...control}
              autoFocus
              type="text"
              maxLength={100}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setErrors((x) => ({ ...x, name: undefined }));
              }}
              placeholder="Home Assistant"
              className={inputClasses(Boolean(errors.name))}
            />
          )}
        </Field>
        <Field label="Expires" error={errors.expiresAt}>
          {(control) => (
            <select {...control} value={expiry} onChange={(e) => setExpiry(e.target.value)} className={inputClasses(Boolean(errors.expiresAt))}>
              {EXPIRY_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label === 'Never' ? 'Never expires' : `In ${o.label}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset aria-invalid={errors.scopes ? true : undefined}>
        <legend className="text-sm font-medium text-fg">Scopes</legend>
        <p className="mt-1 text-xs text-fg-subtle">A token can never do more than your account can.</p>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {SCOPES.map((s) => (
            <Checkbox
              key={s.value}
              label={s.label}
              description={s.value === 'ADMIN' && !isAdmin ? 'For admins only.' : s.description}
              checked={scopes.includes(s.value)}
              disabled={s.value === 'ADMIN' && !isAdmin}
              onChange={(on) => toggle(s.value, on)}
            />
          ))}
        </div>
        {errors.scopes ? <FieldError>{errors.scopes}</FieldError> : null}
      </fieldset>
      {formError ? (
        <Alert tone="danger" role="alert" title="Token not created">
          {formError}
        </Alert>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={create.isPending}>
          Create token
        </Button>
      </div>
    </form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Checkbox, Field, FieldError, inputClasses, Switch } from '../../../components/form';
import { useToast } from '../../../components/toast/context';
import type { Role, UpdateUserInput } from '../../../gql/graphql';
import { errorSentence } from '../../../lib/errors';
import { request } from '../../../lib/graphql';
import { meKey } from '../../auth/useMe';
import { PermissionsFieldset } from '../permissions';
import { replaceUserInPages, UpdateUserMutation, userKeys, type AdminUser, type UsersData } from './api';
import { buildUpdateInput, draftFromUser, isUserField, type QuotaDraft, type UserDraft, type UserField } from './userForm';

interface UserFormProps {
  user: AdminUser;
  /** The signed-in person: decides what they may change. */
  viewer: { id: string; isAdmin: boolean };
  /** Global quotas, when the viewer may read settings (shown next to "Use default"). */
  defaults?: { requestsPerWeek: number; downloadsPerDay: number } | null;
}

function QuotaField({
  label,
  value,
  onChange,
  fallback,
  error,
}: {
  label: string;
  value: QuotaDraft;
  onChange: (next: QuotaDraft) => void;
  fallback: number | null;
  error?: string;
}) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <div className="space-y-2">
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            max={10000}
            value={value.useDefault ? '' : value.value}
            disabled={value.useDefault}
            placeholder={value.useDefault && fallback !== null ? String(fallback) : ''}
            onChange={(e) => onChange({ ...value, value: e.target.value })}
            className={inputClasses(Boolean(error), 'max-w-40')}
          />
          <Checkbox
            label={fallback !== null ? `Use default (${fallback})` : 'Use default'}
            checked={value.useDefault}
            onChange={(useDefault) =>
              onChange({ useDefault, value: useDefault ? value.value : value.value || (fallback !== null ? String(fallback) : '') })
            }
          />
        </div>
      )}
    </Field>
  );
}

/** Role, access, permissions and quotas of one user. Sends only what changed. */
export function UserForm({ user, viewer, defaults = null }: UserFormProps) {
  const client = useQueryClient();
  const toast = useToast();
  const [draft, setDraft] = useState<UserDraft>(() => draftFromUser(user));
  const [errors, setErrors] = useState<Partial<Record<UserField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const isSelf = viewer.id === user.id;
  const can = { canChangeRole: viewer.isAdmin && !user.isOwner, canChangeActive: !user.isOwner && !isSelf };
  const built = buildUpdateInput(user, draft, can);
  const changed = !built.ok || built.changed;

  const set = <K extends keyof UserDraft>(key: K, value: UserDraft[K]): void => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const save = useMutation({
    mutationFn: (input: UpdateUserInput) => request(UpdateUserMutation, { id: user.id, input }).then((d) => d.updateUser),
    onSuccess: (result) => {
      if (result.__typename === 'ValidationError') {
        if (isUserField(result.field)) setErrors({ [result.field]: result.message });
        else setFormError(result.message);
        return;
      }
      client.setQueriesData<UsersData>({ queryKey: userKeys.lists() }, (data) => replaceUserInPages(data, result.user));
      void client.invalidateQueries({ queryKey: userKeys.lists() });
      // Editing yourself can change what the app shows you (navigation, pages).
      if (result.user.id === viewer.id) void client.invalidateQueries({ queryKey: meKey });
      toast.show({ variant: 'success', title: 'Changes saved', description: `${result.user.displayName} is up to date.` });
    },
    // FORBIDDEN and friends arrive as GraphQL errors: say it above the Save button.
    onError: (error) => setFormError(errorSentence(error)),
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    if (built.changed) save.mutate(built.input);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit ${user.displayName}`} className="space-y-6">
      <div className="space-y-4">
        {viewer.isAdmin ? (
          <Field
            label="Role"
            error={errors.role}
            hint={user.isOwner ? "The server's owner is always an admin." : 'Admins can do everything, including settings.'}
          >
            {(control) => (
              <select
                {...control}
                value={draft.role}
                disabled={!can.canChangeRole}
                onChange={(e) => set('role', e.target.value as Role)}
                className={inputClasses(Boolean(errors.role))}
              >
                <option value="USER">User</option>
                <option value="ADMIN">Admin</option>
              </select>
            )}
          </Field>
        ) : (
          <p className="text-sm text-fg-muted">
            Role: <span className="font-medium text-fg">{user.isAdmin ? 'Admin' : 'User'}</span>. Only admins change roles.
          </p>
        )}

        {user.isOwner ? null : (
          <div>
            <Switch
              label="Active"
              description={
                isSelf
                  ? "You can't disable your own account."
                  : draft.active
                    ? 'Can sign in and use MediaNest.'
                    : "Can't sign in; every session ends when you save."
              }
              checked={draft.active}
              disabled={!can.canChangeActive}
              onChange={(active) => set('active', active)}
            />
            {errors.active ? <FieldError>{errors.active}</FieldError> : null}
          </div>
        )}
      </div>

      <PermissionsFieldset
        value={draft.permissions}
        onChange={(permissions) => set('permissions', permissions)}
        error={errors.permissions}
        note={draft.role === 'ADMIN' ? 'Admins have every permission whatever is ticked here.' : undefined}
      />

      <fieldset className="space-y-4">
        <legend className="text-sm font-medium text-fg">Quotas</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <QuotaField
            label="Requests per week"
            value={draft.requestsPerWeek}
            onChange={(q) => set('requestsPerWeek', q)}
            fallback={defaults?.requestsPerWeek ?? null}
            error={errors.requestsPerWeek}
          />
          <QuotaField
            label="Downloads per day"
            value={draft.downloadsPerDay}
            onChange={(q) => set('downloadsPerDay', q)}
            fallback={defaults?.downloadsPerDay ?? null}
            error={errors.downloadsPerDay}
          />
        </div>
      </fieldset>

      {formError ? (
        <Alert tone="danger" role="alert" title="Not saved">
          {formError}
        </Alert>
      ) : null}

      <div className="flex items-center justify-end gap-2">
        <Button
          variant="ghost"
          disabled={!changed || save.isPending}
          onClick={() => {
            setDraft(draftFromUser(user));
            setErrors({});
            setFormError(null);
          }}
        >
          Reset
        </Button>
        <Button type="submit" variant="primary" loading={save.isPending} disabled={!changed}>
          Save changes
        </Button>
      </div>
    </form>
  );
}

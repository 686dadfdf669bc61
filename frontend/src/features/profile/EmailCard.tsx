import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorState } from '../../components/ErrorState';
import { Field, inputClasses } from '../../components/form';
import { Skeleton } from '../../components/Skeleton';
import { useToast } from '../../components/toast/context';
import { errorSentence } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { profileKeys, UpdateMyEmailMutation, useMyEmail } from './api';

/** The email input's id: the notification settings move focus here when email needs an address. */
export const EMAIL_FIELD_ID = 'profile-email';

/** Moves focus to the profile's email field (and scrolls it into view); false when it isn't on the page. */
export function focusEmailField(): boolean {
  const input = document.getElementById(EMAIL_FIELD_ID);
  if (!input) return false;
  input.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  input.focus({ preventScroll: true });
  return true;
}

function EmailForm({ stored }: { stored: string | null }) {
  const client = useQueryClient();
  const toast = useToast();
  const [email, setEmail] = useState(stored ?? '');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const changed = email.trim() !== (stored ?? '');

  const save = useMutation({
    mutationFn: (value: string) => request(UpdateMyEmailMutation, { email: value }).then((d) => d.updateMyEmail),
    onSuccess: (result) => {
      if (result.__typename === 'ValidationError') {
        if (!result.field || result.field === 'email') setError(result.message);
        else setFormError(result.message);
        return;
      }
      // The form remounts with the stored value (it is keyed by it).
      client.setQueryData(profileKeys.email, result.user.email ?? null);
      toast.show({ variant: 'success', title: result.user.email ? 'Email saved' : 'Email removed' });
    },
    onError: (e) => setFormError(errorSentence(e)),
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setError(null);
    setFormError(null);
    save.mutate(email.trim());
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="email-heading" className="space-y-4 px-4 py-5 sm:px-5">
      <Field
        id={EMAIL_FIELD_ID}
        label="Email"
        hint="Where email notifications go. Only you and the people who manage users see it. Leave it empty to remove it."
        error={error}
      >
        {(control) => (
          <input
            {...control}
            type="email"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            placeholder="you@example.com"
            onChange={(e) => {
              setEmail(e.target.value);
              setError(null);
            }}
            className={inputClasses(Boolean(error))}
          />
        )}
      </Field>
      {formError ? (
        <Alert tone="danger" role="alert" title="Not saved">
          {formError}
        </Alert>
      ) : null}
      <div className="flex justify-end">
        <Button type="submit" variant="primary" loading={save.isPending} disabled={!changed}>
          Save
        </Button>
      </div>
    </form>
  );
}

/** The profile's "Email" card: the viewer's address for email notifications (`me { email }`), saved with updateMyEmail. */
export function EmailCard() {
  const email = useMyEmail();
  let content;
  if (email.isPending) {
    content = (
      <div role="status" aria-busy="true" className="space-y-2 px-4 py-5 sm:px-5">
        <span className="sr-only">Loading your email address…</span>
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-10 w-full rounded-lg" />
      </div>
    );
  } else if (email.isError) {
    content = (
      <ErrorState error={email.error} title="Couldn't load your email address" onRetry={() => void email.refetch()} retrying={email.isFetching} />
    );
  } else {
    content = <EmailForm key={email.data ?? ''} stored={email.data} />;
  }
  return (
    <Card title="Email address" headingId="email-heading">
      {content}
    </Card>
  );
}

import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Field, inputClasses } from '../../components/form';
import { MegaphoneIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { RelativeTime } from '../../components/RelativeTime';
import { Skeleton } from '../../components/Skeleton';
import { useToast } from '../../components/toast/context';
import { errorField, errorSentence } from '../../lib/errors';
import { SEVERITIES, useAnnouncements, useEndAnnouncement, usePostAnnouncement, type Announcement } from './api';
import { ANNOUNCEMENT_FIELDS, BODY_MAX, buildAnnouncement, EMPTY_DRAFT, TITLE_MAX, type AnnouncementDraft, type AnnouncementField } from './form';
import { formatEnd, severityStyle } from './severity';

type Errors = Partial<Record<AnnouncementField, string>>;

/** Title, message, severity and an optional end: a banner everyone sees at once. */
function PostAnnouncementForm() {
  const toast = useToast();
  const post = usePostAnnouncement();
  const [draft, setDraft] = useState<AnnouncementDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof AnnouncementDraft>(key: K, value: AnnouncementDraft[K]): void => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    const built = buildAnnouncement(draft);
    if (built.errors) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    post.mutate(built.input, {
      onSuccess: (posted) => {
        setDraft(EMPTY_DRAFT);
        toast.show({ variant: 'success', title: 'Announcement posted', description: posted.title });
      },
      onError: (error) => {
        // Refusals come back as GraphQL errors naming the input in `extensions.field`.
        const field = errorField(error);
        if (field && (ANNOUNCEMENT_FIELDS as string[]).includes(field)) setErrors({ [field]: errorSentence(error) });
        else setFormError(errorSentence(error));
      },
    });
  };

  return (
    <Card title="Post an announcement" headingId="post-announcement-heading">
      <form onSubmit={submit} noValidate aria-labelledby="post-announcement-heading" className="space-y-5 px-4 py-5 sm:px-5">
        <p className="text-sm text-fg-muted">
          It shows as a banner under the top bar for everyone who is signed in, right away, until it ends or you end it.
          People also get it as a notification.
        </p>
        <Field label="Title" error={errors.title}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={TITLE_MAX}
              value={draft.title}
              placeholder="Plex restarts tonight at 11 PM"
              onChange={(e) => set('title', e.target.value)}
              className={inputClasses(Boolean(errors.title))}
            />
          )}
        </Field>
        <Field label="Message (optional)" hint="A sentence or two: what happens, and what people should do." error={errors.body}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={BODY_MAX}
              value={draft.body}
              onChange={(e) => set('body', e.target.value)}
              className={inputClasses(Boolean(errors.body), 'h-auto py-2')}
            />
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Severity" hint={severityStyle(draft.severity).description} error={errors.severity}>
            {(control) => (
              <select
                {...control}
                value={draft.severity}
                onChange={(e) => set('severity', e.target.value as AnnouncementDraft['severity'])}
                className={inputClasses(Boolean(errors.severity))}
              >
                {SEVERITIES.map((severity) => (
                  <option key={severity} value={severity}>
                    {severityStyle(severity).label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Ends (optional)" hint="Your local time. Leave empty to show it until you end it." error={errors.endsAt}>
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={draft.endsAt}
                onChange={(e) => set('endsAt', e.target.value)}
                className={inputClasses(Boolean(errors.endsAt))}
              />
            )}
          </Field>
        </div>
        {formError ? (
          <Alert tone="danger" role="alert" title="Not posted">
            {formError}
          </Alert>
        ) : null}
        <div className="flex justify-end border-t border-line pt-4">
          <Button type="submit" variant="primary" icon={<MegaphoneIcon size={16} />} loading={post.isPending}>
            Post announcement
          </Button>
        </div>
      </form>
    </Card>
  );
}

function AnnouncementRow({ announcement }: { announcement: Announcement }) {
  const toast = useToast();
  const end = useEndAnnouncement();
  const style = severityStyle(announcement.severity);
  return (
    <li data-testid="announcement-row" data-announcement-id={announcement.id} className="flex flex-wrap items-start gap-3 px-4 py-3.5 sm:px-5">
      <div className="min-w-0 flex-1 basis-60">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-fg">
          <Badge tone={style.badge}>{style.label}</Badge>
          <span className="min-w-0 break-words">{announcement.title}</span>
        </p>
        {announcement.body ? <p className="mt-1 text-sm break-words whitespace-pre-line text-fg-muted">{announcement.body}</p> : null}
        <p className="mt-1 text-xs text-fg-subtle">
          <RelativeTime value={announcement.createdAt} prefix="Posted " />
          {' · '}
          {announcement.endsAt ? (
            <>
              Ends <time dateTime={announcement.endsAt}>{formatEnd(announcement.endsAt)}</time>
            </>
          ) : (
            'Shown until ended'
          )}
        </p>
      </div>
      <Button
        size="sm"
        variant="danger"
        loading={end.isPending}
        aria-label={`End ${announcement.title}`}
        onClick={() =>
          end.mutate(announcement.id, {
            onSuccess: () => toast.show({ variant: 'success', title: 'Announcement ended', description: announcement.title }),
            onError: (error) => toast.show({ variant: 'error', title: "Couldn't end the announcement", description: errorSentence(error) }),
          })
        }
      >
        End
      </Button>
    </li>
  );
}

/** What everyone sees now, live, each with "End". */
function CurrentAnnouncements() {
  const current = useAnnouncements(true);
  let body;
  if (current.isPending) {
    body = (
      <div role="status" aria-busy="true" className="space-y-4 px-4 py-5 sm:px-5">
        <span className="sr-only">Loading the announcements…</span>
        {[0, 1].map((i) => (
          <div key={i} aria-hidden="true" className="flex items-center justify-between gap-4">
            <Skeleton className="h-4 w-64 max-w-full" />
            <Skeleton className="h-8 w-16" />
          </div>
        ))}
      </div>
    );
  } else if (current.isError) {
    body = (
      <ErrorState
        error={current.error}
        title="Couldn't load the announcements"
        onRetry={() => void current.refetch()}
        retrying={current.isFetching}
      />
    );
  } else if (current.data.length === 0) {
    body = (
      <EmptyState icon={<MegaphoneIcon size={22} />} title="No announcements right now">
        Post one above when there is something everyone should know, such as planned maintenance.
      </EmptyState>
    );
  } else {
    body = (
      <ul aria-label="Current announcements" className="divide-y divide-line">
        {current.data.map((announcement) => (
          <AnnouncementRow key={announcement.id} announcement={announcement} />
        ))}
      </ul>
    );
  }
  return (
    <Card title="Showing now" headingId="current-announcements-heading">
      {body}
    </Card>
  );
}

/** `/admin/announcements`: post a banner for everyone, and end the current ones. */
export function AnnouncementsPage() {
  return (
    <>
      <title>Announcements · MediaNest</title>
      <PageHeader title="Announcements" description="Banners everyone sees under the top bar: maintenance, outages and news." />
      <div className="space-y-6">
        <PostAnnouncementForm />
        <CurrentAnnouncements />
      </div>
    </>
  );
}

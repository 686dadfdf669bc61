import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field, inputClasses } from '../../components/form';
import { CheckIcon, RefreshIcon } from '../../components/icons';
import { useToast } from '../../components/toast/context';
import { errorSentence } from '../../lib/errors';
import { useApproveDownload, useCancelDownload, useDeclineDownload, useRetryDownload } from './api';
import type { Download } from './keys';

type Size = 'sm' | 'md';

/** "Cancel <title>": stops a queued, running or waiting download (a playlist: all its videos still to come). */
export function CancelDownloadButton({ download, size = 'sm' }: { download: Download; size?: Size }) {
  const toast = useToast();
  const cancel = useCancelDownload();
  return (
    <Button
      size={size}
      variant="danger"
      loading={cancel.isPending}
      aria-label={`Cancel ${download.title}`}
      onClick={() =>
        cancel.mutate(download.id, {
          onSuccess: (updated) =>
            toast.show({
              id: `download-${download.id}`,
              variant: 'info',
              title: updated.status === 'CANCELLED' ? 'Download cancelled' : 'Cancelling download…',
              description: download.title,
            }),
          onError: (error) =>
            toast.show({ variant: 'error', title: `Couldn't cancel ${download.title}`, description: errorSentence(error) }),
        })
      }
    >
      Cancel
    </Button>
  );
}

/** "Retry <title>": queues a failed or cancelled download again (a playlist: its failed videos). */
export function RetryDownloadButton({ download, size = 'sm' }: { download: Download; size?: Size }) {
  const toast = useToast();
  const retry = useRetryDownload();
  return (
    <Button
      size={size}
      icon={<RefreshIcon size={14} />}
      loading={retry.isPending}
      aria-label={`Retry ${download.title}`}
      onClick={() =>
        retry.mutate(download.id, {
          onSuccess: () =>
            toast.show({ id: `download-${download.id}`, variant: 'info', title: 'Trying again', description: download.title }),
          onError: (error) =>
            toast.show({ variant: 'error', title: `Couldn't retry ${download.title}`, description: errorSentence(error) }),
        })
      }
    >
      Retry
    </Button>
  );
}

/** The owner's controls for one download: Cancel while it may still run, Retry once it failed or was cancelled. */
export function DownloadActions({ download, size = 'sm' }: { download: Download; size?: Size }) {
  return (
    <>
      {download.canCancel ? <CancelDownloadButton download={download} size={size} /> : null}
      {download.canRetry ? <RetryDownloadButton download={download} size={size} /> : null}
    </>
  );
}

interface DeclineDownloadDialogProps {
  open: boolean;
  title: string;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (reason: string | null) => void;
}

/** Asks the approver why (optional: the person who asked sees it when given). */
export function DeclineDownloadDialog({ open, title, busy, error, onCancel, onSubmit }: DeclineDownloadDialogProps) {
  const [reason, setReason] = useState('');
  const formId = `decline-download-${title.replace(/\W+/g, '-')}`;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSubmit(reason.trim() || null);
  };
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={`Decline ${title}`}
      description="The person who asked sees the reason, if you give one."
      footer={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" form={formId} variant="danger" loading={busy}>
            Decline
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="space-y-4">
        <Field label="Reason (optional)">
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={500}
              value={reason}
              disabled={busy}
              onChange={(event) => setReason(event.target.value)}
              className={inputClasses(false, 'h-auto py-2')}
            />
          )}
        </Field>
        {error ? (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        ) : null}
      </form>
    </Dialog>
  );
}

/** Approve / Decline (with an optional reason) for a download waiting for approval (admins and request managers). */
export function ApprovalActions({ download }: { download: Download }) {
  const toast = useToast();
  const approve = useApproveDownload();
  const decline = useDeclineDownload();
  const [declining, setDeclining] = useState({ open: false, key: 0 });
  const [declineError, setDeclineError] = useState<string | null>(null);

  const onApprove = (): void =>
    approve.mutate(download.id, {
      onSuccess: () => toast.show({ id: `approval-${download.id}`, variant: 'success', title: 'Approved', description: download.title }),
      onError: (error) =>
        toast.show({ variant: 'error', title: `Couldn't approve ${download.title}`, description: errorSentence(error) }),
    });

  const onDecline = (reason: string | null): void => {
    setDeclineError(null);
    decline.mutate(
      { id: download.id, reason },
      {
        onSuccess: () => {
          setDeclining((d) => ({ ...d, open: false }));
          toast.show({ id: `approval-${download.id}`, variant: 'info', title: 'Declined', description: download.title });
        },
        onError: (error) => setDeclineError(errorSentence(error)),
      },
    );
  };

  return (
    <>
      <Button
        size="sm"
        variant="primary"
        icon={<CheckIcon size={14} />}
        loading={approve.isPending}
        aria-label={`Approve ${download.title}`}
        onClick={onApprove}
      >
        Approve
      </Button>
      <Button
        size="sm"
        aria-label={`Decline ${download.title}`}
        onClick={() => {
          setDeclineError(null);
          setDeclining((d) => ({ open: true, key: d.key + 1 }));
        }}
      >
        Decline
      </Button>
      <DeclineDownloadDialog
        key={declining.key}
        open={declining.open}
        title={download.title}
        busy={decline.isPending}
        error={declineError}
        onCancel={() => setDeclining((d) => ({ ...d, open: false }))}
        onSubmit={onDecline}
      />
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { Field, inputClasses } from '../../components/form';
import { CheckIcon, TrashIcon } from '../../components/icons';
import { useToast } from '../../components/toast/context';
import { errorSentence } from '../../lib/errors';
import { useApproveRequest, useDeclineRequest, useDeleteRequest } from './api';
import type { MediaRequest } from './keys';

interface DeclineDialogProps {
  open: boolean;
  title: string;
  busy: boolean;
  /** The server's complaint about the reason, or a general one. */
  error: { field: string | null; message: string } | null;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** Asks why (required: the requester sees it). */
export function DeclineDialog({ open, title, busy, error, onCancel, onSubmit }: DeclineDialogProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const formId = `decline-${title.replace(/\W+/g, '-')}`;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const text = reason.trim();
    if (!text) {
      setMissing(true);
      return;
    }
    onSubmit(text);
  };
  const fieldError = missing ? 'Give a reason; the requester will see it.' : error?.field === 'reason' ? error.message : null;
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={`Decline ${title}`}
      description="The person who asked sees this reason."
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
        <Field label="Reason" error={fieldError}>
          {(control) => (
            <textarea
              {...control}
              required
              rows={3}
              maxLength={500}
              value={reason}
              disabled={busy}
              onChange={(event) => {
                setReason(event.target.value);
                setMissing(false);
              }}
              className={inputClasses(Boolean(fieldError), 'h-auto py-2')}
            />
          )}
        </Field>
        {error && error.field !== 'reason' ? (
          <Alert tone="danger" role="alert">
            {error.message}
          </Alert>
        ) : null}
      </form>
    </Dialog>
  );
}

/** Approve / Decline (with a reason) / Delete (after confirming) for one request. */
export function ManageActions({ request }: { request: MediaRequest }) {
  const toast = useToast();
  const approve = useApproveRequest();
  const decline = useDeclineRequest();
  const remove = useDeleteRequest();
  const [declining, setDeclining] = useState({ open: false, key: 0 });
  const [declineError, setDeclineError] = useState<{ field: string | null; message: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const pending = request.status === 'PENDING';

  const onApprove = (): void =>
    approve.mutate(request.id, {
      onSuccess: (result) => {
        if (result.__typename === 'ValidationError') {
          toast.show({ variant: 'error', title: `Couldn't approve ${request.title}`, description: result.message });
        } else {
          toast.show({ id: `manage-${request.id}`, variant: 'success', title: 'Approved', description: request.title });
        }
      },
      onError: (error) =>
        toast.show({ variant: 'error', title: `Couldn't approve ${request.title}`, description: errorSentence(error) }),
    });

  const onDecline = (reason: string): void => {
    setDeclineError(null);
    decline.mutate(
      { id: request.id, reason },
      {
        onSuccess: (result) => {
          if (result.__typename === 'ValidationError') {
            setDeclineError({ field: result.field ?? null, message: result.message });
            return;
          }
          setDeclining((d) => ({ ...d, open: false }));
          toast.show({ id: `manage-${request.id}`, variant: 'info', title: 'Declined', description: request.title });
        },
        onError: (error) => setDeclineError({ field: null, message: errorSentence(error) }),
      },
    );
  };

  const onDelete = (): void =>
    remove.mutate(request.id, {
      onSuccess: () => {
        setConfirmDelete(false);
        toast.show({ id: `manage-${request.id}`, variant: 'info', title: 'Request deleted', description: request.title });
      },
      onError: (error) => {
        setConfirmDelete(false);
        toast.show({ variant: 'error', title: `Couldn't delete ${request.title}`, description: errorSentence(error) });
      },
    });

  return (
    <>
      {pending ? (
        <>
          <Button
            size="sm"
            variant="primary"
            icon={<CheckIcon size={14} />}
            loading={approve.isPending}
            aria-label={`Approve ${request.title}`}
            onClick={onApprove}
          >
            Approve
          </Button>
          <Button
            size="sm"
            aria-label={`Decline ${request.title}`}
            onClick={() => {
              setDeclineError(null);
              setDeclining((d) => ({ open: true, key: d.key + 1 }));
            }}
          >
            Decline
          </Button>
        </>
      ) : null}
      <Button
        size="sm"
        variant="ghost"
        icon={<TrashIcon size={14} />}
        aria-label={`Delete ${request.title}`}
        onClick={() => setConfirmDelete(true)}
      >
        <span className="sr-only sm:not-sr-only">Delete</span>
      </Button>
      <DeclineDialog
        key={declining.key}
        open={declining.open}
        title={request.title}
        busy={decline.isPending}
        error={declineError}
        onCancel={() => setDeclining((d) => ({ ...d, open: false }))}
        onSubmit={onDecline}
      />
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete the request for ${request.title}?`}
        confirmLabel="Delete request"
        busy={remove.isPending}
        onConfirm={onDelete}
        onCancel={() => setConfirmDelete(false)}
      >
        This removes the request for everyone, including the person who asked. It can't be undone.
      </ConfirmDialog>
    </>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field, inputClasses } from '../../components/form';
import { ClockIcon } from '../../components/icons';
import { parseSeasons } from './seasons';
import { SeasonPicker, type SeasonChoice } from './SeasonPicker';

export const NOTE_MAX = 500;

export interface RequestChoice {
  /** null: every season (and movies). */
  seasons: number[] | null;
  note: string;
}

/** Problems to show in the dialog: next to a field, or above the buttons when no field is named. */
export interface RequestErrors {
  seasons?: string | null;
  note?: string | null;
  form?: string | null;
}

interface RequestDialogProps {
  open: boolean;
  title: string;
  /** Shows offer a season choice; movies only the note. */
  tv: boolean;
  busy: boolean;
  errors: RequestErrors;
  onCancel: () => void;
  onSubmit: (choice: RequestChoice) => void;
  /** Overseerr can't take requests right now: say next to the button that this one waits in a queue. */
  queued?: boolean;
}

/** Asks which seasons (for a show) and for an optional note, then requests. */
export function RequestDialog({ open, title, tv, busy, errors, onCancel, onSubmit, queued = false }: RequestDialogProps) {
  const [seasons, setSeasons] = useState<SeasonChoice>({ all: true, text: '' });
  const [note, setNote] = useState('');
  const [seasonError, setSeasonError] = useState<string | null>(null);
  const formId = `request-form-${title.replace(/\W+/g, '-')}`;
  const queuedId = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    let chosen: number[] | null = null;
    if (tv && !seasons.all) {
      const parsed = parseSeasons(seasons.text);
      if (!parsed.ok) {
        setSeasonError(parsed.error);
        return;
      }
      chosen = parsed.seasons;
    }
    setSeasonError(null);
    onSubmit({ seasons: chosen, note: note.trim() });
  };

  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={`Request ${title}`}
      description={tv ? 'Choose the seasons you would like on Plex.' : undefined}
      footer={
        <>
          {queued ? (
            <p
              id={queuedId}
              data-testid="requests-queued-note"
              className="mr-auto flex items-center gap-1.5 self-center text-sm text-amber-800 dark:text-amber-200"
            >
              <ClockIcon size={16} className="shrink-0" />
              Requests will be queued
            </p>
          ) : null}
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" loading={busy} aria-describedby={queued ? queuedId : undefined}>
            Request
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="space-y-5">
        {tv ? (
          <SeasonPicker
            value={seasons}
            onChange={(value) => {
              setSeasons(value);
              setSeasonError(null);
            }}
            error={seasonError ?? errors.seasons}
            disabled={busy}
          />
        ) : null}
        <Field label="Note (optional)" hint="Anything the person approving should know." error={errors.note}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={NOTE_MAX}
              value={note}
              disabled={busy}
              onChange={(event) => setNote(event.target.value)}
              className={inputClasses(Boolean(errors.note), 'h-auto py-2')}
            />
          )}
        </Field>
        {errors.form ? (
          <Alert tone="danger" role="alert">
            {errors.form}
          </Alert>
        ) : null}
      </form>
    </Dialog>
  );
}

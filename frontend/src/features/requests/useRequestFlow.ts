import { useState } from 'react';
import { useToast } from '../../components/toast/context';
import type { RequestableType } from '../../gql/graphql';
import { errorSentence } from '../../lib/errors';
import { useRequestMedia } from './api';
import { describeOutcome } from './outcome';
import type { RequestChoice, RequestErrors } from './RequestDialog';

const DIALOG_FIELDS = new Set(['seasons', 'note']);

export interface RequestTarget {
  mediaType: RequestableType;
  tmdbId: number;
  title: string;
  year?: number | null;
}

/**
 * Requesting one title: the mutation, the request dialog's state, and the outcome as a toast (or as errors in
 * the dialog / next to the button for validation problems). Shared by search result cards and title pages.
 */
export function useRequestFlow(target: RequestTarget) {
  const toast = useToast();
  const mutation = useRequestMedia();
  const [dialog, setDialog] = useState({ open: false, key: 0 });
  const [errors, setErrors] = useState<RequestErrors>({});
  const [inlineError, setInlineError] = useState<string | null>(null);
  const tv = target.mediaType === 'TV';

  const send = (choice: RequestChoice, onDone?: () => void): void => {
    setErrors({});
    setInlineError(null);
    mutation.mutate(
      {
        mediaType: tv ? 'tv' : 'movie',
        tmdbId: target.tmdbId,
        title: target.title,
        year: target.year ?? null,
        seasons: tv ? choice.seasons : null,
        note: choice.note,
      },
      {
        onSuccess: (answer) => {
          const outcome = describeOutcome(answer, target.title);
          if (outcome.field !== undefined) {
            const field = outcome.field;
            if (dialog.open && field && DIALOG_FIELDS.has(field)) {
              setErrors({ [field]: outcome.description });
            } else if (dialog.open) {
              setErrors({ form: outcome.description });
            } else {
              setInlineError(outcome.description ?? outcome.title);
            }
            return;
          }
          setDialog((d) => ({ ...d, open: false }));
          onDone?.();
          toast.show({
            id: `request-${target.mediaType}-${target.tmdbId}`,
            variant: outcome.variant,
            title: outcome.title,
            description: outcome.description,
          });
        },
        onError: (error) => {
          const message = errorSentence(error);
          if (dialog.open) setErrors({ form: message });
          else toast.show({ variant: 'error', title: `Couldn't request ${target.title}`, description: message });
        },
      },
    );
  };

  return {
    mutation,
    dialog,
    errors,
    inlineError,
    send,
    openDialog: (): void => {
      setErrors({});
      setDialog((d) => ({ open: true, key: d.key + 1 }));
    },
    closeDialog: (): void => setDialog((d) => ({ ...d, open: false })),
  };
}

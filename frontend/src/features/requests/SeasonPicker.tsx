import { useId } from 'react';
import { FieldError, inputClasses } from '../../components/form';

export interface SeasonChoice {
  /** Every season (`seasons: null` in the request), or only the ones typed in `text`. */
  all: boolean;
  text: string;
}

interface SeasonPickerProps {
  value: SeasonChoice;
  onChange: (value: SeasonChoice) => void;
  /** What is wrong with the typed seasons (ours or the server's). */
  error?: string | null;
  disabled?: boolean;
}

const RADIO = 'size-4 shrink-0 border-line-strong accent-[var(--accent)]';

/** "All seasons" or specific season numbers ("1, 3" or "2-4"), as a radio group with a text box. */
export function SeasonPicker({ value, onChange, error, disabled = false }: SeasonPickerProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <fieldset className="space-y-2.5" disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-fg">Seasons</legend>
      <label className="flex items-center gap-2.5 text-sm text-fg">
        <input type="radio" name={`${id}-mode`} className={RADIO} checked={value.all} onChange={() => onChange({ ...value, all: true })} />
        All seasons
      </label>
      <label className="flex items-center gap-2.5 text-sm text-fg">
        <input
          type="radio"
          name={`${id}-mode`}
          className={RADIO}
          checked={!value.all}
          onChange={() => onChange({ ...value, all: false })}
        />
        Specific seasons
      </label>
      {value.all ? null : (
        <div className="pl-6.5">
          <label htmlFor={`${id}-text`} className="sr-only">
            Season numbers
          </label>
          <input
            id={`${id}-text`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="e.g. 1, 3 or 2-4"
            value={value.text}
            onChange={(event) => onChange({ ...value, text: event.target.value })}
            aria-invalid={error ? true : undefined}
            aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
            className={inputClasses(Boolean(error))}
          />
          {error ? <FieldError id={errorId}>{error}</FieldError> : null}
          <p id={hintId} className="mt-1.5 text-xs text-fg-subtle">
            Separate numbers with commas; use a dash for a range. 0 is specials.
          </p>
        </div>
      )}
      {value.all && error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}

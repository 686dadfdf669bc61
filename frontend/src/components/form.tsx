import { useId, type ReactNode } from 'react';
import { AlertIcon } from './icons';

/** Shared look of text inputs and selects; `invalid` turns the border red. */
export function inputClasses(invalid = false, extra = ''): string {
  return [
    'block h-10 w-full min-w-0 rounded-lg border bg-surface px-3 text-sm text-fg shadow-sm placeholder:text-fg-subtle',
    '[&[readonly]]:bg-surface-muted [&[readonly]]:text-fg-muted disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-fg-muted',
    'focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0',
    invalid ? 'border-red-500 dark:border-red-400' : 'border-line-strong',
    extra,
  ].join(' ');
}

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  /** Help text under the control (format, what it is for). */
  hint?: ReactNode;
  /** What is wrong with the value; shown next to the field and linked to it for screen readers. */
  error?: string | null;
  /** Render the control, spreading the ids that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode;
  className?: string;
  /** Extra element on the label row (e.g. a "Clear" action). */
  labelAction?: ReactNode;
  /** A fixed id for the control (for links that move focus to it); generated otherwise. */
  id?: string;
}

/** Label + control + hint + error, wired together with ids. */
export function Field({ label, hint, error, children, className = '', labelAction, id: fixedId }: FieldProps) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <div className="mb-1.5 flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-fg">
          {label}
        </label>
        {labelAction}
      </div>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error ? <FieldError id={errorId!}>{error}</FieldError> : null}
      {hint ? (
        <p id={hintId} className="mt-1.5 text-xs text-fg-subtle">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} data-testid="field-error" className="mt-1.5 flex items-start gap-1.5 text-sm text-red-700 dark:text-red-300">
      <AlertIcon size={16} className="mt-0.5 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

interface CheckboxProps {
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  name?: string;
}

/** A checkbox with its label (and optional one-line description) as one big click target. */
export function Checkbox({ label, description, checked, onChange, disabled = false, name }: CheckboxProps) {
  const id = useId();
  return (
    <div className={`flex items-start gap-3 ${disabled ? 'opacity-60' : ''}`}>
      <input
        id={id}
        type="checkbox"
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={description ? `${id}-desc` : undefined}
        className="mt-0.5 size-4 shrink-0 rounded border-line-strong accent-[var(--accent)]"
      />
      <div className="min-w-0">
        <label htmlFor={id} className="text-sm font-medium text-fg">
          {label}
        </label>
        {description ? (
          <p id={`${id}-desc`} className="text-xs text-fg-subtle">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

interface SwitchProps {
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** On/off toggle (role="switch"), labelled by its text. */
export function Switch({ label, description, checked, onChange, disabled = false }: SwitchProps) {
  const id = useId();
  return (
    <div className="flex items-start justify-between gap-4">
      <div className="min-w-0">
        <span id={`${id}-label`} className="text-sm font-medium text-fg">
          {label}
        </span>
        {description ? (
          <p id={`${id}-desc`} className="text-xs text-fg-subtle">
            {description}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-desc` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
        className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${
          checked ? 'bg-accent' : 'bg-line-strong'
        }`}
      >
        <span
          aria-hidden="true"
          className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${
            checked ? 'translate-x-5.5' : 'translate-x-0.5'
          }`}
        />
      </button>
    </div>
  );
}

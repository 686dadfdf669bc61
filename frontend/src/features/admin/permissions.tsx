import { Checkbox } from '../../components/form';
import type { Permission } from '../../gql/graphql';

export const PERMISSIONS: Array<{ value: Permission; label: string; description: string }> = [
  { value: 'REQUEST', label: 'Request media', description: 'Ask for movies and shows that are missing.' },
  { value: 'AUTO_APPROVE', label: 'Auto-approve requests', description: 'Their requests skip the approval queue.' },
  { value: 'DOWNLOAD', label: 'Download videos', description: 'Save YouTube videos into Plex.' },
  { value: 'DOWNLOAD_NO_APPROVAL', label: 'Download without approval', description: 'Their downloads start right away.' },
  { value: 'MANAGE_REQUESTS', label: 'Manage requests', description: "Approve or decline everyone's requests and downloads." },
  { value: 'MANAGE_USERS', label: 'Manage users', description: "Change people's permissions and quotas, sign them out." },
  { value: 'MANAGE_SETTINGS', label: 'Manage settings', description: 'Change service connections and new-user defaults.' },
];

/** Keeps the canonical order, so comparing two lists is a string compare. */
export function sortPermissions(list: readonly Permission[]): Permission[] {
  return PERMISSIONS.map((p) => p.value).filter((p) => list.includes(p));
}

export function samePermissions(a: readonly Permission[], b: readonly Permission[]): boolean {
  return sortPermissions(a).join() === sortPermissions(b).join();
}

interface PermissionsFieldsetProps {
  value: Permission[];
  onChange: (next: Permission[]) => void;
  legend?: string;
  disabled?: boolean;
  note?: string;
  error?: string | null;
}

export function PermissionsFieldset({ value, onChange, legend = 'Permissions', disabled = false, note, error }: PermissionsFieldsetProps) {
  const toggle = (permission: Permission, on: boolean): void => {
    onChange(sortPermissions(on ? [...value, permission] : value.filter((p) => p !== permission)));
  };
  return (
    <fieldset aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-fg">{legend}</legend>
      {note ? <p className="mt-1 text-xs text-fg-subtle">{note}</p> : null}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {PERMISSIONS.map((p) => (
          <Checkbox
            key={p.value}
            label={p.label}
            description={p.description}
            checked={value.includes(p.value)}
            disabled={disabled}
            onChange={(on) => toggle(p.value, on)}
          />
        ))}
      </div>
      {error ? <p className="mt-2 text-sm text-red-700 dark:text-red-300">{error}</p> : null}
    </fieldset>
  );
}

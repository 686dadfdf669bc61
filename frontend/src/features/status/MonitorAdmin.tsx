import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { inputClasses } from '../../components/form';
import { useToast } from '../../components/toast/context';
import { errorSentence } from '../../lib/errors';
import { useUpdateMonitor } from './api';
import type { Monitor } from './status';

/** Admin controls on the status page: rename inline, hide from everyone else or show again. */
export function MonitorAdmin({ monitor }: { monitor: Monitor }) {
  const toast = useToast();
  const update = useUpdateMonitor();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(monitor.name);

  const fail = (title: string) => (error: unknown) => toast.show({ variant: 'error', title, description: errorSentence(error) });

  const toggle = (): void =>
    update.mutate(
      { id: monitor.id, visible: !monitor.visible },
      { onError: fail(monitor.visible ? `Couldn't hide ${monitor.name}` : `Couldn't show ${monitor.name}`) },
    );

  const save = (event: FormEvent): void => {
    event.preventDefault();
    update.mutate(
      { id: monitor.id, displayName: name.trim() },
      {
        onSuccess: () => setEditing(false),
        onError: fail(`Couldn't rename ${monitor.name}`),
      },
    );
  };

  if (editing) {
    return (
      <form onSubmit={save} className="flex w-full flex-wrap items-center gap-2">
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-label={`New name for ${monitor.name}`}
          aria-describedby={`rename-hint-${monitor.id}`}
          maxLength={200}
          autoFocus
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(false);
          }}
          className={inputClasses(false, 'h-8 max-w-xs flex-1')}
        />
        <Button type="submit" size="sm" variant="primary" loading={update.isPending}>
          Save
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setEditing(false)} disabled={update.isPending}>
          Cancel
        </Button>
        <p id={`rename-hint-${monitor.id}`} className="w-full text-xs text-fg-subtle">
          Leave it empty to use the name from Uptime Kuma.
        </p>
      </form>
    );
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button
        size="sm"
        variant="ghost"
        onClick={() => {
          setName(monitor.name);
          setEditing(true);
        }}
      >
        Rename<span className="sr-only"> {monitor.name}</span>
      </Button>
      <Button
        size="sm"
        onClick={toggle}
        loading={update.isPending}
      >
        {monitor.visible ? 'Hide from others' : 'Show'}
        <span className="sr-only">: {monitor.name}</span>
      </Button>
    </div>
  );
}

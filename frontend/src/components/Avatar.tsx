import { useState } from 'react';

export interface AvatarPerson {
  displayName: string;
  avatarUrl?: string | null;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [parts[0]?.[0], parts[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

/** Profile picture, or initials on a gradient when there is none (or it fails to load). Decorative. */
export function Avatar({ person, size = 32 }: { person: AvatarPerson; size?: number }) {
  const [broken, setBroken] = useState(false);
  const style = { width: size, height: size };
  if (person.avatarUrl && !broken) {
    return (
      <img
        src={person.avatarUrl}
        alt=""
        style={style}
        className="shrink-0 rounded-full object-cover ring-1 ring-line"
        onError={() => setBroken(true)}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      style={{ ...style, fontSize: Math.max(10, Math.round(size * 0.36)) }}
      className="grid shrink-0 place-items-center rounded-full bg-gradient-to-br from-indigo-500 to-violet-600 font-semibold text-white"
    >
      {initials(person.displayName)}
    </span>
  );
}

import type { Permission, Role, UpdateUserInput } from '../../../gql/graphql';
import { samePermissions } from '../permissions';
import type { AdminUser } from './api';

export interface QuotaDraft {
  useDefault: boolean;
  value: string;
}

export interface UserDraft {
  role: Role;
  active: boolean;
  permissions: Permission[];
  requestsPerWeek: QuotaDraft;
  downloadsPerDay: QuotaDraft;
}

export type UserField = 'role' | 'active' | 'permissions' | 'requestsPerWeek' | 'downloadsPerDay';
export const USER_FIELDS: UserField[] = ['role', 'active', 'permissions', 'requestsPerWeek', 'downloadsPerDay'];

const quota = (value: number | null | undefined): QuotaDraft => ({
  useDefault: value === null || value === undefined,
  value: value === null || value === undefined ? '' : String(value),
});

export function draftFromUser(user: AdminUser): UserDraft {
  return {
    role: user.role,
    active: user.active,
    permissions: user.permissions,
    requestsPerWeek: quota(user.requestsPerWeek),
    downloadsPerDay: quota(user.downloadsPerDay),
  };
}

interface Capabilities {
  /** Only admins may change roles (the server says FORBIDDEN otherwise). */
  canChangeRole: boolean;
  /** Nobody disables the owner, and nobody disables themselves. */
  canChangeActive: boolean;
}

export type BuildResult =
  | { ok: true; input: UpdateUserInput; changed: boolean }
  | { ok: false; errors: Partial<Record<UserField, string>> };

/** Only what changed goes to the server; a quota on "Use default" is sent as null. */
export function buildUpdateInput(user: AdminUser, draft: UserDraft, can: Capabilities): BuildResult {
  const input: UpdateUserInput = {};
  const errors: Partial<Record<UserField, string>> = {};
  if (can.canChangeRole && draft.role !== user.role) input.role = draft.role;
  if (can.canChangeActive && draft.active !== user.active) input.active = draft.active;
  if (!samePermissions(draft.permissions, user.permissions)) input.permissions = draft.permissions;
  for (const field of ['requestsPerWeek', 'downloadsPerDay'] as const) {
    const q = draft[field];
    const current = user[field] ?? null;
    if (q.useDefault) {
      if (current !== null) input[field] = null;
      continue;
    }
    const text = q.value.trim();
    if (!/^\d+$/.test(text)) {
      errors[field] = 'Enter a whole number, 0 or more, or use the default.';
      continue;
    }
    const value = Number(text);
    if (value !== current) input[field] = value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input, changed: Object.keys(input).length > 0 };
}

export function isUserField(field: string | null | undefined): field is UserField {
  return USER_FIELDS.includes(field as UserField);
}

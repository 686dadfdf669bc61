import { describe, expect, it } from 'vitest';
import type { AdminUser } from './api';
import { buildUpdateInput, draftFromUser } from './userForm';

const base: AdminUser = {
  id: '2',
  username: 'bob',
  displayName: 'Bob',
  email: null,
  avatarUrl: null,
  role: 'USER',
  isAdmin: false,
  isOwner: false,
  active: true,
  permissions: ['DOWNLOAD', 'REQUEST'],
  requestsPerWeek: 5,
  downloadsPerDay: null,
  createdAt: '2026-01-01T00:00:00Z',
  lastSeenAt: null,
};
const all = { canChangeRole: true, canChangeActive: true };

describe('buildUpdateInput', () => {
  it('sends nothing when nothing changed (permission order does not matter)', () => {
    const draft = { ...draftFromUser(base), permissions: ['REQUEST', 'DOWNLOAD'] as AdminUser['permissions'] };
    expect(buildUpdateInput(base, draft, all)).toEqual({ ok: true, input: {}, changed: false });
  });

  it('sends changed role, active and quotas; "use default" becomes null', () => {
    const draft = {
      ...draftFromUser(base),
      role: 'ADMIN' as const,
      active: false,
      requestsPerWeek: { useDefault: true, value: '5' },
      downloadsPerDay: { useDefault: false, value: ' 12 ' },
    };
    expect(buildUpdateInput(base, draft, all)).toEqual({
      ok: true,
      changed: true,
      input: { role: 'ADMIN', active: false, requestsPerWeek: null, downloadsPerDay: 12 },
    });
  });

  it('leaves out what the viewer may not change', () => {
    const draft = { ...draftFromUser(base), role: 'ADMIN' as const, active: false };
    expect(buildUpdateInput(base, draft, { canChangeRole: false, canChangeActive: false })).toMatchObject({ changed: false });
  });

  it('rejects quotas that are not whole numbers', () => {
    const draft = { ...draftFromUser(base), requestsPerWeek: { useDefault: false, value: '-1' } };
    expect(buildUpdateInput(base, draft, all)).toEqual({
      ok: false,
      errors: { requestsPerWeek: 'Enter a whole number, 0 or more, or use the default.' },
    });
  });
});

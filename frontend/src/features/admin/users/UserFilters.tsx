import { inputClasses } from '../../../components/form';
import { SearchIcon } from '../../../components/icons';
import type { Role } from '../../../gql/graphql';

export interface FilterDraft {
  search: string;
  role: Role | null;
  active: boolean | null;
}

/** Search (debounced by the page), role and status filters. */
export function UserFilters({ value, onChange }: { value: FilterDraft; onChange: (next: FilterDraft) => void }) {
  return (
    <div role="search" className="flex flex-col gap-3 border-b border-line px-4 py-3 sm:flex-row sm:items-center sm:px-5">
      <div className="relative min-w-0 flex-1">
        <SearchIcon size={18} className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-fg-subtle" />
        <label htmlFor="user-search" className="sr-only">
          Search users
        </label>
        <input
          id="user-search"
          type="search"
          value={value.search}
          onChange={(e) => onChange({ ...value, search: e.target.value })}
          placeholder="Search by name, username or email"
          autoComplete="off"
          className={inputClasses(false, 'pl-9')}
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:flex">
        <label className="sr-only" htmlFor="user-role-filter">
          Role
        </label>
        <select
          id="user-role-filter"
          value={value.role ?? ''}
          onChange={(e) => onChange({ ...value, role: (e.target.value || null) as Role | null })}
          className={inputClasses(false, 'sm:w-36')}
        >
          <option value="">All roles</option>
          <option value="ADMIN">Admins</option>
          <option value="USER">Users</option>
        </select>
        <label className="sr-only" htmlFor="user-active-filter">
          Status
        </label>
        <select
          id="user-active-filter"
          value={value.active === null ? '' : value.active ? 'active' : 'disabled'}
          onChange={(e) => onChange({ ...value, active: e.target.value === '' ? null : e.target.value === 'active' })}
          className={inputClasses(false, 'sm:w-36')}
        >
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="disabled">Disabled</option>
        </select>
      </div>
    </div>
  );
}

/**
 * Where the staff tab stands is part of the address (/back/staff?view=timesheets&person=3), so the
 * employee list links straight to a timesheet and reloading lands on the same screen.
 */
import { useSearchParams } from 'react-router';
import type { Permission } from '../../../src-shared/permissions';

export const STAFF_VIEWS = ['employees', 'roles', 'timesheets', 'absences', 'hours', 'audit'] as const;
export type StaffView = (typeof STAFF_VIEWS)[number];

/** What each view needs; the audit log is also open to the accountant. */
export const STAFF_VIEW_PERMISSION: Record<StaffView, Permission> = {
  employees: 'staff.manage', roles: 'staff.manage', timesheets: 'staff.manage', absences: 'staff.manage', hours: 'staff.manage', audit: 'audit.view',
};

export function useStaffNav(allowed: readonly StaffView[]) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('view') as StaffView | null;
  const person = Number(params.get('person'));
  return {
    view: asked && allowed.includes(asked) ? asked : allowed[0] ?? 'audit',
    /** The person whose record or timesheet is open. */
    personId: Number.isInteger(person) && person > 0 ? person : null,
    show: (view: StaffView) => setParams({ view }),
    openPerson: (view: StaffView, staffId: number) => setParams({ view, person: String(staffId) }),
  };
}

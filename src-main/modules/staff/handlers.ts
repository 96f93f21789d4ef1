/** The staff channels for people and roles (the time clock, timesheets and absences live in modules/timeclock). */
import type { Handlers } from '../../core/registry';
import { setPassword, setPin } from './credentials';
import { createEmployee, setEmployeeActive, updateEmployee } from './employees';
import { getEmployee, listEmployees } from './read';
import { createRole, listRoles, setRolePermissions } from './roles';

export const staffHandlers = {
  'staff.list': (input, ctx) => listEmployees(ctx, input.includeInactive),
  'staff.get': (input, ctx) => getEmployee(ctx, input.staffId),
  'staff.create': (input, ctx) => createEmployee(ctx, input),
  'staff.update': (input, ctx) => updateEmployee(ctx, input),
  'staff.setPin': (input, ctx) => setPin(ctx, input),
  'staff.setPassword': (input, ctx) => setPassword(ctx, input),
  'staff.setActive': (input, ctx) => setEmployeeActive(ctx, input),
  'staff.roles.list': (_input, ctx) => listRoles(ctx),
  'staff.roles.create': (input, ctx) => createRole(ctx, input),
  'staff.roles.setPermissions': (input, ctx) => setRolePermissions(ctx, input),
} satisfies Partial<Handlers>;

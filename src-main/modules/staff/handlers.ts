import type { Handlers } from '../../core/registry';
import { AppError } from '../../core/errors';

const todo = () => { throw new AppError('INTERNAL', 'not built yet'); };

export const staffHandlers = {
  'staff.list': todo,
  'staff.get': todo,
  'staff.create': todo,
  'staff.update': todo,
  'staff.setPin': todo,
  'staff.setPassword': todo,
  'staff.setActive': todo,
  'staff.roles.list': todo,
  'staff.roles.create': todo,
  'staff.roles.setPermissions': todo,
} satisfies Partial<Handlers>;

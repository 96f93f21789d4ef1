/** The closed list of permissions a role can hold, and the preset roles a new shop starts with. */
export const PERMISSIONS = [
  'counter.sell',
  'counter.discount',
  'counter.priceOverride',
  'counter.refund',
  'counter.void',
  'shift.manage',
  'backoffice.access',
  'catalogue.manage',
  'stock.manage',
  'purchasing.manage',
  'production.manage',
  'sales.manage',
  'bookkeeping.manage',
  'staff.manage',
  'reports.view',
  'feedback.manage',
  'settings.manage',
  'audit.view',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_KEYS = ['owner', 'manager', 'cashier', 'workshop', 'accountant'] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

const managerPermissions: Permission[] = [
  'counter.sell', 'counter.discount', 'counter.priceOverride', 'counter.refund', 'counter.void',
  'shift.manage', 'backoffice.access', 'catalogue.manage', 'stock.manage', 'purchasing.manage',
  'production.manage', 'sales.manage', 'reports.view', 'feedback.manage',
];

export const PRESET_ROLES: Record<RoleKey, readonly Permission[]> = {
  owner: PERMISSIONS,
  manager: managerPermissions,
  cashier: ['counter.sell'],
  workshop: ['backoffice.access', 'production.manage', 'stock.manage', 'feedback.manage'],
  accountant: ['backoffice.access', 'bookkeeping.manage', 'reports.view', 'audit.view'],
};

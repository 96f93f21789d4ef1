/** The roles matrix: presets and custom roles, the owner's fixed permissions, no granting beyond one's own, changes apply at once. */
import { PERMISSIONS, PRESET_ROLES, ROLE_KEYS } from '../../src-shared/permissions';
import { logicalDump, testCore } from '../helpers/core';

const OWNER = 1;
const MARKUS = 2;
const LENA = 3;
const OWNER_ROLE = 1;
const CASHIER_ROLE = 3;

function demo() {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  return t;
}

test('the presets are listed with their keys and matrix rows; a custom role is keyed custom:<id> and named', () => {
  const t = demo();
  const roles = t.call('staff.roles.list', {});
  expect(roles.map((r) => [r.key, r.name, r.preset])).toEqual(ROLE_KEYS.map((k) => [k, null, true]));
  // In the matrix's column order (PERMISSIONS).
  for (const role of roles) expect(role.permissions).toEqual(PERMISSIONS.filter((p) => PRESET_ROLES[role.key as keyof typeof PRESET_ROLES].includes(p)));
  expect(roles.map((r) => r.staffCount)).toEqual([1, 1, 1, 0, 0]);

  const { roleId } = t.call('staff.roles.create', { name: 'Aushilfe', permissions: ['counter.discount', 'counter.sell', 'counter.sell'] });
  const aushilfe = t.call('staff.roles.list', {}).find((r) => r.id === roleId);
  expect(aushilfe).toEqual({ id: roleId, key: `custom:${roleId}`, name: 'Aushilfe', preset: false, permissions: ['counter.sell', 'counter.discount'], staffCount: 0 });
  expect(t.call('audit.list', { action: 'staff.roles.create' })[0]).toMatchObject({ subject: `role:${roleId}`, after: { name: 'Aushilfe', permissions: ['counter.sell', 'counter.discount'] } });

  t.call('staff.update', { staffId: LENA, name: 'Lena Schulz', roleId });
  expect(t.call('staff.get', { staffId: LENA })).toMatchObject({ roleKey: `custom:${roleId}`, roleName: 'Aushilfe' });
  expect(t.call('auth.signIn', { pin: '1111' }).session).toMatchObject({ role: `custom:${roleId}`, permissions: ['counter.discount', 'counter.sell'] });

  t.signInOwner();
  const before = logicalDump(t.core.db);
  expect(t.invoke('staff.roles.create', { name: 'AUSHILFE', permissions: [] })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'roleNameTaken' } } });
  expect(t.invoke('staff.roles.setPermissions', { roleId: 99, permissions: [] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'roleNotFound' } } });
  expect(logicalDump(t.core.db)).toBe(before);
  t.close();
});

test('the owner role always keeps managing staff and back-office access', () => {
  const t = demo();
  const before = logicalDump(t.core.db);
  for (const drop of ['staff.manage', 'backoffice.access']) {
    const permissions = PRESET_ROLES.owner.filter((p) => p !== drop);
    expect(t.invoke('staff.roles.setPermissions', { roleId: OWNER_ROLE, permissions }))
      .toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'ownerKeepsRoleManagement' } } });
  }
  expect(logicalDump(t.core.db)).toBe(before);
  // Anything else may go.
  t.call('staff.roles.setPermissions', { roleId: OWNER_ROLE, permissions: ['staff.manage', 'backoffice.access', 'audit.view'] });
  expect(t.call('audit.list', { action: 'staff.roles.permissions' })[0]).toMatchObject({
    subject: `role:${OWNER_ROLE}`, before: { permissions: [...PRESET_ROLES.owner] }, after: { permissions: ['backoffice.access', 'staff.manage', 'audit.view'] },
  });
  t.close();
});

test('a staff manager without every permission cannot grant what they lack nor take over someone above them', () => {
  const t = demo();
  const { roleId: personnel } = t.call('staff.roles.create', { name: 'Personal', permissions: ['backoffice.access', 'staff.manage', 'counter.sell', 'audit.view'] });
  t.call('staff.update', { staffId: MARKUS, name: 'Markus Wolf', roleId: personnel });
  t.signInPin('2222');
  const before = logicalDump(t.core.db);
  const refusedWith = (reason: string) => ({ ok: false, error: { code: 'FORBIDDEN', details: { reason } } });
  expect(t.invoke('staff.roles.create', { name: 'Buchhaltung 2', permissions: ['bookkeeping.manage'] })).toMatchObject(refusedWith('cannotGrantOwnLack'));
  expect(t.invoke('staff.roles.setPermissions', { roleId: CASHIER_ROLE, permissions: ['counter.sell', 'counter.discount'] })).toMatchObject(refusedWith('cannotGrantOwnLack'));
  expect(t.invoke('staff.roles.setPermissions', { roleId: personnel, permissions: ['backoffice.access', 'staff.manage', 'counter.sell', 'audit.view', 'settings.manage'] }))
    .toMatchObject(refusedWith('cannotGrantOwnLack'));
  // Handing out a role is granting its permissions; the owner's PIN, data and role are out of reach.
  expect(t.invoke('staff.update', { staffId: LENA, name: 'Lena Schulz', roleId: OWNER_ROLE })).toMatchObject(refusedWith('cannotGrantOwnLack'));
  expect(t.invoke('staff.create', { name: 'Neu', roleId: 2 })).toMatchObject(refusedWith('cannotGrantOwnLack'));
  expect(t.invoke('staff.setPin', { staffId: OWNER, pin: '7777' })).toMatchObject(refusedWith('cannotManageHigherRole'));
  expect(t.invoke('staff.setPassword', { staffId: OWNER, login: { username: 'owner', password: 'taken-over-1' } })).toMatchObject(refusedWith('cannotManageHigherRole'));
  expect(t.invoke('staff.update', { staffId: OWNER, name: 'X', roleId: CASHIER_ROLE })).toMatchObject(refusedWith('cannotManageHigherRole'));
  expect(t.invoke('staff.setActive', { staffId: OWNER, active: false })).toMatchObject(refusedWith('cannotManageHigherRole'));
  expect(logicalDump(t.core.db)).toBe(before);

  // Within their own permissions they manage freely; taking away what they lack themselves is fine too.
  t.call('staff.setPin', { staffId: LENA, pin: '5656' });
  t.call('staff.roles.create', { name: 'Kasse light', permissions: ['counter.sell'] });
  t.call('staff.roles.setPermissions', { roleId: 2, permissions: ['counter.sell'] });
  t.close();
});

test('no role change may leave nobody active who can manage staff', () => {
  const t = demo();
  const { roleId: all } = t.call('staff.roles.create', { name: 'Alles', permissions: [...PRESET_ROLES.owner] });
  t.call('staff.update', { staffId: MARKUS, name: 'Markus Wolf', roleId: all });
  t.signInPin('2222');
  t.call('staff.setActive', { staffId: OWNER, active: false });
  const before = logicalDump(t.core.db);
  expect(t.invoke('staff.roles.setPermissions', { roleId: all, permissions: ['backoffice.access'] }))
    .toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'lastStaffManager' } } });
  expect(t.invoke('staff.update', { staffId: MARKUS, name: 'Markus Wolf', roleId: 2 }))
    .toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'lastStaffManager' } } });
  expect(t.invoke('staff.setPin', { staffId: MARKUS, pin: null }))
    .toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'lastStaffManager' } } });
  expect(logicalDump(t.core.db)).toBe(before);
  t.close();
});

test('a change to a role applies to the next command of everyone holding it', () => {
  const t = demo();
  const cashierToken = t.signInPin('1111');
  const ownerToken = t.signInOwner();
  t.setToken(cashierToken);
  expect(t.invoke('customers.get', { id: 1 })).not.toMatchObject({ error: { code: 'FORBIDDEN' } });

  t.setToken(ownerToken);
  t.call('staff.roles.setPermissions', { roleId: CASHIER_ROLE, permissions: [] });
  t.setToken(cashierToken);
  const before = logicalDump(t.core.db);
  expect(t.invoke('customers.get', { id: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(t.invoke('customers.create', { name: 'Neu' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(logicalDump(t.core.db)).toBe(before);
  expect(t.call('auth.session', {})?.permissions).toEqual([]);

  t.setToken(ownerToken);
  t.call('staff.roles.setPermissions', { roleId: CASHIER_ROLE, permissions: ['counter.sell'] });
  t.setToken(cashierToken);
  expect(t.invoke('customers.get', { id: 1 })).not.toMatchObject({ error: { code: 'FORBIDDEN' } });
  t.close();
});

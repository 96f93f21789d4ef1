/**
 * The roles × permissions matrix: a row per permission (grouped: counter, back office,
 * administration), a column per role. Ticks are collected per role and saved with the role's
 * button (or all at once); the core's refusals are shown per role. Permissions the owner must
 * keep, and those the signed-in person does not hold, cannot be ticked here.
 */
import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../src-shared/contract/staff';
import type { Permission } from '../../../src-shared/permissions';
import { call, refreshQuietly } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { can, useSessionStore } from '../auth/store';
import { OWNER_LOCKED, PERMISSION_GROUPS, permissionHint, permissionName, roleName } from './labels';
import { NewRoleDialog } from './NewRoleDialog';

type Drafts = Record<number, Permission[]>;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p));

export function RolesView() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const [roles, setRoles] = useState<Role[]>([]);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [failures, setFailures] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);

  const load = useCallback(() => {
    void refreshQuietly(async () => setRoles(await call('staff.roles.list', {})));
  }, []);
  useEffect(load, [load]);
  useChanged(['staff'], load);

  const permissionsOf = (role: Role) => drafts[role.id] ?? role.permissions;
  const changed = roles.filter((r) => drafts[r.id] && !sameSet(drafts[r.id]!, r.permissions));

  function toggle(role: Role, permission: Permission, on: boolean) {
    const current = permissionsOf(role);
    const next = on ? [...current, permission] : current.filter((p) => p !== permission);
    setDrafts((d) => ({ ...d, [role.id]: next }));
  }

  /** Why a box cannot be changed, or null when it can. */
  function lockReason(role: Role, permission: Permission): string | null {
    if (role.key === 'owner' && OWNER_LOCKED.includes(permission)) return t('staff.roles.ownerLocked');
    if (!can(session, permission)) return t('staff.roles.notHeld');
    return null;
  }

  async function save(toSave: Role[]) {
    setBusy(true);
    const failed: Record<number, string> = {};
    for (const role of toSave) {
      try {
        await call('staff.roles.setPermissions', { roleId: role.id, permissions: permissionsOf(role) });
        setDrafts((d) => {
          const { [role.id]: _saved, ...rest } = d;
          return rest;
        });
        notifications.show({ color: 'green', message: t('staff.roles.saved', { role: roleName(t, role) }) });
      } catch (e) {
        failed[role.id] = errorText(t, e);
      }
    }
    setFailures(failed);
    setBusy(false);
    load();
  }

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <Text c="dimmed" size="sm" maw={640}>{t('staff.roles.intro')}</Text>
        <Group ml="auto" gap="xs">
          {changed.length > 0 && (
            <>
              <Button variant="default" mih={44} onClick={() => { setDrafts({}); setFailures({}); }}>{t('staff.roles.discard')}</Button>
              <Button mih={44} loading={busy} onClick={() => void save(changed)}>{t('staff.roles.saveAll')}</Button>
            </>
          )}
          <Button mih={44} variant="light" leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>{t('staff.roles.new')}</Button>
        </Group>
      </Group>
      {Object.entries(failures).map(([id, message]) => {
        const role = roles.find((r) => r.id === Number(id));
        return <Alert key={id} color="red" role="alert">{t('staff.roles.failed', { role: role ? roleName(t, role) : id, message })}</Alert>;
      })}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={360 + roles.length * 130}>
          <Table verticalSpacing="xs" horizontalSpacing="md" withColumnBorders aria-label={t('staff.roles.matrixLabel')} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staff.roles.permission')}</Table.Th>
                {roles.map((r) => (
                  <Table.Th key={r.id} ta="center" data-testid={`role-column-${r.id}`}>
                    <Stack gap={2} align="center">
                      <Text fw={700} size="sm">{roleName(t, r)}</Text>
                      {!r.preset && <Badge size="xs" variant="light">{t('staff.roles.custom')}</Badge>}
                      <Text size="xs" c="dimmed">{t('staff.roles.staffCount', { count: r.staffCount })}</Text>
                    </Stack>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {PERMISSION_GROUPS.map((group) => (
                <Fragment key={group.key}>
                  <Table.Tr bg="var(--mantine-color-default-hover)">
                    <Table.Th colSpan={roles.length + 1} scope="colgroup">{t(`staff.permissionGroups.${group.key}`)}</Table.Th>
                  </Table.Tr>
                  {group.permissions.map((p) => (
                    <Table.Tr key={p}>
                      <Table.Td>
                        <Text size="sm" fw={600}>{permissionName(t, p)}</Text>
                        <Text size="xs" c="dimmed">{permissionHint(t, p)}</Text>
                      </Table.Td>
                      {roles.map((r) => {
                        const reason = lockReason(r, p);
                        const dirty = drafts[r.id] !== undefined && drafts[r.id]!.includes(p) !== r.permissions.includes(p);
                        return (
                          <Table.Td key={r.id} ta="center" bg={dirty ? 'var(--mantine-color-yellow-light)' : undefined}>
                            <Tooltip label={reason} disabled={reason === null} multiline maw={280} withArrow>
                              <Group justify="center" mih={44}>
                                <Checkbox size="md" checked={permissionsOf(r).includes(p)} disabled={reason !== null}
                                  aria-label={t('staff.roles.checkbox', { permission: permissionName(t, p), role: roleName(t, r) })}
                                  aria-description={reason ?? undefined}
                                  onChange={(e) => toggle(r, p, e.currentTarget.checked)} />
                              </Group>
                            </Tooltip>
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Td />
                {roles.map((r) => {
                  const dirty = changed.includes(r);
                  return (
                    <Table.Td key={r.id} ta="center">
                      <Stack gap={4} align="center">
                        {dirty && <Badge color="yellow" variant="light" size="sm">{t('staff.roles.unsaved')}</Badge>}
                        <Button mih={44} size="sm" disabled={!dirty} loading={busy && dirty}
                          aria-label={t('staff.roles.saveRole', { role: roleName(t, r) })} onClick={() => void save([r])}>
                          {t('staff.roles.save')}
                        </Button>
                      </Stack>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {creating && <NewRoleDialog roles={roles} held={session?.permissions ?? []} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

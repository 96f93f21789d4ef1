/** The employee list: role, sign-in means, weekly hours and where each person stands on the time clock; a row opens the person. */
import { Badge, Button, Card, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeRow, Role } from '../../../src-shared/contract/staff';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { ClockBadge } from './ClockBadge';
import { EmployeeDrawer } from './EmployeeDrawer';
import { roleName, useStaffFormat } from './labels';
import { STAFF_VIEWS, useStaffNav } from './nav';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function EmployeesView() {
  const { t } = useTranslation();
  const f = useStaffFormat();
  const nav = useStaffNav(STAFF_VIEWS);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [rows, setRows] = useState<EmployeeRow[]>([]);
  const [roles, setRoles] = useState<Role[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [creating, setCreating] = useState(false);

  const load = useCallback(() => {
    void refreshQuietly(async () => {
      const [list, roleList] = await Promise.all([call('staff.list', { includeInactive }), call('staff.roles.list', {})]);
      setRows(list);
      setRoles(roleList);
      setLoaded(true);
    });
  }, [includeInactive]);
  useEffect(load, [load]);
  useChanged(['staff'], load);

  const open = (id: number) => nav.openPerson('employees', id);
  const close = () => { setCreating(false); nav.show('employees'); };

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <Switch label={t('staff.employees.showInactive')} checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
        <Button ml="auto" mih={44} leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>{t('staff.employees.new')}</Button>
      </Group>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover aria-label={t('staff.employees.listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staff.employees.columns.name')}</Table.Th>
                <Table.Th>{t('staff.employees.columns.role')}</Table.Th>
                <Table.Th>{t('staff.employees.columns.pin')}</Table.Th>
                <Table.Th>{t('staff.employees.columns.login')}</Table.Th>
                <Table.Th ta="right">{t('staff.employees.columns.weeklyHours')}</Table.Th>
                <Table.Th>{t('staff.employees.columns.clock')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id} data-testid={`employee-row-${r.id}`} onClick={() => open(r.id)} style={{ cursor: 'pointer' }} c={r.active ? undefined : 'dimmed'}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button variant="subtle" size="compact-md" mih={44} px={6} fw={600} onClick={(e) => { e.stopPropagation(); open(r.id); }}>{r.name}</Button>
                      {!r.active && (
                        <Badge color="gray" size="sm">{r.endDate ? t('staff.employees.inactiveSince', { date: f.day(r.endDate) }) : t('staff.employees.inactive')}</Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{roleName(t, { key: r.roleKey, name: r.roleName })}</Table.Td>
                  <Table.Td>
                    {r.hasPin ? <Badge variant="light" color="blue" miw="max-content">{t('staff.employees.pinSet')}</Badge> : <Text size="sm" c="dimmed">{t('staff.employees.noPin')}</Text>}
                  </Table.Td>
                  <Table.Td ff={r.username ? 'monospace' : undefined} fz="sm" c={r.username ? undefined : 'dimmed'}>
                    {r.hasPassword && r.username ? r.username : t('staff.employees.noLogin')}
                  </Table.Td>
                  <Table.Td ta="right" style={num}>{r.weeklyMinutes === null ? '–' : f.hours(r.weeklyMinutes)}</Table.Td>
                  <Table.Td>{r.active ? <ClockBadge row={r} /> : null}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {loaded && rows.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('staff.employees.empty')}</Text>}
      </Card>
      {(creating || nav.personId !== null) && (
        <EmployeeDrawer key={creating ? 'new' : nav.personId} staffId={creating ? null : nav.personId} roles={roles}
          onCreated={(id) => { setCreating(false); open(id); }} onClose={close} />
      )}
    </Stack>
  );
}

/**
 * How a person gets in (counter PIN, back-office sign-in) and whether they still work here: each
 * change is its own command with its own dialog, so editing the record never touches them.
 */
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employee } from '../../../src-shared/contract/staff';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { today } from '../books/dates';
import { CommandDialog } from './CommandDialog';
import { useStaffFormat } from './labels';
import { LoginDialog } from './LoginDialog';
import { PinDialog } from './PinDialog';

type Open = 'pin' | 'removePin' | 'login' | 'removeLogin' | 'deactivate' | null;

function Row({ title, text, children }: { title: string; text: string; children: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <div>
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">{text}</Text>
      </div>
      <Group gap="xs">{children}</Group>
    </Group>
  );
}

export function EmployeeAccess({ employee }: { employee: Employee }) {
  const { t } = useTranslation();
  const f = useStaffFormat();
  const [open, setOpen] = useState<Open>(null);
  const [endDate, setEndDate] = useState(today());
  const close = () => setOpen(null);
  const name = employee.name;

  async function reactivate() {
    try {
      await call('staff.setActive', { staffId: employee.id, active: true });
      notifications.show({ color: 'green', message: t('staff.status.reactivated', { name }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    }
  }

  return (
    <Stack>
      <Title order={4} mt="sm">{t('staff.employee.sections.access')}</Title>
      <Card withBorder>
        <Stack>
          <Row title={t('staff.pin.label')} text={employee.hasPin ? t('staff.pin.isSet') : t('staff.pin.none')}>
            <Button mih={44} variant="light" disabled={!employee.active} onClick={() => setOpen('pin')}>{employee.hasPin ? t('staff.pin.reset') : t('staff.pin.set')}</Button>
            {employee.hasPin && <Button mih={44} variant="subtle" color="red" onClick={() => setOpen('removePin')}>{t('staff.pin.remove')}</Button>}
          </Row>
          <Row title={t('staff.login.label')} text={employee.hasPassword && employee.username ? t('staff.login.current', { username: employee.username }) : t('staff.login.none')}>
            <Button mih={44} variant="light" disabled={!employee.active} onClick={() => setOpen('login')}>{employee.hasPassword ? t('staff.login.change') : t('staff.login.set')}</Button>
            {employee.hasPassword && <Button mih={44} variant="subtle" color="red" onClick={() => setOpen('removeLogin')}>{t('staff.login.remove')}</Button>}
          </Row>
        </Stack>
      </Card>

      <Title order={4} mt="sm">{t('staff.employee.sections.status')}</Title>
      <Card withBorder>
        <Row title={employee.active ? t('staff.status.active') : t('staff.employees.inactive')}
          text={employee.active
            ? (employee.startDate ? t('staff.status.activeSince', { date: f.day(employee.startDate) }) : '')
            : t('staff.status.inactive', { date: employee.endDate ? f.day(employee.endDate) : '–' })}>
          {employee.active
            ? <Button mih={44} variant="light" color="red" onClick={() => { setEndDate(today()); setOpen('deactivate'); }}>{t('staff.status.deactivate')}</Button>
            : <Button mih={44} variant="light" onClick={() => void reactivate()}>{t('staff.status.reactivate')}</Button>}
        </Row>
      </Card>

      {open === 'pin' && <PinDialog staffId={employee.id} name={name} onClose={close} />}
      {open === 'login' && <LoginDialog staffId={employee.id} name={name} username={employee.username} onClose={close} />}
      {open === 'removePin' && (
        <CommandDialog title={t('staff.pin.remove')} confirm={t('staff.pin.remove')} color="red" onClose={close}
          onConfirm={async () => { await call('staff.setPin', { staffId: employee.id, pin: null }); notifications.show({ message: t('staff.pin.removed') }); }}>
          <Text>{t('staff.pin.removeConfirm', { name })}</Text>
        </CommandDialog>
      )}
      {open === 'removeLogin' && (
        <CommandDialog title={t('staff.login.remove')} confirm={t('staff.login.remove')} color="red" onClose={close}
          onConfirm={async () => { await call('staff.setPassword', { staffId: employee.id, login: null }); notifications.show({ message: t('staff.login.removed') }); }}>
          <Text>{t('staff.login.removeConfirm', { name })}</Text>
        </CommandDialog>
      )}
      {open === 'deactivate' && (
        <CommandDialog title={t('staff.status.deactivateTitle', { name })} confirm={t('staff.status.confirmDeactivate')} color="red" onClose={close}
          disabled={endDate === ''}
          onConfirm={async () => {
            await call('staff.setActive', { staffId: employee.id, active: false, endDate });
            notifications.show({ message: t('staff.status.deactivated', { name }) });
          }}>
          <Text size="sm">{t('staff.status.deactivateText')}</Text>
          <TextInput type="date" label={t('staff.status.endDate')} value={endDate} required onChange={(e) => setEndDate(e.currentTarget.value)} data-autofocus />
        </CommandDialog>
      )}
    </Stack>
  );
}

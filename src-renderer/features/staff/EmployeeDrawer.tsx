/**
 * One person in a drawer: personal and contract data to edit, and for a saved person the sign-in
 * means, leaving and the way to their timesheet. A new person may get a PIN and a sign-in at once.
 */
import { Alert, Button, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClockHour4 } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employee, Role } from '../../../src-shared/contract/staff';
import { call } from '../../lib/api';
import { errorText, fieldErrors } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { EmployeeAccess } from './EmployeeAccess';
import { ClockBadge } from './ClockBadge';
import { EmployeeForm, employeeInput, initialValues, localProblems, type EmployeeValues } from './EmployeeForm';
import { useStaffFormat } from './labels';
import { EMPTY_LOGIN, LoginFields, loginIsEmpty, loginProblems } from './LoginDialog';
import { EMPTY_PIN, PinFields, pinProblem } from './PinDialog';
import { STAFF_VIEWS, useStaffNav } from './nav';

interface Props {
  staffId: number | null;
  roles: readonly Role[];
  onCreated: (staffId: number) => void;
  onClose: () => void;
}

export function EmployeeDrawer({ staffId, roles, onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const f = useStaffFormat();
  const nav = useStaffNav(STAFF_VIEWS);
  const [employee, setEmployee] = useState<Employee | null>(null);
  const [values, setValues] = useState<EmployeeValues | null>(staffId === null ? initialValues(null, roles, f.decimal) : null);
  const [pin, setPin] = useState(EMPTY_PIN);
  const [login, setLogin] = useState(EMPTY_LOGIN);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    if (staffId === null) return;
    call('staff.get', { staffId }).then((e) => {
      setEmployee(e);
      // The form keeps what is being typed; only the first load fills it.
      setValues((current) => current ?? initialValues(e, roles, f.decimal));
    }, (e: unknown) => setError(errorText(t, e)));
  }, [staffId, roles, f.decimal, t]);
  useEffect(load, [load]);
  useChanged(['staff'], load);
  // Roles may arrive after the drawer opened for a new person.
  useEffect(() => {
    if (values && values.roleId === '' && roles.length > 0) setValues(initialValues(null, roles, f.decimal));
  }, [values, roles, f.decimal]);

  async function save() {
    if (!values) return;
    const local = localProblems(values);
    setErrors(Object.fromEntries(Object.entries(local).map(([k, key]) => [k, t(key)])));
    setError(null);
    const newLogin = staffId === null && !loginIsEmpty(login);
    if (Object.keys(local).length > 0 || (staffId === null && (pinProblem(pin) !== null || (newLogin && Object.keys(loginProblems(login)).length > 0)))) return;
    setBusy(true);
    try {
      const input = employeeInput(values);
      if (staffId === null) {
        const created = await call('staff.create', {
          ...input,
          ...(pin.pin ? { pin: pin.pin } : {}),
          ...(newLogin ? { username: login.username.trim().toLowerCase(), password: login.password } : {}),
        });
        notifications.show({ color: 'green', message: t('staff.employee.created', { name: input.name }) });
        onCreated(created.staffId);
      } else {
        await call('staff.update', { staffId, ...input });
        notifications.show({ color: 'green', message: t('staff.employee.saved') });
      }
    } catch (e) {
      setErrors(Object.fromEntries(Object.keys(fieldErrors(e)).map((k) => [k.split('.')[0]!, t('staff.employee.invalid')])));
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const title = staffId === null ? t('staff.employee.newTitle') : employee?.name ?? t('staff.employee.loading');
  return (
    <Drawer opened onClose={onClose} position="right" size={720} data-testid="employee-drawer"
      title={<Text component="span" fw={700} size="xl">{title}</Text>}>
      {values === null && error && <Alert color="red">{error}</Alert>}
      {values && (
        <Stack>
          {employee && (
            <Group justify="space-between">
              {employee.active ? <ClockBadge row={employee} /> : <span />}
              <Button mih={44} variant="light" leftSection={<IconClockHour4 size={18} />} onClick={() => nav.openPerson('timesheets', employee.id)}>
                {t('staff.employee.timesheet')}
              </Button>
            </Group>
          )}
          <EmployeeForm values={values} onChange={setValues} roles={roles} errors={errors} />
          {staffId === null && (
            <>
              <Title order={4} mt="sm">{t('staff.employee.sections.access')}</Title>
              <Text size="sm" c="dimmed">{t('staff.employee.createPinHint')}</Text>
              <PinFields values={pin} onChange={setPin} />
              <Text size="sm" c="dimmed">{t('staff.employee.createLoginHint')}</Text>
              <LoginFields values={login} onChange={setLogin} />
            </>
          )}
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" mih={44} onClick={onClose}>{t('common.close')}</Button>
            <Button mih={44} loading={busy} disabled={values.name.trim() === '' || values.roleId === ''} onClick={() => void save()}>{t('common.save')}</Button>
          </Group>
          {employee && <EmployeeAccess employee={employee} />}
        </Stack>
      )}
    </Drawer>
  );
}

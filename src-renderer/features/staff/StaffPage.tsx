/**
 * The back office's staff tab: employees, the roles × permissions matrix, timesheets from the time
 * clock, absences, the hours report and the audit log. Each view shows only to a role that may use it.
 */
import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can, useSessionStore } from '../auth/store';
import { AbsencesView } from '../timeclock/AbsencesView';
import { HoursView } from '../timeclock/HoursView';
import { TimesheetView } from '../timeclock/TimesheetView';
import { AuditLogView } from './AuditLogView';
import { EmployeesView } from './EmployeesView';
import { STAFF_VIEW_PERMISSION, STAFF_VIEWS, useStaffNav, type StaffView } from './nav';
import { RolesView } from './RolesView';

export function StaffPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const allowed = STAFF_VIEWS.filter((v) => can(session, STAFF_VIEW_PERMISSION[v]));
  const nav = useStaffNav(allowed);

  function panel(view: StaffView) {
    switch (view) {
      case 'employees': return <EmployeesView />;
      case 'roles': return <RolesView />;
      case 'timesheets': return <TimesheetView />;
      case 'absences': return <AbsencesView />;
      case 'hours': return <HoursView />;
      case 'audit': return <AuditLogView />;
    }
  }

  return (
    <Stack maw={1400}>
      <Title order={2}>{t('modules.staff')}</Title>
      <Tabs value={nav.view} onChange={(v) => v && nav.show(v as StaffView)} keepMounted={false}>
        <Tabs.List aria-label={t('modules.staff')}>
          {allowed.map((v) => <Tabs.Tab key={v} value={v} mih={44}>{t(`staff.tabs.${v}`)}</Tabs.Tab>)}
        </Tabs.List>
        {allowed.map((v) => <Tabs.Panel key={v} value={v} pt="lg">{v === nav.view && panel(v)}</Tabs.Panel>)}
      </Tabs>
    </Stack>
  );
}

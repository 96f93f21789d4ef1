/**
 * The audit viewer's filters: a period in local days, a person (only for those who may list
 * staff — the accountant reads the log without it), an action or a whole group of actions
 * ("Kasse – alle" filters by the prefix 'counter.'), and free text.
 */
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeRow, Role } from '../../../src-shared/contract/staff';
import { call, refreshQuietly } from '../../lib/api';
import { can, useSessionStore } from '../auth/store';
import { auditActionLabel, auditGroupLabel } from './labels';

export interface AuditFilterValues {
  from: string;
  to: string;
  staffId: string;
  action: string;
  text: string;
}

export const NO_FILTER: AuditFilterValues = { from: '', to: '', staffId: '', action: '', text: '' };

/** The filters as the contract wants them (empty ones left out). */
export function filterInput(v: AuditFilterValues) {
  return {
    ...(v.from ? { from: v.from } : {}),
    ...(v.to ? { to: v.to } : {}),
    ...(v.staffId ? { staffId: Number(v.staffId) } : {}),
    ...(v.action ? { action: v.action } : {}),
    ...(v.text.trim() ? { text: v.text.trim() } : {}),
  };
}

/**
 * Everyone (former staff included) and the roles, for the person filter and for naming subjects
 * like 'staff:3' and 'role:2'; both empty for those who may not manage staff (the accountant).
 */
export function useStaffDirectory(): { people: EmployeeRow[]; roles: Role[] } {
  const session = useSessionStore((s) => s.session);
  const mayListStaff = can(session, 'staff.manage');
  const [directory, setDirectory] = useState<{ people: EmployeeRow[]; roles: Role[] }>({ people: [], roles: [] });
  useEffect(() => {
    if (!mayListStaff) return;
    void refreshQuietly(async () => {
      const [people, roles] = await Promise.all([call('staff.list', { includeInactive: true }), call('staff.roles.list', {})]);
      setDirectory({ people, roles });
    });
  }, [mayListStaff]);
  return directory;
}

export function AuditFilters({ values, people, onChange, children }: {
  values: AuditFilterValues;
  people: readonly EmployeeRow[];
  onChange: (v: AuditFilterValues) => void;
  /** Buttons placed at the row's end (the export). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [actions, setActions] = useState<string[]>([]);
  const [text, setText] = useState(values.text);

  useEffect(() => {
    void refreshQuietly(async () => setActions(await call('audit.actions', {})));
  }, []);
  // Free text filters once typing pauses, not on every key.
  useEffect(() => {
    if (text === values.text) return undefined;
    const timer = setTimeout(() => onChange({ ...values, text }), 300);
    return () => clearTimeout(timer);
  }, [text, values, onChange]);
  useEffect(() => setText(values.text), [values.text]);

  const set = (key: keyof AuditFilterValues, value: string) => onChange({ ...values, [key]: value });
  const groups = [...new Set(actions.map((a) => a.split('.')[0]!))].sort((a, b) => auditGroupLabel(t, a).localeCompare(auditGroupLabel(t, b)));
  const actionData = [
    { value: '', label: t('staff.audit.allActions') },
    ...groups.map((g) => ({
      group: auditGroupLabel(t, g),
      items: [
        { value: `${g}.`, label: t('staff.audit.allOfGroup', { group: auditGroupLabel(t, g) }) },
        ...actions.filter((a) => a.split('.')[0] === g).map((a) => ({ value: a, label: auditActionLabel(t, a) }))
          .sort((a, b) => a.label.localeCompare(b.label)),
      ],
    })),
  ];

  return (
    <Group align="flex-end" wrap="wrap">
      <TextInput type="date" label={t('staff.audit.from')} w={160} value={values.from} onChange={(e) => set('from', e.currentTarget.value)} />
      <TextInput type="date" label={t('staff.audit.to')} w={160} value={values.to} onChange={(e) => set('to', e.currentTarget.value)} />
      {people.length > 0 && (
        <NativeSelect label={t('staff.audit.person')} w={200} value={values.staffId} onChange={(e) => set('staffId', e.currentTarget.value)}
          data={[{ value: '', label: t('staff.audit.allPeople') }, ...people.map((p) => ({ value: String(p.id), label: p.name }))]} />
      )}
      <NativeSelect label={t('staff.audit.action')} w={260} value={values.action} data={actionData} onChange={(e) => set('action', e.currentTarget.value)} />
      <TextInput type="search" label={t('staff.audit.text')} placeholder={t('staff.audit.textPlaceholder')} w={220} maxLength={100}
        leftSection={<IconSearch size={16} />} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <Group ml="auto" gap="xs">
        <Button variant="subtle" mih={44} onClick={() => onChange(NO_FILTER)}>{t('staff.audit.reset')}</Button>
        {children}
      </Group>
    </Group>
  );
}

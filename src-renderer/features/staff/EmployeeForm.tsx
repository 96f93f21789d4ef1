/**
 * A person's personal and contract data as form fields, and the turn from what was typed into
 * the contract's fields (weekly hours as "38,5" → minutes, the wage in € → cents, empty → null).
 */
import { Chip, Group, Input, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Employee, Role } from '../../../src-shared/contract/staff';
import { LANGUAGES, type Language } from '../../../src-shared/countries';
import { MoneyField } from '../purchasing/fields';
import { hoursInput, parseHours, roleName } from './labels';

export interface EmployeeValues {
  name: string;
  email: string;
  phone: string;
  address: string;
  birthDate: string;
  notes: string;
  language: Language | '';
  roleId: string;
  startDate: string;
  weeklyHours: string;
  workDays: number[];
  hourlyWageCents: number | null;
  vacationDays: number | string;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function initialValues(employee: Employee | null, roles: readonly Role[], decimal: ',' | '.'): EmployeeValues {
  const cashier = roles.find((r) => r.key === 'cashier') ?? roles[0];
  return {
    name: employee?.name ?? '',
    email: employee?.email ?? '',
    phone: employee?.phone ?? '',
    address: employee?.address ?? '',
    birthDate: employee?.birthDate ?? '',
    notes: employee?.notes ?? '',
    language: employee?.language ?? '',
    roleId: String(employee?.roleId ?? cashier?.id ?? ''),
    startDate: employee?.startDate ?? '',
    weeklyHours: employee?.weeklyMinutes == null ? '' : hoursInput(employee.weeklyMinutes, decimal),
    workDays: employee?.workDays ?? [1, 2, 3, 4, 5],
    hourlyWageCents: employee?.hourlyWageCents ?? null,
    vacationDays: employee?.vacationDaysPerYear ?? '',
  };
}

/** What is wrong with the typed values before anything is sent (field → message key). */
export function localProblems(v: EmployeeValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (v.weeklyHours.trim() !== '' && parseHours(v.weeklyHours) === null) problems.weeklyMinutes = 'staff.employee.invalidHours';
  if (v.workDays.length === 0) problems.workDays = 'staff.employee.invalid';
  return problems;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The contract's employee fields from the form (call localProblems first). */
export function employeeInput(v: EmployeeValues) {
  return {
    name: v.name.trim(),
    roleId: Number(v.roleId),
    email: orNull(v.email),
    phone: orNull(v.phone),
    address: orNull(v.address),
    birthDate: orNull(v.birthDate),
    notes: orNull(v.notes),
    language: v.language === '' ? null : v.language,
    startDate: orNull(v.startDate),
    weeklyMinutes: v.weeklyHours.trim() === '' ? null : parseHours(v.weeklyHours),
    workDays: [...v.workDays].sort((a, b) => a - b),
    hourlyWageCents: v.hourlyWageCents,
    vacationDaysPerYear: typeof v.vacationDays === 'number' ? v.vacationDays : null,
  };
}

interface Props {
  values: EmployeeValues;
  onChange: (next: EmployeeValues) => void;
  roles: readonly Role[];
  /** Field errors keyed by the contract's field names; values are messages already translated. */
  errors: Record<string, string>;
}

export function EmployeeForm({ values, onChange, roles, errors }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof EmployeeValues>(key: K, value: EmployeeValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: 'name' | 'email' | 'phone', max: number, extra: { required?: boolean; type?: string } = {}) => (
    <TextInput label={t(`staff.employee.fields.${key}`)} value={values[key]} maxLength={max} error={errors[key]} {...extra}
      onChange={(e) => set(key, e.currentTarget.value)} />
  );

  return (
    <Stack>
      <Title order={4}>{t('staff.employee.sections.personal')}</Title>
      {text('name', 120, { required: true })}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('email', 200, { type: 'email' })}
        {text('phone', 60)}
      </SimpleGrid>
      <Textarea label={t('staff.employee.fields.address')} value={values.address} maxLength={500} rows={2} error={errors.address}
        onChange={(e) => set('address', e.currentTarget.value)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('staff.employee.fields.birthDate')} value={values.birthDate} error={errors.birthDate}
          onChange={(e) => set('birthDate', e.currentTarget.value)} />
        <NativeSelect label={t('staff.employee.fields.language')} value={values.language}
          data={[{ value: '', label: t('staff.employee.languageDefault') }, ...LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))]}
          onChange={(e) => set('language', e.currentTarget.value as Language | '')} />
      </SimpleGrid>
      <Textarea label={t('staff.employee.fields.notes')} value={values.notes} maxLength={2000} rows={2} error={errors.notes}
        onChange={(e) => set('notes', e.currentTarget.value)} />

      <Title order={4} mt="sm">{t('staff.employee.sections.contract')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect label={t('staff.employee.fields.role')} value={values.roleId} error={errors.roleId} required
          data={roles.map((r) => ({ value: String(r.id), label: roleName(t, r) }))}
          onChange={(e) => set('roleId', e.currentTarget.value)} />
        <TextInput type="date" label={t('staff.employee.fields.startDate')} value={values.startDate} error={errors.startDate}
          onChange={(e) => set('startDate', e.currentTarget.value)} />
        <TextInput label={t('staff.employee.fields.weeklyHours')} placeholder={t('staff.employee.weeklyHoursHint')} inputMode="decimal"
          value={values.weeklyHours} maxLength={5} error={errors.weeklyMinutes} onChange={(e) => set('weeklyHours', e.currentTarget.value)} />
        <MoneyField label={t('staff.employee.fields.hourlyWage')} cents={values.hourlyWageCents} error={errors.hourlyWageCents}
          onCents={(cents) => set('hourlyWageCents', cents)} />
        <NumberInput label={t('staff.employee.fields.vacationDays')} value={values.vacationDays} min={0} max={60} allowDecimal={false} allowNegative={false}
          error={errors.vacationDaysPerYear} onChange={(v) => set('vacationDays', v)} />
      </SimpleGrid>
      <Input.Wrapper label={t('staff.employee.fields.workDays')} description={t('staff.employee.workDaysHint')} error={errors.workDays}>
        <Chip.Group multiple value={values.workDays.map(String)} onChange={(days) => set('workDays', days.map(Number))}>
          <Group gap="xs" mt={6}>
            {WEEKDAYS.map((d) => (
              <Chip key={d} value={String(d)} size="lg" title={t(`staff.weekdays.long.${d}`)}>{t(`staff.weekdays.short.${d}`)}</Chip>
            ))}
          </Group>
        </Chip.Group>
      </Input.Wrapper>
    </Stack>
  );
}

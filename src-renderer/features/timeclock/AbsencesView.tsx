/**
 * Absences ("Abwesenheiten"): the month calendar of everyone active with vacation, sickness and
 * other absences, new ones and cancellations, and the year's vacation balances ("Resturlaub").
 */
import { ActionIcon, Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Absence, VacationBalance } from '../../../src-shared/contract/staff';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { monthOf } from '../books/dates';
import { AbsenceCalendar, AbsenceLegend } from './AbsenceCalendar';
import { AbsenceDetailsDialog, NewAbsenceDialog, type NewAbsence } from './AbsenceDialogs';
import { addDays, dayText, daysOf, today } from './periods';
import { useStaffList } from './useStaffList';
import { VacationTable } from './VacationTable';

export function AbsencesView() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const staff = useStaffList();
  const [month, setMonth] = useState(() => monthOf(today()));
  const [absences, setAbsences] = useState<Absence[]>([]);
  const [balances, setBalances] = useState<VacationBalance[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState<NewAbsence | null>(null);
  const [open, setOpen] = useState<Absence | null>(null);
  const year = Number(month.from.slice(0, 4));

  const load = useCallback(() => {
    Promise.all([call('absences.list', { period: month }), call('absences.vacation', { year })])
      .then(([list, vacation]) => { setAbsences(list); setBalances(vacation); setError(null); })
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [month, year, t]);
  useEffect(load, [load]);
  useChanged(['staff'], load);

  const active = staff.filter((s) => s.active);
  const step = (months: number) => setMonth(monthOf(months < 0 ? addDays(month.from, -1) : addDays(month.to, 1)));
  const done = () => { setCreating(null); setOpen(null); load(); };

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <ActionIcon variant="default" size={44} aria-label={t('timeclock.absences.previous')} onClick={() => step(-1)}><IconChevronLeft /></ActionIcon>
          <Title order={3} miw={200} ta="center" data-testid="absence-month">{dayText(month.from, locale, { month: 'long', year: 'numeric' })}</Title>
          <ActionIcon variant="default" size={44} aria-label={t('timeclock.absences.next')} onClick={() => step(1)}><IconChevronRight /></ActionIcon>
          <Button variant="subtle" mih={44} onClick={() => setMonth(monthOf(today()))}>{t('timeclock.absences.thisMonth')}</Button>
          <TextInput type="month" aria-label={t('timeclock.absences.month')} w={170} value={month.from.slice(0, 7)}
            onChange={(e) => { const v = e.currentTarget.value; if (/^\d{4}-\d{2}$/.test(v)) setMonth(monthOf(`${v}-01`)); }} />
        </Group>
        <Button mih={44} leftSection={<IconPlus size={18} />} onClick={() => setCreating({ staffId: null, from: month.from <= today() && today() <= month.to ? today() : month.from })}>
          {t('timeclock.absences.new')}
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <AbsenceCalendar days={daysOf(month)} staff={active} absences={absences} onOpen={setOpen} onNew={(staffId, from) => setCreating({ staffId, from })} />
      <AbsenceLegend />
      <Title order={3} mt="md">{t('timeclock.vacation.title', { year })}</Title>
      <VacationTable year={year} balances={balances} />
      {creating && <NewAbsenceDialog start={creating} staff={active} onDone={done} onClose={() => setCreating(null)} />}
      {open && <AbsenceDetailsDialog absence={open} onDone={done} onClose={() => setOpen(null)} />}
    </Stack>
  );
}

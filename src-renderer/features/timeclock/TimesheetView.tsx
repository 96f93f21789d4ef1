/**
 * Timesheets ("Arbeitszeitnachweis"): one person's days in a period from the time clock, with
 * balances against the planned hours, and the owner's corrections with the full record history.
 */
import { Accordion, Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeEvent, Timesheet } from '../../../src-shared/contract/staff';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { STAFF_VIEWS, useStaffNav } from '../staff/nav';
import { CorrectionDialog, type Correction } from './CorrectionDialog';
import { choosePreset, PeriodPicker, validRange, type PeriodChoice } from './PeriodPicker';
import { dayText, PERIOD_PRESETS, today } from './periods';
import { RecordsList } from './RecordsList';
import { TimesheetTable } from './TimesheetTable';
import { useStaffList } from './useStaffList';

/** The records of one local day; a removal counts on the day of the record it removed. */
function recordsOn(events: TimeEvent[], day: string): TimeEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return events.filter((e) => {
    const at = e.at ?? (e.replacesId ? byId.get(e.replacesId)?.at : null);
    return at ? today(new Date(at)) === day : false;
  });
}

export function TimesheetView() {
  const { t } = useTranslation();
  const nav = useStaffNav(STAFF_VIEWS);
  const staff = useStaffList();
  const [period, setPeriod] = useState<PeriodChoice>(() => choosePreset('thisWeek'));
  const [sheet, setSheet] = useState<Timesheet | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [correction, setCorrection] = useState<Correction | null>(null);
  const [recordsOpen, setRecordsOpen] = useState<string | null>(null);
  const [recordsDay, setRecordsDay] = useState<string | null>(null);
  const { locale } = useFormat();
  const personId = nav.personId ?? staff.find((s) => s.active)?.id ?? null;
  const { from, to } = period.range;

  const load = useCallback(() => {
    if (personId === null || !validRange({ from, to })) return;
    call('staff.timesheet', { staffId: personId, period: { from, to } })
      .then((next) => { setSheet(next); setError(null); })
      .catch((e: unknown) => { setSheet(null); setError(errorText(t, e)); });
  }, [personId, from, to, t]);
  useEffect(load, [load]);
  useChanged(['staff'], load);

  const options = staff.map((s) => ({ value: String(s.id), label: s.active ? s.name : t('timeclock.timesheet.former', { name: s.name }) }));
  return (
    <Stack>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Group align="flex-end" gap="sm">
          <Select label={t('timeclock.timesheet.person')} w={240} data={options} value={personId === null ? null : String(personId)} allowDeselect={false}
            searchable onChange={(v) => v && nav.openPerson('timesheets', Number(v))} />
          <PeriodPicker presets={PERIOD_PRESETS} value={period} onChange={setPeriod} />
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {sheet && sheet.staffId === personId && (
        <>
          <Title order={3}>{t('timeclock.timesheet.title', { name: sheet.name })}</Title>
          <TimesheetTable sheet={sheet} onAdd={({ day, kind }) => setCorrection({ type: 'add', staffId: sheet.staffId, day, kind })}
            onCorrect={(day) => { setRecordsDay(day); setRecordsOpen('records'); }} />
          <Accordion variant="contained" value={recordsOpen} onChange={(v) => { setRecordsOpen(v); if (!v) setRecordsDay(null); }}>
            <Accordion.Item value="records">
              <Accordion.Control mih={44}>
                {recordsDay ? t('timeclock.records.toggleDay', { day: dayText(recordsDay, locale) }) : t('timeclock.records.toggle', { count: sheet.events.length })}
              </Accordion.Control>
              <Accordion.Panel>
                {recordsDay && (
                  <Button variant="subtle" mih={44} mb="xs" onClick={() => setRecordsDay(null)}>{t('timeclock.records.showAll', { count: sheet.events.length })}</Button>
                )}
                {sheet.events.length === 0
                  ? <Text c="dimmed">{t('timeclock.records.none')}</Text>
                  : <RecordsList events={recordsDay ? recordsOn(sheet.events, recordsDay) : sheet.events} onCorrect={setCorrection} />}
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </>
      )}
      {correction && <CorrectionDialog correction={correction} onClose={() => setCorrection(null)} onDone={() => { setCorrection(null); load(); }} />}
    </Stack>
  );
}

/** The timesheet's days: planned, worked, breaks, absence, balance and the shifts with their flags, then the totals. */
import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Shift, Timesheet, TimesheetDay } from '../../../src-shared/contract/staff';
import { useFormat } from '../../lib/format';
import { AbsenceBadge } from './absenceKinds';
import { balanceColor, hm, signedHm } from './duration';
import { dayText } from './periods';

const FLAG_COLOR: Record<Shift['flags'][number], string> = { running: 'blue', forgottenClockOut: 'red', corrected: 'yellow' };

function ShiftLine({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const { time } = useFormat();
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" ff="monospace">{time(shift.in)}–{shift.out ? time(shift.out) : '…'}</Text>
        {shift.flags.map((flag) => <Badge key={flag} size="sm" color={FLAG_COLOR[flag]} variant={flag === 'forgottenClockOut' ? 'filled' : 'light'}>{t(`timeclock.timesheet.flag.${flag}`)}</Badge>)}
      </Group>
      {shift.breaks.map((b) => (
        <Text key={b.start} size="xs" c="dimmed">{t('timeclock.timesheet.break', { from: time(b.start), to: b.end ? time(b.end) : '…' })}</Text>
      ))}
    </Stack>
  );
}

export interface AddRequest {
  day: string;
  kind: 'in' | 'out';
}

function DayRow({ day, onAdd, onCorrect }: { day: TimesheetDay; onAdd: (request: AddRequest) => void; onCorrect: (day: string) => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const forgotten = day.shifts.some((s) => s.flags.includes('forgottenClockOut'));
  const idle = day.plannedMinutes === 0 && day.workedMinutes === 0 && day.shifts.length === 0 && !day.absence;
  return (
    <Table.Tr data-testid="timesheet-day" data-day={day.date} c={idle ? 'dimmed' : undefined}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{dayText(day.date, locale)}</Table.Td>
      <Table.Td ta="right">{hm(day.plannedMinutes)}</Table.Td>
      <Table.Td ta="right" fw={600} data-testid="day-worked">{hm(day.workedMinutes)}</Table.Td>
      <Table.Td ta="right">{hm(day.breakMinutes)}</Table.Td>
      <Table.Td>{day.absence && <AbsenceBadge kind={day.absence} />}</Table.Td>
      <Table.Td ta="right" c={balanceColor(day.balanceMinutes)}>{signedHm(day.balanceMinutes)}</Table.Td>
      <Table.Td>{day.shifts.map((shift) => <ShiftLine key={shift.inEventId} shift={shift} />)}</Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          {forgotten && (
            <Button size="xs" mih={44} color="red" variant="light" onClick={() => onAdd({ day: day.date, kind: 'out' })}>{t('timeclock.timesheet.addOut')}</Button>
          )}
          {day.shifts.length > 0 && (
            <Tooltip label={t('timeclock.timesheet.correct')}>
              <ActionIcon variant="subtle" size={44} aria-label={t('timeclock.timesheet.correctOn', { day: dayText(day.date, locale) })} onClick={() => onCorrect(day.date)}>
                <IconPencil size={18} />
              </ActionIcon>
            </Tooltip>
          )}
          <Tooltip label={t('timeclock.timesheet.addRecord')}>
            <ActionIcon variant="subtle" size={44} aria-label={t('timeclock.timesheet.addRecordOn', { day: dayText(day.date, locale) })}
              onClick={() => onAdd({ day: day.date, kind: day.shifts.length === 0 ? 'in' : 'out' })}>
              <IconPlus size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

export function TimesheetTable({ sheet, onAdd, onCorrect }: { sheet: Timesheet; onAdd: (request: AddRequest) => void; onCorrect: (day: string) => void }) {
  const { t } = useTranslation();
  const total = sheet.totals;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('timeclock.timesheet.title', { name: sheet.name })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('timeclock.timesheet.day')}</Table.Th>
            <Table.Th ta="right">{t('timeclock.timesheet.planned')}</Table.Th>
            <Table.Th ta="right">{t('timeclock.timesheet.worked')}</Table.Th>
            <Table.Th ta="right">{t('timeclock.timesheet.breaks')}</Table.Th>
            <Table.Th>{t('timeclock.timesheet.absence')}</Table.Th>
            <Table.Th ta="right">{t('timeclock.timesheet.balance')}</Table.Th>
            <Table.Th>{t('timeclock.timesheet.shifts')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.days.map((day) => <DayRow key={day.date} day={day} onAdd={onAdd} onCorrect={onCorrect} />)}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700} data-testid="timesheet-totals">
            <Table.Td>{t('timeclock.timesheet.total')}</Table.Td>
            <Table.Td ta="right">{hm(total.plannedMinutes)}</Table.Td>
            <Table.Td ta="right" data-testid="total-worked">{hm(total.workedMinutes)}</Table.Td>
            <Table.Td ta="right">{hm(total.breakMinutes)}</Table.Td>
            <Table.Td>{total.absenceMinutes > 0 && t('timeclock.timesheet.absenceCredit', { time: hm(total.absenceMinutes) })}</Table.Td>
            <Table.Td ta="right" c={balanceColor(total.balanceMinutes)} data-testid="total-balance">{signedHm(total.balanceMinutes)}</Table.Td>
            <Table.Td colSpan={2}>
              {total.forgottenClockOuts > 0 && <Text c="red" fw={700} size="sm">{t('timeclock.timesheet.forgottenCount', { count: total.forgottenClockOuts })}</Text>}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The hours report for payroll: per person planned and worked hours, absence credit, overtime
 * (signed), absence days, forgotten clock-outs and wage, with totals; as PDF and CSV for the
 * accountant.
 */
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursReport, HoursRow } from '../../../src-shared/contract/staff';
import { call } from '../../lib/api';
import { download, downloadBytes } from '../../lib/download';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { useCommand } from '../../lib/useCommand';
import { useSettingsStore } from '../settings/store';
import { balanceColor, days, hm, signedHm } from './duration';
import { choosePreset, PeriodPicker, validRange, type PeriodChoice } from './PeriodPicker';

const MONTHS = ['thisMonth', 'lastMonth'] as const;
type Summed = Omit<HoursRow, 'staffId' | 'name' | 'hourlyWageCents' | 'wageCents'>;
const SUMMED: (keyof Summed)[] = ['plannedMinutes', 'workedMinutes', 'absenceMinutes', 'overtimeMinutes', 'vacationHalfDays', 'sickHalfDays', 'otherHalfDays', 'forgottenClockOuts'];

function totalsOf(rows: HoursRow[]) {
  const sums = Object.fromEntries(SUMMED.map((k) => [k, rows.reduce((sum, r) => sum + r[k], 0)])) as unknown as Summed;
  const wages = rows.filter((r) => r.wageCents !== null);
  return { ...sums, wageCents: wages.length ? wages.reduce((sum, r) => sum + r.wageCents!, 0) : null };
}

function Cells({ row }: { row: Summed & { wageCents: number | null } }) {
  const format = useFormat();
  const currency = useSettingsStore((s) => s.company?.currency ?? 'EUR');
  return (
    <>
      <Table.Td ta="right">{hm(row.plannedMinutes)}</Table.Td>
      <Table.Td ta="right">{hm(row.workedMinutes)}</Table.Td>
      <Table.Td ta="right">{hm(row.absenceMinutes)}</Table.Td>
      <Table.Td ta="right" fw={600} c={balanceColor(row.overtimeMinutes)}>{signedHm(row.overtimeMinutes)}</Table.Td>
      <Table.Td ta="right">{days(row.vacationHalfDays, format.locale)}</Table.Td>
      <Table.Td ta="right">{days(row.sickHalfDays, format.locale)}</Table.Td>
      <Table.Td ta="right">{days(row.otherHalfDays, format.locale)}</Table.Td>
      <Table.Td ta="right" c={row.forgottenClockOuts > 0 ? 'red.7' : undefined} fw={row.forgottenClockOuts > 0 ? 700 : undefined}>{row.forgottenClockOuts}</Table.Td>
      <Table.Td ta="right">{row.wageCents === null ? '—' : format.money(row.wageCents, currency)}</Table.Td>
    </>
  );
}

export function HoursView() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<PeriodChoice>(() => choosePreset('thisMonth'));
  const [report, setReport] = useState<HoursReport | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { busy, error, run } = useCommand();
  const { from, to } = period.range;
  const valid = validRange({ from, to });

  const load = useCallback(() => {
    if (!validRange({ from, to })) return;
    call('staff.hours', { period: { from, to } })
      .then((next) => { setReport(next); setLoadError(null); })
      .catch((e: unknown) => setLoadError(errorText(t, e)));
  }, [from, to, t]);
  useEffect(load, [load]);
  useChanged(['staff'], load);

  const pdf = () => void run(async () => {
    const file = await call('staff.hours.pdf', { period: { from, to } });
    downloadBytes(file.fileName, file.base64, 'application/pdf');
  });
  const csv = () => void run(async () => {
    const file = await call('staff.hours.csv', { period: { from, to } });
    download(file.fileName, file.content);
  });

  const headers = ['planned', 'worked', 'absence', 'overtime', 'vacation', 'sick', 'other', 'forgotten', 'wage'] as const;
  return (
    <Stack>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <PeriodPicker presets={MONTHS} value={period} onChange={setPeriod} />
        <Group gap="xs">
          <Button variant="default" mih={44} leftSection={<IconFileTypePdf size={18} />} loading={busy} disabled={!valid} onClick={pdf}>{t('timeclock.hours.pdf')}</Button>
          <Button variant="default" mih={44} leftSection={<IconFileTypeCsv size={18} />} loading={busy} disabled={!valid} onClick={csv}>{t('timeclock.hours.csv')}</Button>
        </Group>
      </Group>
      {(loadError ?? error) && <Alert color="red" role="alert">{loadError ?? error}</Alert>}
      {report && (report.rows.length === 0 ? <Text c="dimmed">{t('timeclock.hours.none')}</Text> : (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped aria-label={t('timeclock.hours.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('timeclock.absences.person')}</Table.Th>
                {headers.map((h) => <Table.Th key={h} ta="right">{t(`timeclock.hours.${h}`)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.map((row) => (
                <Table.Tr key={row.staffId} data-testid="hours-row" data-person={row.name}>
                  <Table.Td>{row.name}</Table.Td>
                  <Cells row={row} />
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700} data-testid="hours-totals">
                <Table.Td>{t('timeclock.timesheet.total')}</Table.Td>
                <Cells row={totalsOf(report.rows)} />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      ))}
    </Stack>
  );
}

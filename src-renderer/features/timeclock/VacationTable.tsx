/** Vacation per person for a year ("Resturlaub"): entitlement, taken, planned and what remains, in days (half days as ,5). */
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VacationBalance } from '../../../src-shared/contract/staff';
import { useFormat } from '../../lib/format';
import { days } from './duration';

export function VacationTable({ year, balances }: { year: number; balances: VacationBalance[] }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped aria-label={t('timeclock.vacation.title', { year })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('timeclock.absences.person')}</Table.Th>
            <Table.Th ta="right">{t('timeclock.vacation.entitlement')}</Table.Th>
            <Table.Th ta="right">{t('timeclock.vacation.taken')}</Table.Th>
            <Table.Th ta="right">{t('timeclock.vacation.planned')}</Table.Th>
            <Table.Th ta="right">{t('timeclock.vacation.remaining')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {balances.map((b) => (
            <Table.Tr key={b.staffId} data-testid="vacation-row" data-person={b.name}>
              <Table.Td>{b.name}</Table.Td>
              <Table.Td ta="right">{days(b.entitlementHalfDays, locale)}</Table.Td>
              <Table.Td ta="right">{days(b.takenHalfDays, locale)}</Table.Td>
              <Table.Td ta="right" data-testid="vacation-planned">{days(b.plannedHalfDays, locale)}</Table.Td>
              <Table.Td ta="right" fw={700} c={b.remainingHalfDays < 0 ? 'red.7' : undefined} data-testid="vacation-remaining">{days(b.remainingHalfDays, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

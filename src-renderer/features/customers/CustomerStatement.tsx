/** The customer account statement: every posting with its running balance, over a chosen period. */
import { Group, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerStatement as Statement } from '../../../src-shared/contract/customers';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { DateRangeControl } from '../books/DateRangeControl';
import type { DayRange } from '../books/dates';
import { useMoney } from '../counter/useMoney';

const noon = (day: string) => new Date(`${day}T12:00:00`);
const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function CustomerStatement({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const { money, shortDate } = useMoney();
  const day = (value: string | null) => (value ? shortDate(noon(value)) : '');
  const [range, setRange] = useState<DayRange | null>(null);
  const [statement, setStatement] = useState<Statement | null>(null);
  const load = useCallback(() => {
    void refreshQuietly(async () => setStatement(await call('customers.statement', { id: customerId, ...(range ?? {}) })));
  }, [customerId, range]);
  useEffect(load, [load]);
  useChanged(['customers'], load);

  if (!statement) return null;
  const source = (type: string) => t(`customers.statement.sources.${type.replace('.', '_')}`, { defaultValue: type });
  return (
    <>
      <Group mb="sm">
        <DateRangeControl value={range ?? { from: statement.from, to: statement.to }} onChange={setRange} presets={false} />
      </Group>
      <Table verticalSpacing={6} striped aria-label={t('customers.detail.statement')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.statement.date')}</Table.Th>
            <Table.Th>{t('customers.statement.document')}</Table.Th>
            <Table.Th>{t('customers.statement.reference')}</Table.Th>
            <Table.Th>{t('customers.statement.due')}</Table.Th>
            <Table.Th ta="right">{t('customers.statement.charge')}</Table.Th>
            <Table.Th ta="right">{t('customers.statement.credit')}</Table.Th>
            <Table.Th ta="right">{t('customers.statement.balance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>{day(statement.from)}</Table.Td>
            <Table.Td colSpan={5}><Text fw={600} size="sm">{t('customers.statement.opening')}</Text></Table.Td>
            <Table.Td ta="right" style={num} fw={600}>{money(statement.openingCents)}</Table.Td>
          </Table.Tr>
          {statement.lines.map((l) => (
            <Table.Tr key={l.id} data-testid="statement-line">
              <Table.Td style={num}>{day(l.bookedOn)}</Table.Td>
              <Table.Td>{source(l.sourceType)}</Table.Td>
              <Table.Td>{l.reference}</Table.Td>
              <Table.Td style={num}>{day(l.dueOn)}</Table.Td>
              <Table.Td ta="right" style={num}>{l.amountCents > 0 ? money(l.amountCents) : ''}</Table.Td>
              <Table.Td ta="right" style={num}>{l.amountCents < 0 ? money(-l.amountCents) : ''}</Table.Td>
              <Table.Td ta="right" style={num}>{money(l.balanceCents)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td>{day(statement.to)}</Table.Td>
            <Table.Td colSpan={5}><Text fw={700} size="sm">{t('customers.statement.closing')}</Text></Table.Td>
            <Table.Td ta="right" style={num} fw={700} data-testid="statement-closing">{money(statement.closingCents)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {statement.lines.length === 0 && <Text c="dimmed" mt="sm">{t('customers.statement.empty')}</Text>}
    </>
  );
}

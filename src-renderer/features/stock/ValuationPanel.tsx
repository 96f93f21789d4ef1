/** The valuation at moving-average cost for a day: quantity × cost per product, and the total. */
import { Card, Group, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Valuation } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { useSettingsStore } from '../settings/store';
import { localToday } from './local-day';

const PAGE_SIZE = 100;

export function ValuationPanel() {
  const { t } = useTranslation();
  const company = useSettingsStore((s) => s.company);
  const format = useFormat(company?.countryCode);
  const currency = company?.currency ?? 'EUR';
  const [date, setDate] = useState(() => localToday());
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Valuation | null>(null);
  const load = useCallback(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    void call('stock.valuation', { date, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }).then(setData, () => setData(null));
  }, [date, page]);
  useEffect(load, [load]);
  useChanged(['stock', 'sales'], load);
  const num = (v: number) => new Intl.NumberFormat(format.locale, { maximumFractionDigits: 3 }).format(v / 1000);

  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <TextInput type="date" label={t('stock.valuation.date')} value={date} onChange={(e) => { setDate(e.currentTarget.value); setPage(1); }} w={200} />
        {data && <Text fw={700} size="lg" data-testid="valuation-total">{t('stock.valuation.total', { value: format.money(data.totalValueCents, currency) })}</Text>}
      </Group>
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stock.columns.name')}</Table.Th>
              <Table.Th ta="right">{t('stock.columns.onHand')}</Table.Th>
              <Table.Th ta="right">{t('stock.valuation.cost')}</Table.Th>
              <Table.Th ta="right">{t('stock.valuation.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.rows.map((r) => (
              <Table.Tr key={r.productId}>
                <Table.Td fw={500}>{r.name}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{num(r.quantity)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{format.money(r.costCents, currency)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{format.money(r.valueCents, currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data?.rows.length === 0 && <Text c="dimmed" p="lg" ta="center">{t('stock.valuation.empty')}</Text>}
      </Card>
      {data && <Pagination total={Math.max(1, Math.ceil(data.total / PAGE_SIZE))} value={page} onChange={setPage} />}
    </Stack>
  );
}

/**
 * One stock count's sheet: expected (snapshot plus sales since), counted, difference. Scanning
 * adds to a product's count, typing a quantity sets it ('set' entry); several people may count
 * at once, so the sheet reloads whenever stock changes. Posting books the differences as one
 * document and closes the count. The sheet prints on A4 to count with a pen.
 */
import { Alert, Badge, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPrinter, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockCountLine, StockCountSheet } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { CountScanner } from './CountScanner';
import { DocumentDrawer } from './DocumentDrawer';
import { formatQuantity } from './quantity';
import { StockPrintout, usePrintRequest } from './StockPrintout';

function CountInput({ line, onRecord }: { line: StockCountLine; onRecord: (quantity: number) => Promise<void> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | string>('');
  const record = () => {
    if (typeof value !== 'number') return;
    void onRecord(Math.round(value * 1000)).then(() => setValue(''));
  };
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <NumberInput aria-label={t('stock.counts.countedOf', { name: line.name })} w={110} value={value} onChange={setValue} min={0}
        decimalScale={line.unit === 'kg' ? 3 : 0} decimalSeparator="," hideControls onKeyDown={(e) => { if (e.key === 'Enter') record(); }} />
      <Button variant="light" mih={44} onClick={record} disabled={typeof value !== 'number'}>{t('stock.counts.record')}</Button>
    </Group>
  );
}

export function CountSheet({ countId, canManage, onBack }: { countId: number; canManage: boolean; onBack: () => void }) {
  const { t } = useTranslation();
  const { locale, dateTime } = useFormat();
  const [sheet, setSheet] = useState<StockCountSheet | null>(null);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [showDocument, setShowDocument] = useState(false);
  const { printing, print } = usePrintRequest();
  const load = useCallback(() => {
    call('stock.count.get', { countId }).then(setSheet, (e: unknown) => setError(errorText(t, e)));
  }, [countId, t]);
  useEffect(load, [load]);
  useChanged(['stock', 'sales'], load);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      load();
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  if (!sheet) return error ? <Alert color="red">{error}</Alert> : null;
  const open = sheet.status === 'open' && canManage;
  const needle = filter.trim().toLowerCase();
  const lines = needle ? sheet.lines.filter((l) => l.name.toLowerCase().includes(needle) || l.sku.toLowerCase().includes(needle)) : sheet.lines;
  const q = (l: StockCountLine, v: number | null) => (v === null ? '–' : formatQuantity(v, l.unit, locale));
  const title = t('stock.counts.sheetTitle', { location: sheet.locationName, id: sheet.id });

  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={3}>{title}</Title>
          <Text size="sm" c="dimmed">{t('stock.counts.startedAt', { at: dateTime(sheet.startedAt) })}{sheet.note ? ` · ${sheet.note}` : ''}</Text>
        </Stack>
        <Group>
          <Badge size="lg" color={sheet.status === 'open' ? 'blue' : sheet.status === 'posted' ? 'green' : 'gray'}>{t(`stock.counts.status.${sheet.status}`)}</Badge>
          <Button variant="default" onClick={onBack}>{t('stock.counts.back')}</Button>
          <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={print}>{t('stock.print.print')}</Button>
          {sheet.documentId !== null && <Button variant="default" onClick={() => setShowDocument(true)}>{t('stock.counts.showDocument')}</Button>}
          {open && <Button color="gray" variant="light" onClick={() => void run(() => call('stock.count.cancel', { countId }))}>{t('stock.counts.cancel')}</Button>}
          {open && <Button onClick={() => void run(() => call('stock.count.post', { countId }))}>{t('stock.counts.post')}</Button>}
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {open && <CountScanner sheet={sheet} onRecorded={load} />}
      <TextInput label={t('stock.search')} leftSection={<IconSearch size={16} />} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} w={340} type="search" />
      <Card withBorder padding={0}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stock.columns.name')}</Table.Th>
              <Table.Th>{t('stock.columns.sku')}</Table.Th>
              <Table.Th ta="right">{t('stock.counts.expected')}</Table.Th>
              <Table.Th ta="right">{t('stock.counts.counted')}</Table.Th>
              <Table.Th ta="right">{t('stock.counts.difference')}</Table.Th>
              {open && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l) => (
              <Table.Tr key={l.productId} data-testid={`count-line-${l.productId}`}>
                <Table.Td fw={500}>{l.name}</Table.Td>
                <Table.Td ff="monospace" fz="sm">{l.sku}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{q(l, l.expectedQuantity)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{q(l, l.countedQuantity)}</Table.Td>
                <Table.Td ta="right" c={l.difference ? (l.difference < 0 ? 'red' : 'green') : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>{q(l, l.difference)}</Table.Td>
                {open && (
                  <Table.Td>
                    <CountInput line={l} onRecord={(quantity) => run(() => call('stock.count.record', { countId, productId: l.productId, mode: 'set', quantity }))} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {printing && (
        <StockPrintout title={title} meta={t('stock.counts.startedAt', { at: dateTime(sheet.startedAt) })} testId="count-printout"
          columns={[
            { label: t('stock.columns.sku') }, { label: t('stock.columns.name') },
            { label: t('stock.counts.expected'), numeric: true }, { label: t('stock.counts.counted'), numeric: true },
            { label: t('stock.counts.difference'), numeric: true },
          ]}
          // Uncounted lines print empty, to be filled in by hand.
          rows={sheet.lines.map((l) => ({
            key: l.productId,
            cells: [l.sku, l.name, q(l, l.expectedQuantity), l.countedQuantity === null ? '' : q(l, l.countedQuantity), l.difference === null ? '' : q(l, l.difference)],
          }))} />
      )}
      {showDocument && sheet.documentId !== null && <DocumentDrawer documentId={sheet.documentId} onClose={() => setShowDocument(false)} />}
    </Stack>
  );
}

/**
 * Recording a supplier's invoice: who, number, date, due day, the goods receipts it covers (they
 * prefill the net per VAT rate), and net and VAT per rate as printed on the paper.
 */
import { ActionIcon, Alert, Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vatOnNet } from '../../../src-shared/money';
import type { GoodsReceipt } from '../../../src-shared/contract/purchasing';
import { call, refreshQuietly } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';
import { useSettingsStore } from '../settings/store';
import { useSuppliers } from './data';
import { MoneyField } from './fields';
import { isDay, todayDay, usePurchasingFormat } from './format';
import { netPerRate, type RateLine } from './invoice-lines';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function InvoiceForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const suppliers = useSuppliers();
  const { vatRates, loadVatRates } = useSettingsStore();
  const [supplierId, setSupplierId] = useState<number | null>(null);
  const [invoiceNumber, setInvoiceNumber] = useState('');
  const [invoiceDate, setInvoiceDate] = useState(todayDay());
  const [dueOn, setDueOn] = useState('');
  const [receipts, setReceipts] = useState<GoodsReceipt[]>([]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [rateOfProduct, setRateOfProduct] = useState<ReadonlyMap<number, number>>(new Map());
  const [lines, setLines] = useState<RateLine[]>([]);
  const { busy, error, run } = useCommand();

  useEffect(() => { void loadVatRates(); }, [loadVatRates]);
  useEffect(() => {
    setReceipts([]);
    setChosen([]);
    if (supplierId === null) return;
    void refreshQuietly(async () => setReceipts((await call('purchasing.receipts.list', { supplierId, uninvoiced: true, limit: 100 })).receipts));
  }, [supplierId]);

  const chosenReceipts = useMemo(() => receipts.filter((r) => chosen.includes(r.id)), [receipts, chosen]);
  // The catalogue knows each product's VAT rate; ask once per product not seen yet.
  useEffect(() => {
    const missing = [...new Set(chosenReceipts.flatMap((r) => r.lines.map((l) => l.productId)))].filter((id) => !rateOfProduct.has(id));
    if (missing.length === 0) return;
    void refreshQuietly(async () => {
      const products = await Promise.all(missing.map((id) => call('catalogue.product.get', { id })));
      setRateOfProduct((current) => new Map([...current, ...products.map((p) => [p.id, p.vatRateId] as const)]));
    });
  }, [chosenReceipts, rateOfProduct]);
  useEffect(() => {
    if (chosenReceipts.length > 0) setLines(netPerRate(chosenReceipts, rateOfProduct));
  }, [chosenReceipts, rateOfProduct]);

  const rate = (id: number) => vatRates.find((r) => r.id === id);
  const vatOf = (l: RateLine) => l.vatCents ?? vatOnNet(l.netCents ?? 0, rate(l.vatRateId)?.rateBasisPoints ?? 0);
  const gross = lines.reduce((sum, l) => sum + (l.netCents ?? 0) + vatOf(l), 0);
  const unusedRates = vatRates.filter((r) => r.retiredAt === null && !lines.some((l) => l.vatRateId === r.id));
  const change = (index: number, patch: Partial<RateLine>) => setLines((current) => current.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  const ready = supplierId !== null && invoiceNumber.trim() !== '' && isDay(invoiceDate) && (dueOn === '' || isDay(dueOn))
    && lines.length > 0 && lines.every((l) => l.netCents !== null && l.netCents > 0);

  async function submit() {
    await run(async () => {
      const invoice = await call('purchasing.invoices.create', {
        supplierId: supplierId!, invoiceNumber: invoiceNumber.trim(), invoiceDate, dueOn: dueOn || null, receiptIds: chosen,
        lines: lines.map((l) => ({ vatRateId: l.vatRateId, netCents: l.netCents!, vatCents: l.vatCents })),
      });
      notifications.show({ color: 'green', message: t('purchasing.invoices.recorded', { number: invoice.invoiceNumber, amount: format.money(invoice.grossCents) }) });
      onClose();
    });
  }

  return (
    <Modal opened onClose={onClose} size="xl" title={t('purchasing.invoices.record')}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('purchasing.supplier')} required value={supplierId === null ? '' : String(supplierId)}
            onChange={(e) => { setSupplierId(e.currentTarget.value ? Number(e.currentTarget.value) : null); setLines([]); }}
            data={[{ value: '', label: t('purchasing.chooseSupplier'), disabled: true }, ...suppliers.map((s) => ({ value: String(s.id), label: s.name }))]} />
          <TextInput label={t('purchasing.invoices.number')} required value={invoiceNumber} onChange={(e) => setInvoiceNumber(e.currentTarget.value)} maxLength={60} />
          <TextInput type="date" label={t('purchasing.invoices.date')} required value={invoiceDate} onChange={(e) => setInvoiceDate(e.currentTarget.value)} />
          <TextInput type="date" label={t('purchasing.invoices.dueOn')} description={t('purchasing.invoices.dueHint')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
        </SimpleGrid>
        {supplierId !== null && (
          <Stack gap={6}>
            <Text fw={600} size="sm">{t('purchasing.invoices.receipts')}</Text>
            {receipts.length === 0 && <Text c="dimmed" size="sm">{t('purchasing.invoices.noOpenReceipts')}</Text>}
            {receipts.map((r) => (
              <Checkbox key={r.id} checked={chosen.includes(r.id)} styles={{ body: { alignItems: 'center', minHeight: 32 } }}
                onChange={(e) => { const on = e.currentTarget.checked; setChosen((c) => (on ? [...c, r.id] : c.filter((id) => id !== r.id))); }}
                label={t('purchasing.invoices.receiptLabel', { number: r.number, at: format.dateTime(r.at), amount: format.money(r.netCents), order: r.orderNumber ?? '–' })} />
            ))}
          </Stack>
        )}
        <Table verticalSpacing="xs" aria-label={t('purchasing.invoices.amounts')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.invoices.vatRate')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.net')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.invoices.vat')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.invoices.gross')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l, i) => {
              const r = rate(l.vatRateId);
              const label = r ? `${r.name} ${format.percent(r.rateBasisPoints)}` : String(l.vatRateId);
              return (
                <Table.Tr key={l.vatRateId} data-testid={`invoice-rate-${l.vatRateId}`}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td><Group justify="flex-end"><MoneyField w={130} cents={l.netCents} onCents={(netCents) => change(i, { netCents })}
                    aria-label={t('purchasing.invoices.netOf', { rate: label })} styles={{ input: { textAlign: 'right' } }} /></Group></Table.Td>
                  <Table.Td><Group justify="flex-end"><MoneyField w={120} cents={vatOf(l)} onCents={(vatCents) => change(i, { vatCents })}
                    aria-label={t('purchasing.invoices.vatOf', { rate: label })} styles={{ input: { textAlign: 'right' } }} /></Group></Table.Td>
                  <Table.Td ta="right" style={num}>{format.money((l.netCents ?? 0) + vatOf(l))}</Table.Td>
                  <Table.Td ta="right">
                    <ActionIcon variant="subtle" color="red" size={44} aria-label={t('purchasing.invoices.removeRate', { rate: label })}
                      onClick={() => setLines((c) => c.filter((_, j) => j !== i))}><IconTrash size={18} /></ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3} ta="right">{t('purchasing.invoices.grossTotal')}</Table.Th>
              <Table.Th ta="right" style={num} data-testid="invoice-gross">{format.money(gross)}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
        {lines.length === 0 && <Text c="dimmed" size="sm">{t('purchasing.invoices.noAmounts')}</Text>}
        {unusedRates.length > 0 && (
          <Group>
            <NativeSelect aria-label={t('purchasing.invoices.addRate')} value="" w={260}
              onChange={(e) => { const id = Number(e.currentTarget.value); if (id) setLines((c) => [...c, { vatRateId: id, netCents: null, vatCents: null }]); }}
              data={[{ value: '', label: t('purchasing.invoices.addRate') }, ...unusedRates.map((r) => ({ value: String(r.id), label: `${r.name} ${format.percent(r.rateBasisPoints)}` }))]}
              leftSection={<IconPlus size={16} />} />
          </Group>
        )}
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('common.cancel')}</Button>
          <Button mih={44} loading={busy} disabled={!ready} onClick={() => void submit()}>{t('purchasing.invoices.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Receiving goods, against an order or without one. Against an order the lines start with what is
 * still outstanding; the first scan clears them so scanning counts from zero (a partial delivery),
 * and "take the outstanding quantities" fills them again. More than outstanding is booked only
 * after the person confirms the surplus.
 */
import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoodsReceipt, PurchaseOrder } from '../../../src-shared/contract/purchasing';
import { ApiError, call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useLocations, useSuppliers } from './data';
import { usePurchasingFormat } from './format';
import { OverReceiptDialog } from './OverReceiptDialog';
import { ProductSearch } from '../catalogue/ProductSearch';
import { addCount, linesFromOrder, surplusFrom, surplusOf, type CountedLine, type Surplus } from './receipt-lines';
import { ReceiptLinesTable } from './ReceiptLinesTable';
import { ScanField } from './ScanField';

export function ReceiptForm({ order, onDone }: { order: PurchaseOrder | null; onDone: (receipt: GoodsReceipt) => void }) {
  const { t } = useTranslation();
  const format = usePurchasingFormat();
  const suppliers = useSuppliers();
  const locations = useLocations();
  const [lines, setLinesState] = useState<CountedLine[]>(() => (order ? linesFromOrder(order, true) : []));
  /** Still exactly the order's outstanding quantities: the first scan then starts counting from zero. */
  const [prefilled, setPrefilledState] = useState(order !== null);
  // Scans can arrive faster than React renders: each one builds on the latest lines, not on a stale render.
  const latest = useRef({ lines, prefilled });
  const setLines = (next: CountedLine[]) => { latest.current.lines = next; setLinesState(next); };
  const setPrefilled = (next: boolean) => { latest.current.prefilled = next; setPrefilledState(next); };
  const [counting, setCounting] = useState(false);
  const [supplierId, setSupplierId] = useState<number | null>(null);
  const [locationId, setLocationId] = useState<number | null>(order?.locationId ?? null);
  const [deliveryNoteRef, setDeliveryNoteRef] = useState('');
  const [note, setNote] = useState('');
  const [lastScan, setLastScan] = useState<{ productId: number; text: string } | null>(null);
  const [confirming, setConfirming] = useState<Surplus[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const location = locationId ?? locations[0]?.id ?? null;

  function scanned(product: Omit<CountedLine, 'counted' | 'outstanding' | 'unitCostCents'> & { quantity: number }) {
    const fresh = latest.current.prefilled && order !== null;
    const start = fresh ? linesFromOrder(order, false) : latest.current.lines;
    if (fresh) setCounting(true);
    setPrefilled(false);
    const next = addCount(start, product, product.quantity);
    setLines(next);
    const line = next.find((l) => l.productId === product.productId)!;
    const counted = format.quantity(line.counted ?? 0, line.unit);
    setLastScan({
      productId: product.productId,
      text: line.outstanding === null ? t('purchasing.scan.added', { name: line.name, counted })
        : t('purchasing.scan.addedOf', { name: line.name, counted, outstanding: format.quantity(line.outstanding, line.unit) }),
    });
  }

  function takeOutstanding() {
    if (!order) return;
    setLines(linesFromOrder(order, true));
    setPrefilled(true);
    setCounting(false);
  }

  const toBook = lines.filter((l) => (l.counted ?? 0) > 0);
  const ready = location !== null && toBook.length > 0;

  async function submit(confirmOverReceipt: boolean) {
    setBusy(true);
    setError(null);
    try {
      const receipt = await call('purchasing.receipts.create', {
        orderId: order?.id ?? null, supplierId: order ? order.supplierId : supplierId, locationId: location!,
        deliveryNoteRef: deliveryNoteRef.trim(), note: note.trim(), confirmOverReceipt,
        lines: toBook.map((l) => ({ productId: l.productId, quantity: l.counted!, unitCostCents: order ? null : l.unitCostCents })),
      });
      setConfirming(null);
      notifications.show({ color: 'green', message: t('purchasing.receipts.booked', { number: receipt.number }) });
      onDone(receipt);
    } catch (e) {
      if (e instanceof ApiError && e.body.details?.reason === 'overReceipt' && !confirmOverReceipt) setConfirming(surplusFrom(e.body.details, toBook));
      else {
        setConfirming(null);
        setError(errorText(t, e));
      }
    } finally {
      setBusy(false);
    }
  }

  const hasSurplus = order !== null && toBook.some((l) => surplusOf(l, true) > 0);
  return (
    <Stack>
      <Title order={3}>{order ? t('purchasing.receipts.forOrder', { number: order.number, supplier: order.supplierName }) : t('purchasing.receipts.withoutOrderTitle')}</Title>
      <Group align="flex-start" wrap="wrap" gap="lg">
        <ScanField onScan={scanned} lastScan={lastScan?.text ?? null} />
        <ProductSearch label={t('purchasing.receipts.addProduct')} onPick={(p) => scanned({ productId: p.id, name: p.name, sku: p.sku, unit: p.unit, quantity: 1000 })} />
      </Group>
      {order && counting && (
        <Alert color="blue" title={t('purchasing.receipts.countingTitle')}>
          <Group justify="space-between">
            <Text size="sm">{t('purchasing.receipts.countingText')}</Text>
            <Button variant="light" mih={44} onClick={takeOutstanding}>{t('purchasing.receipts.takeOutstanding')}</Button>
          </Group>
        </Alert>
      )}
      {order && !counting && !prefilled && (
        <Group><Button variant="subtle" mih={44} onClick={takeOutstanding}>{t('purchasing.receipts.takeOutstanding')}</Button></Group>
      )}
      <ReceiptLinesTable lines={lines} withOrder={order !== null} highlight={lastScan?.productId ?? null}
        onChange={(index, patch) => { setPrefilled(false); setLines(latest.current.lines.map((l, i) => (i === index ? { ...l, ...patch } : l))); }}
        onRemove={(index) => setLines(latest.current.lines.filter((_, i) => i !== index))} />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, md: order ? 3 : 4 }}>
          {!order && (
            <NativeSelect label={t('purchasing.receipts.supplierOptional')} value={supplierId === null ? '' : String(supplierId)}
              onChange={(e) => setSupplierId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
              data={[{ value: '', label: t('purchasing.receipts.noSupplier') }, ...suppliers.map((s) => ({ value: String(s.id), label: s.name }))]} />
          )}
          <NativeSelect label={t('purchasing.receipts.location')} value={location === null ? '' : String(location)}
            onChange={(e) => setLocationId(Number(e.currentTarget.value))} data={locations.map((l) => ({ value: String(l.id), label: l.name }))} />
          <TextInput label={t('purchasing.receipts.deliveryNote')} value={deliveryNoteRef} onChange={(e) => setDeliveryNoteRef(e.currentTarget.value)} maxLength={60} />
          <TextInput label={t('purchasing.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} />
        </SimpleGrid>
      </Card>
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        {hasSurplus && <Text size="sm" c="orange">{t('purchasing.receipts.surplusHint')}</Text>}
        <Button mih={44} leftSection={<IconCheck size={18} />} loading={busy && confirming === null} disabled={!ready} onClick={() => void submit(false)}>
          {t('purchasing.receipts.submit')}
        </Button>
      </Group>
      {confirming && <OverReceiptDialog surplus={confirming} busy={busy} onConfirm={() => void submit(true)} onClose={() => setConfirming(null)} />}
    </Stack>
  );
}

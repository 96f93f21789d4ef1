/**
 * Counting by scanning: every scan of a barcode or SKU (+ Enter) adds one piece to the product's
 * count ('add' entries, so several people can scan the same sheet at once). A scale label adds
 * its weight; a weighed product without one asks for the weight. Scans are handled one after
 * the other in the order they came, so a fast scanner loses nothing.
 */
import { Alert, Button, Card, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbeddedPrefixes } from '../../../src-shared/barcode';
import type { ProductSummary } from '../../../src-shared/contract/catalogue';
import type { StockCountLine, StockCountSheet } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { warningBeep } from '../counter/beep';
import { resolveCountCode } from './count-scan';
import { formatQuantity } from './quantity';

interface Message { color: 'red' | 'yellow'; text: string }

export function CountScanner({ sheet, onRecorded }: { sheet: StockCountSheet; onRecorded: () => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [last, setLast] = useState<StockCountLine | null>(null);
  const [weighing, setWeighing] = useState<ProductSummary | null>(null);
  const [weight, setWeight] = useState<number | string>('');
  const [prefixes, setPrefixes] = useState<EmbeddedPrefixes | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const scanField = useRef<HTMLInputElement>(null);
  // The latest sheet, for scans that were queued while it was being reloaded.
  const sheetRef = useRef(sheet);
  useEffect(() => { sheetRef.current = sheet; }, [sheet]);

  useEffect(() => {
    // The shop's scale prefixes; without the counter's permission the GS1 defaults apply.
    call('counter.settings.get', {}).then((s) => setPrefixes(s.embeddedPrefixes), () => setPrefixes(undefined));
  }, []);

  const refuse = (text: string) => {
    warningBeep();
    setMessage({ color: 'red', text });
  };

  async function record(product: ProductSummary, quantity: number) {
    const wasOnSheet = sheetRef.current.lines.some((l) => l.productId === product.id);
    try {
      const line = await call('stock.count.record', { countId: sheetRef.current.id, productId: product.id, mode: 'add', quantity });
      setLast(line);
      setMessage(wasOnSheet ? null : { color: 'yellow', text: t('stock.counts.scan.addedToSheet', { name: product.name }) });
      onRecorded();
    } catch (e) {
      refuse(errorText(t, e));
    }
  }

  async function handle(scanned: string) {
    try {
      const found = await resolveCountCode(scanned, prefixes);
      if (found.kind === 'unknown') return refuse(t('stock.counts.scan.unknown', { code: found.code }));
      if (found.kind === 'badCheckDigit') return refuse(t('stock.counts.scan.badCheckDigit', { code: found.code }));
      if (found.quantity === null) {
        setMessage(null);
        setWeight('');
        setWeighing(found.product);
        return;
      }
      await record(found.product, found.quantity);
    } catch (e) {
      refuse(errorText(t, e));
    }
  }

  const submitScan = () => {
    const scanned = code.trim();
    setCode('');
    if (!scanned) return;
    queue.current = queue.current.then(() => handle(scanned));
  };

  const submitWeight = () => {
    if (!weighing || typeof weight !== 'number' || weight <= 0) return;
    const product = weighing;
    setWeighing(null);
    queue.current = queue.current.then(() => record(product, Math.round(weight * 1000)));
    scanField.current?.focus();
  };

  // Live: someone else's scans of the same product show here as soon as the sheet reloads.
  const shown = last ? (sheet.lines.find((l) => l.productId === last.productId) ?? last) : null;
  const q = (v: number) => formatQuantity(v, shown!.unit, locale);

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap">
          <TextInput ref={scanField} label={t('stock.counts.scan.label')} description={t('stock.counts.scan.hint')} w={340} maxLength={40}
            leftSection={<IconBarcode size={18} />} value={code} onChange={(e) => setCode(e.currentTarget.value)} autoFocus
            autoComplete="off" onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); submitScan(); } }} />
          {weighing && (
            <Group align="flex-end" gap="xs">
              <NumberInput label={t('stock.counts.scan.weightOf', { name: weighing.name })} w={220} value={weight} onChange={setWeight} min={0}
                decimalScale={3} decimalSeparator="," hideControls autoFocus suffix=" kg"
                onKeyDown={(e) => { if (e.key === 'Enter') submitWeight(); if (e.key === 'Escape') setWeighing(null); }} />
              <Button mih={44} onClick={submitWeight} disabled={typeof weight !== 'number' || weight <= 0}>{t('stock.counts.record')}</Button>
              <Button mih={44} variant="default" onClick={() => { setWeighing(null); scanField.current?.focus(); }}>{t('stock.adjust.cancel')}</Button>
            </Group>
          )}
        </Group>
        {message && <Alert color={message.color} py="xs" data-testid="count-scan-message">{message.text}</Alert>}
        {shown && (
          <Group gap="lg" data-testid="count-scan-last">
            <Text size="sm" c="dimmed">{t('stock.counts.scan.last')}</Text>
            <Text fw={700} size="lg">{shown.name}</Text>
            <Text size="lg">{t('stock.counts.scan.countedSoFar', { quantity: q(shown.countedQuantity ?? 0) })}</Text>
            <Text size="sm" c="dimmed">{t('stock.counts.scan.expected', { quantity: q(shown.expectedQuantity) })}</Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

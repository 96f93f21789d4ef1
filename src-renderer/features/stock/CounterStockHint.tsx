/**
 * At the counter, for the selected product: "12 hier · 4 in Lager · 12 kommen Do" — the front
 * office's view of the back office, including the next delivery on a placed purchase order.
 */
import { Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterStock } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { useCartStore } from '../counter/cartStore';
import { incomingText, nextIncoming } from './incoming';
import { localToday } from './local-day';
import { formatQuantity } from './quantity';

export function CounterStockHint() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const productId = useCartStore((s) => {
    const line = s.lines.find((l) => l.key === s.selected);
    return line?.kind === 'product' ? line.draft.productId : null;
  });
  const [stock, setStock] = useState<CounterStock | null>(null);
  const load = useCallback(() => {
    if (productId === null) { setStock(null); return; }
    // Stock is information here; a failure must never disturb selling.
    call('stock.atCounter', { productId }).then(setStock, () => setStock(null));
  }, [productId]);
  useEffect(load, [load]);
  useChanged(['stock', 'sales', 'purchasing'], load);

  if (!stock || stock.productId !== productId) return null;
  const q = (quantity: number) => formatQuantity(quantity, stock.unit, locale);
  const next = nextIncoming(stock.incoming);
  const parts = [
    t('stock.counter.here', { quantity: q(stock.here) }),
    ...stock.elsewhere.map((l) => t('stock.counter.elsewhere', { quantity: q(l.quantity), location: l.locationName })),
    ...(next ? [incomingText(t, next, q(next.quantity), localToday(), locale)] : []),
  ];
  return <Text size="sm" c="dimmed" data-testid="counter-stock">{parts.join(' · ')}</Text>;
}

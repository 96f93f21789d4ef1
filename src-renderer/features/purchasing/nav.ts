/**
 * Where the purchasing tab stands is part of the address (/back/purchasing?view=orders&order=12),
 * so the reorder list links straight to an order, an order to its goods receipt, and going back or
 * reloading lands on the same screen.
 */
import { useSearchParams } from 'react-router';

export const PURCHASING_VIEWS = ['orders', 'receipt', 'invoices', 'suppliers', 'reorder', 'incoming', 'deliveries'] as const;
export type PurchasingView = (typeof PURCHASING_VIEWS)[number];

export function usePurchasingNav() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('view') as PurchasingView | null;
  const number = (key: string) => {
    const value = Number(params.get(key));
    return Number.isInteger(value) && value > 0 ? value : null;
  };
  const go = (next: Record<string, string | number>) =>
    setParams(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, String(v)])));
  return {
    view: asked && PURCHASING_VIEWS.includes(asked) ? asked : 'orders',
    /** The open order (orders view) or the order being received (receipt view). */
    orderId: number('order'),
    newOrder: params.get('order') === 'new',
    supplierId: number('supplier'),
    show: (view: PurchasingView) => go({ view }),
    openOrder: (id: number) => go({ view: 'orders', order: id }),
    createOrder: (supplierId?: number | null) => go(supplierId ? { view: 'orders', order: 'new', supplier: supplierId } : { view: 'orders', order: 'new' }),
    receive: (orderId?: number | null) => go(orderId ? { view: 'receipt', order: orderId } : { view: 'receipt' }),
    openSupplier: (id: number) => go({ view: 'suppliers', supplier: id }),
  };
}

/** Helpers for the purchasing tests: the demo shop signed in as an owner, and short ways to orders and receipts. */
import type { Input, Output } from '../../src-shared/contract';
import { booksCore, type BooksCore } from './books';
import { logicalDump } from './core';
import { productId } from './counter';

export type PurchasingCore = BooksCore;

export const SHOP = 1;
export const STORE = 2;

/** The demo shop (with its two suppliers) on 2026-01-15, signed in as an owner by PIN. */
export function purchasingCore(options: { at?: string } = {}): PurchasingCore {
  return booksCore(options);
}

export function supplierId(t: PurchasingCore, name: string): number {
  const id = t.core.db.prepare('SELECT id FROM suppliers WHERE name = ?').pluck().get(name) as number | undefined;
  if (id === undefined) throw new Error(`no supplier "${name}"`);
  return id;
}

export const NORD = 'Großhandel Nord GmbH';
export const BERGER = 'Rösterei Berger';
export { productId };

/** The call fails with this code (and reason) and leaves the database as it was. */
export function refused(t: PurchasingCore, channel: string, input: unknown, code: string, reason?: string) {
  const before = logicalDump(t.core.db);
  const result = t.invoke(channel, input) as { ok: boolean; error?: { code: string; details?: Record<string, unknown> } };
  expect(result.ok, channel).toBe(false);
  expect(result.error?.code, `${channel}: ${JSON.stringify(result.error)}`).toBe(code);
  if (reason) expect(result.error?.details?.reason).toBe(reason);
  expect(logicalDump(t.core.db)).toBe(before);
  return result.error!;
}

/** Creates and places an order; answers the placed order. */
export function placedOrder(t: PurchasingCore, input: Input<'purchasing.orders.create'>, expectedOn: string | null = null): Output<'purchasing.orders.place'> {
  const draft = t.call('purchasing.orders.create', input);
  return t.call('purchasing.orders.place', { id: draft.id, expectedOn });
}

export function onHandAt(t: PurchasingCore, product: number, location: number): number {
  return t.call('stock.product', { productId: product }).locations.find((l) => l.locationId === location)!.quantity;
}

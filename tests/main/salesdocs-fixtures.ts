/**
 * Shared steps of the sales documents tests: the demo shop with a business customer, and the
 * three-line invoice whose figures are worked out by hand in salesdocs.test.ts:
 *   Kaffee 3 pcs × 19,99 @ 19 %              = 59,97
 *   Tee lose 2,5 kg × 4,49 @ 7 %             = 11,225 → 11,23
 *   Montage 1,5 h × 45,00 − 10 % @ 19 %      = 67,50 − 6,75 = 60,75
 *   net 19 %: 120,72 → VAT 22,9368 → 22,94;  net 7 %: 11,23 → VAT 0,7861 → 0,79
 *   gross 120,72 + 22,94 + 11,23 + 0,79      = 155,68
 */
import type { Input } from '../../src-shared/contract';
import type { SalesDocument } from '../../src-shared/contract/salesdocs';
import { booksCore, vatRateId, type BooksCore } from '../helpers/books';

export const CUSTOMER = {
  kind: 'business', name: 'Hotel Adler GmbH', contactPerson: 'Eva Adler', phone: '0761 555123', email: 'einkauf@adler.example',
  vatId: 'DE811907980', street: 'Schwarzwaldstraße 12', postalCode: '79117', city: 'Freiburg', countryCode: 'DE', paymentTermsDays: 14,
  onAccount: false, creditLimitCents: null, note: '',
} as const;

export function salesCore(options: { at?: string } = {}): { t: BooksCore; customerId: number; rate19: number; rate7: number; productId: number } {
  const t = booksCore(options);
  const customerId = t.call('customers.create', CUSTOMER).id;
  const productId = t.core.db.prepare("SELECT id FROM products WHERE unit = 'piece' ORDER BY id LIMIT 1").pluck().get() as number;
  return { t, customerId, rate19: vatRateId(t, 1900), rate7: vatRateId(t, 700), productId };
}

export function threeLines(s: { rate19: number; rate7: number; productId: number }): Input<'salesdocs.create'>['lines'] {
  return [
    { productId: s.productId, description: 'Kaffee Hausmischung 1 kg', quantity: 3000, unit: 'piece', unitPriceCents: 1999, vatRateId: s.rate19 },
    { productId: null, description: 'Tee lose', quantity: 2500, unit: 'kg', unitPriceCents: 449, vatRateId: s.rate7 },
    { productId: null, description: 'Montage Kaffeemaschine', quantity: 1500, unit: 'hour', unitPriceCents: 4500, discountBasisPoints: 1000, vatRateId: s.rate19 },
  ];
}

/** A draft invoice with the three lines for the customer. */
export function draftInvoice(s: ReturnType<typeof salesCore>, extra: Partial<Input<'salesdocs.create'>> = {}): SalesDocument {
  return s.t.call('salesdocs.create', { kind: 'invoice', customerId: s.customerId, lines: threeLines(s), ...extra });
}

/** The three-line invoice, issued. */
export function issuedInvoice(s: ReturnType<typeof salesCore>, extra: Partial<Input<'salesdocs.create'>> = {}): SalesDocument {
  return s.t.call('salesdocs.issue', { id: draftInvoice(s, extra).id });
}

/** The lines of a journal entry as account number → amount. */
export function entryLines(t: BooksCore, entryId: number): Record<string, number> {
  const rows = t.core.db.prepare(
    'SELECT a.number, sum(l.amount_cents) AS amount FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? GROUP BY a.number',
  ).all(entryId) as { number: string; amount: number }[];
  return Object.fromEntries(rows.map((r) => [r.number, r.amount]));
}

/** The sum of every journal line: zero when the books balance. */
export function trialBalance(t: BooksCore): number {
  return t.core.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM journal_lines').pluck().get() as number;
}

/** A failing call's reason (and code), for `expect(...).toMatchObject`. */
export function failure(fn: () => unknown): { code: string; reason: unknown; details: Record<string, unknown> } {
  try {
    fn();
  } catch (error) {
    const body = (error as { body?: { code: string; details?: Record<string, unknown> } }).body;
    if (!body) throw error;
    return { code: body.code, reason: body.details?.reason, details: body.details ?? {} };
  }
  throw new Error('expected the call to fail');
}

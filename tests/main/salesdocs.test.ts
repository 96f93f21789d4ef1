/**
 * Sales documents against the real core: totals per VAT rate with hand-computed numbers, gap-free
 * numbering at issue, what an invoice posts, payments, credit notes, overdue, conversions and the
 * immutability of issued documents.
 */
import { documentTotals } from '../../src-shared/salesdocs-totals';
import { logicalDump } from '../helpers/core';
import { SALES_ACCOUNT_REFERENCES } from '../../src-main/modules/salesdocs/customer-link';
import { ensureShift, onDay } from '../helpers/books';
import { draftInvoice, entryLines, failure, issuedInvoice, salesCore, threeLines, trialBalance } from './salesdocs-fixtures';

describe('totals', () => {
  it('computes the VAT per rate on the net sum (half away from zero), not per line', () => {
    const totals = documentTotals([
      { quantity: 3000, unitPriceCents: 1999, discountBasisPoints: 0, vatRateId: 1, rateBasisPoints: 1900 },
      { quantity: 2500, unitPriceCents: 449, discountBasisPoints: 0, vatRateId: 2, rateBasisPoints: 700 },
      { quantity: 1500, unitPriceCents: 4500, discountBasisPoints: 1000, vatRateId: 1, rateBasisPoints: 1900 },
    ]);
    expect(totals).toEqual({
      rates: [
        { vatRateId: 1, rateBasisPoints: 1900, netCents: 12_072, vatCents: 2294 },
        { vatRateId: 2, rateBasisPoints: 700, netCents: 1123, vatCents: 79 },
      ],
      netCents: 13_195, vatCents: 2373, grossCents: 15_568,
    });
    // Rounded per line, 19 % would give 11,39 + 11,54 = 22,93: one cent less.
    expect(documentTotals([{ quantity: 1000, unitPriceCents: 50, discountBasisPoints: 0, vatRateId: 2, rateBasisPoints: 700 }])?.vatCents).toBe(4);
    expect(documentTotals([{ quantity: 1_000_000_000, unitPriceCents: 100_000_000, discountBasisPoints: 0, vatRateId: 1, rateBasisPoints: 1900 }])).toBeNull();
  });
});

describe('drafts and issuing', () => {
  it('numbers only at issue, so a discarded draft leaves no gap; each kind and year has its own series', () => {
    const s = salesCore();
    const discarded = draftInvoice(s);
    expect(discarded).toMatchObject({ status: 'draft', number: null, documentDate: null, grossCents: 15_568 });
    s.t.call('salesdocs.discard', { id: discarded.id });
    const first = issuedInvoice(s);
    expect(first).toMatchObject({ status: 'issued', number: 'RE-2026-0001', documentDate: '2026-01-15', dueOn: '2026-01-29', paymentTermsDays: 14 });
    expect(issuedInvoice(s).number).toBe('RE-2026-0002');
    const quote = s.t.call('salesdocs.create', { kind: 'quote', customerId: s.customerId, lines: threeLines(s), validUntil: '2026-02-15' });
    expect(s.t.call('salesdocs.issue', { id: quote.id }).number).toBe('AN-2026-0001');
    onDay(s.t, '2027-01-04');
    expect(issuedInvoice(s).number).toBe('RE-2027-0001');
    s.t.close();
  });

  it('posts an invoice exactly: receivables gross, revenue and VAT per rate, on the invoice date; the customer owes the gross', () => {
    const s = salesCore();
    const invoice = issuedInvoice(s);
    expect(invoice.rates).toEqual([
      { vatRateId: s.rate19, rateBasisPoints: 1900, netCents: 12_072, vatCents: 2294 },
      { vatRateId: s.rate7, rateBasisPoints: 700, netCents: 1123, vatCents: 79 },
    ]);
    expect(entryLines(s.t, invoice.journalEntryId!)).toEqual({ 1400: 15_568, 8400: -12_072, 1776: -2294, 8300: -1123, 1771: -79 });
    const entry = s.t.core.db.prepare('SELECT booked_on, source_type, source_id, text FROM journal_entries WHERE id = ?').get(invoice.journalEntryId);
    expect(entry).toEqual({ booked_on: '2026-01-15', source_type: 'salesdocs.invoice', source_id: invoice.id, text: 'Rechnung RE-2026-0001 – Hotel Adler GmbH' });
    expect(trialBalance(s.t)).toBe(0);
    expect(s.t.call('customers.get', { id: s.customerId }).balanceCents).toBe(15_568);
    expect(invoice).toMatchObject({ paymentStatus: 'open', openCents: 15_568, buyer: { name: 'Hotel Adler GmbH', vatId: 'DE811907980', city: 'Freiburg' } });
    s.t.close();
  });

  it('keeps an issued invoice as it was: no update, no edit of the customer reaches it, triggers refuse SQL changes', () => {
    const s = salesCore();
    const invoice = issuedInvoice(s);
    const before = logicalDump(s.t.core.db);
    expect(failure(() => s.t.call('salesdocs.update', { id: invoice.id, customerId: s.customerId, lines: threeLines(s) })))
      .toMatchObject({ code: 'CONFLICT', reason: 'salesDocumentIssued' });
    expect(failure(() => s.t.call('salesdocs.discard', { id: invoice.id }))).toMatchObject({ code: 'CONFLICT', reason: 'salesDocumentIssued' });
    expect(failure(() => s.t.call('salesdocs.issue', { id: invoice.id }))).toMatchObject({ reason: 'salesDocumentIssued' });
    expect(logicalDump(s.t.core.db)).toBe(before);
    expect(() => s.t.core.db.prepare('UPDATE sales_documents SET gross_cents = 1, net_cents = 1, vat_cents = 0 WHERE id = ?').run(invoice.id)).toThrow(/immutable/);
    expect(() => s.t.core.db.prepare('UPDATE sales_document_lines SET quantity = 1 WHERE document_id = ?').run(invoice.id)).toThrow(/fixed/);
    expect(() => s.t.core.db.prepare('DELETE FROM sales_document_rates WHERE document_id = ?').run(invoice.id)).toThrow(/fixed/);
    expect(() => s.t.core.db.prepare('DELETE FROM sales_documents WHERE id = ?').run(invoice.id)).toThrow(/kept/);
    s.t.call('customers.update', { id: s.customerId, ...customerFields(s), name: 'Adler Hotels AG', street: 'Neue Straße 1' });
    expect(s.t.call('salesdocs.get', { id: invoice.id }).buyer).toMatchObject({ name: 'Hotel Adler GmbH', street: 'Schwarzwaldstraße 12' });
    s.t.close();
  });
});

function customerFields(s: ReturnType<typeof salesCore>) {
  const { id: _id, number: _n, balanceCents: _b, active: _a, createdAt: _c, updatedAt: _u, overdueCents: _o, ...rest } = s.t.call('customers.get', { id: s.customerId });
  return rest;
}

describe('payments', () => {
  it('clears the receivable in parts; refuses paying more than is open and changes nothing then', () => {
    const s = salesCore();
    const invoice = issuedInvoice(s);
    const partly = s.t.call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 5000, method: 'bank' });
    expect(partly).toMatchObject({ paidCents: 5000, openCents: 10_568, paymentStatus: 'partlyPaid' });
    expect(entryLines(s.t, partly.payments[0]!.journalEntryId)).toEqual({ 1200: 5000, 1400: -5000 });
    const before = logicalDump(s.t.core.db);
    expect(failure(() => s.t.call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 10_569, method: 'bank' })))
      .toMatchObject({ code: 'CONFLICT', reason: 'salesPaymentExceedsOpen', details: { openCents: 10_568 } });
    expect(failure(() => s.t.call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 1, method: 'bank', paidOn: '2026-01-16' })))
      .toMatchObject({ reason: 'salesPaymentInFuture' });
    expect(failure(() => s.t.call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 1, method: 'bank', paidOn: '2026-01-14' })))
      .toMatchObject({ reason: 'salesPaymentBeforeInvoice' });
    expect(logicalDump(s.t.core.db)).toBe(before);
    const settled = s.t.call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 10_568, method: 'cash' });
    expect(settled).toMatchObject({ paidCents: 15_568, openCents: 0, paymentStatus: 'settled' });
    expect(entryLines(s.t, settled.payments[1]!.journalEntryId)).toEqual({ 1000: 10_568, 1400: -10_568 });
    expect(s.t.call('customers.get', { id: s.customerId }).balanceCents).toBe(0);
    expect(trialBalance(s.t)).toBe(0);
    s.t.close();
  });

  it('cash taken today while a shift is open goes into the drawer; the statement names invoice and payment', () => {
    const s = salesCore();
    ensureShift(s.t);
    const invoice = issuedInvoice(s);
    const paid = s.t.call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 5000, method: 'cash', note: 'bar' });
    const move = s.t.core.db.prepare('SELECT direction, amount_cents, reason, journal_entry_id FROM cash_moves ORDER BY id DESC LIMIT 1').get();
    expect(move).toEqual({ direction: 'in', amount_cents: 5000, reason: 'invoicePayment', journal_entry_id: paid.payments[0]!.journalEntryId });
    const ctx = { db: s.t.core.db } as unknown as Parameters<(typeof SALES_ACCOUNT_REFERENCES)[string]>[0];
    expect(SALES_ACCOUNT_REFERENCES['salesdocs.invoice']!(ctx, invoice.id)).toBe('RE-2026-0001');
    expect(SALES_ACCOUNT_REFERENCES['salesdocs.payment']!(ctx, paid.payments[0]!.id)).toBe('RE-2026-0001 · bar');
    const statement = s.t.call('customers.statement', { id: s.customerId });
    expect(statement.lines.map((l) => [l.sourceType, l.amountCents])).toEqual([['salesdocs.invoice', 15_568], ['salesdocs.payment', -5000]]);
    expect(statement.closingCents).toBe(10_568);
    s.t.close();
  });

  it('refuses payments on drafts', () => {
    const s = salesCore();
    const draft = draftInvoice(s);
    expect(failure(() => s.t.call('salesdocs.payments.record', { invoiceId: draft.id, amountCents: 100, method: 'bank' })))
      .toMatchObject({ code: 'CONFLICT', reason: 'salesPaymentNeedsIssuedInvoice' });
    s.t.close();
  });
});

describe('overdue', () => {
  it('an invoice is overdue once its due day has passed with money open, until it is paid', () => {
    const s = salesCore();
    const invoice = issuedInvoice(s);
    onDay(s.t, '2026-01-29');
    expect(s.t.call('salesdocs.list', { status: 'overdue' }).documents).toEqual([]);
    onDay(s.t, '2026-02-02');
    const overdue = s.t.call('salesdocs.list', { status: 'overdue' });
    expect(overdue).toMatchObject({ total: 1, openCents: 15_568, documents: [{ id: invoice.id, overdue: true, daysOverdue: 4, dueOn: '2026-01-29' }] });
    expect(s.t.call('customers.get', { id: s.customerId }).overdueCents).toBe(15_568);
    s.t.call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 15_568, method: 'bank' });
    expect(s.t.call('salesdocs.list', { status: 'overdue' }).total).toBe(0);
    expect(s.t.call('salesdocs.list', { status: 'settled' }).documents.map((d) => d.id)).toEqual([invoice.id]);
    s.t.close();
  });
});

describe('credit notes', () => {
  it('a full credit note posts the mirror of the invoice and settles it', () => {
    const s = salesCore();
    const invoice = issuedInvoice(s);
    const draft = s.t.call('salesdocs.credit', { invoiceId: invoice.id });
    expect(draft).toMatchObject({ kind: 'creditNote', status: 'draft', sourceId: invoice.id, grossCents: 15_568 });
    const credit = s.t.call('salesdocs.issue', { id: draft.id });
    expect(credit).toMatchObject({ number: 'RK-2026-0001', sourceNumber: 'RE-2026-0001' });
    expect(entryLines(s.t, credit.journalEntryId!)).toEqual({ 1400: -15_568, 8400: 12_072, 1776: 2294, 8300: 1123, 1771: 79 });
    expect(s.t.call('salesdocs.get', { id: invoice.id })).toMatchObject({ creditedCents: 15_568, openCents: 0, paymentStatus: 'settled' });
    expect(s.t.call('customers.get', { id: s.customerId }).balanceCents).toBe(0);
    expect(trialBalance(s.t)).toBe(0);
    s.t.close();
  });

  it('a partial credit note takes back only what was charged, per rate', () => {
    const s = salesCore();
    const invoice = issuedInvoice(s);
    const draft = s.t.call('salesdocs.credit', { invoiceId: invoice.id });
    const tea = threeLines(s)[1]!;
    const partial = s.t.call('salesdocs.update', { id: draft.id, customerId: s.customerId, lines: [{ ...tea, quantity: 1000 }] });
    expect(partial).toMatchObject({ netCents: 449, vatCents: 31, grossCents: 480 });
    const before = logicalDump(s.t.core.db);
    expect(failure(() => s.t.call('salesdocs.update', { id: draft.id, customerId: s.customerId, lines: [{ ...tea, quantity: 3000 }] })))
      .toMatchObject({ code: 'VALIDATION', reason: 'salesCreditExceedsInvoice' });
    const rate0 = s.t.core.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = 0').pluck().get() as number;
    expect(failure(() => s.t.call('salesdocs.update', { id: draft.id, customerId: s.customerId, lines: [{ ...tea, vatRateId: rate0 }] })))
      .toMatchObject({ reason: 'salesCreditRateNotOnInvoice' });
    expect(logicalDump(s.t.core.db)).toBe(before);
    const credit = s.t.call('salesdocs.issue', { id: draft.id });
    expect(entryLines(s.t, credit.journalEntryId!)).toEqual({ 1400: -480, 8300: 449, 1771: 31 });
    expect(s.t.call('salesdocs.get', { id: invoice.id })).toMatchObject({ creditedCents: 480, openCents: 15_088, paymentStatus: 'open' });
    // What is left at 7 %: 11,23 − 4,49 = 6,74; a second credit of 2 kg (8,98) is too much.
    const second = s.t.call('salesdocs.credit', { invoiceId: invoice.id });
    s.t.call('salesdocs.update', { id: second.id, customerId: s.customerId, lines: [{ ...tea, quantity: 1500 }] });
    expect(failure(() => s.t.call('salesdocs.update', { id: second.id, customerId: s.customerId, lines: [{ ...tea, quantity: 2000 }] })))
      .toMatchObject({ reason: 'salesCreditExceedsInvoice', details: { leftCents: 674 } });
    s.t.close();
  });

  it('credits a paid invoice only together with the refund, so nothing is overpaid', () => {
    const s = salesCore();
    const invoice = issuedInvoice(s);
    s.t.call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 10_000, method: 'bank' });
    const draft = s.t.call('salesdocs.credit', { invoiceId: invoice.id });
    const before = logicalDump(s.t.core.db);
    expect(failure(() => s.t.call('salesdocs.issue', { id: draft.id })))
      .toMatchObject({ code: 'VALIDATION', reason: 'salesCreditNeedsRefund', details: { refundCents: 10_000 } });
    expect(logicalDump(s.t.core.db)).toBe(before);
    s.t.call('salesdocs.issue', { id: draft.id, refundMethod: 'bank' });
    const after = s.t.call('salesdocs.get', { id: invoice.id });
    expect(after).toMatchObject({ creditedCents: 15_568, paidCents: 0, openCents: 0, paymentStatus: 'settled' });
    expect(after.payments.map((p) => p.amountCents)).toEqual([10_000, -10_000]);
    expect(entryLines(s.t, after.payments[1]!.journalEntryId)).toEqual({ 1200: -10_000, 1400: 10_000 });
    expect(s.t.call('customers.get', { id: s.customerId }).balanceCents).toBe(0);
    expect(trialBalance(s.t)).toBe(0);
    s.t.close();
  });

  it('only an issued invoice gets a credit note', () => {
    const s = salesCore();
    expect(failure(() => s.t.call('salesdocs.credit', { invoiceId: draftInvoice(s).id }))).toMatchObject({ reason: 'salesCreditNeedsIssuedInvoice' });
    s.t.close();
  });
});

describe('conversions', () => {
  it('quote → order → invoice copies the lines and keeps the links; each converts once', () => {
    const s = salesCore();
    const quote = s.t.call('salesdocs.create', { kind: 'quote', customerId: s.customerId, lines: threeLines(s), reference: 'Anfrage 7' });
    expect(failure(() => s.t.call('salesdocs.convert', { id: quote.id, to: 'order' }))).toMatchObject({ reason: 'salesConvertNeedsIssued' });
    s.t.call('salesdocs.issue', { id: quote.id });
    const order = s.t.call('salesdocs.convert', { id: quote.id, to: 'order' });
    expect(order).toMatchObject({ kind: 'order', status: 'draft', sourceId: quote.id, sourceNumber: 'AN-2026-0001', reference: 'Anfrage 7', grossCents: 15_568 });
    expect(order.lines.map((l) => [l.description, l.quantity, l.unitPriceCents])).toEqual(quote.lines.map((l) => [l.description, l.quantity, l.unitPriceCents]));
    expect(failure(() => s.t.call('salesdocs.convert', { id: quote.id, to: 'invoice' }))).toMatchObject({ code: 'CONFLICT', reason: 'salesAlreadyConverted' });
    expect(s.t.call('salesdocs.issue', { id: order.id }).number).toBe('AB-2026-0001');
    expect(failure(() => s.t.call('salesdocs.convert', { id: order.id, to: 'order' }))).toMatchObject({ reason: 'salesConvertNotAllowed' });
    const invoice = s.t.call('salesdocs.convert', { id: order.id, to: 'invoice' });
    expect(s.t.call('salesdocs.issue', { id: invoice.id })).toMatchObject({ number: 'RE-2026-0001', sourceNumber: 'AB-2026-0001', grossCents: 15_568 });
    expect(s.t.call('salesdocs.get', { id: quote.id }).followUps).toMatchObject([{ id: order.id, kind: 'order', status: 'issued' }]);
    s.t.close();
  });
});

describe('bad input: a clear reason, nothing written', () => {
  it('refuses an invoice without the buyer address or the seller tax number', () => {
    const s = salesCore();
    const bare = s.t.call('customers.create', { kind: 'business', name: 'Ohne Adresse KG' }).id;
    const draft = s.t.call('salesdocs.create', { kind: 'invoice', customerId: bare, lines: threeLines(s) });
    let before = logicalDump(s.t.core.db);
    expect(failure(() => s.t.call('salesdocs.issue', { id: draft.id }))).toMatchObject({ code: 'VALIDATION', reason: 'salesBuyerAddressMissing' });
    expect(logicalDump(s.t.core.db)).toBe(before);
    s.t.core.db.prepare("UPDATE company SET vat_id = '', tax_number = ''").run();
    const other = draftInvoice(s);
    before = logicalDump(s.t.core.db);
    expect(failure(() => s.t.call('salesdocs.issue', { id: other.id }))).toMatchObject({ reason: 'salesSellerTaxIdMissing' });
    expect(logicalDump(s.t.core.db)).toBe(before);
    s.t.close();
  });

  it('refuses unknown customers, products and rates, retired rates, huge amounts and a reversed period', () => {
    const s = salesCore();
    const before = logicalDump(s.t.core.db);
    const create = (patch: Record<string, unknown>, line: Record<string, unknown> = {}) =>
      failure(() => s.t.call('salesdocs.create', { kind: 'invoice', customerId: s.customerId, lines: [{ ...threeLines(s)[1]!, ...line }], ...patch }));
    expect(create({ customerId: 9999 })).toMatchObject({ code: 'NOT_FOUND', reason: 'customerNotFound' });
    expect(create({}, { productId: 99_999 })).toMatchObject({ code: 'NOT_FOUND', reason: 'stockProductNotFound' });
    expect(create({}, { vatRateId: 999 })).toMatchObject({ code: 'NOT_FOUND', reason: 'vatRateNotFound' });
    expect(create({}, { quantity: 1_000_000_000, unitPriceCents: 100_000_000 })).toMatchObject({ code: 'VALIDATION', reason: 'salesAmountTooLarge' });
    expect(create({ deliveryFrom: '2026-01-20', deliveryTo: '2026-01-10' })).toMatchObject({ code: 'VALIDATION' });
    expect(create({ deliveryTo: '2026-01-10' })).toMatchObject({ code: 'VALIDATION' });
    expect(create({}, { quantity: 0 })).toMatchObject({ code: 'VALIDATION' });
    expect(create({}, { unitPriceCents: -1 })).toMatchObject({ code: 'VALIDATION' });
    expect(create({ lines: [] })).toMatchObject({ code: 'VALIDATION' });
    expect(logicalDump(s.t.core.db)).toBe(before);
    s.t.call('settings.vatRates.retire', { id: retireableRate(s) });
    expect(create({}, { vatRateId: retireableRate(s) })).toMatchObject({ code: 'VALIDATION', reason: 'salesVatRateRetired' });
    s.t.close();
  });
});

/** The 0 % rate, which no demo product uses, so it can be retired. */
function retireableRate(s: ReturnType<typeof salesCore>): number {
  return s.t.core.db.prepare('SELECT id FROM vat_rates WHERE rate_bp = 0').pluck().get() as number;
}

describe('texts', () => {
  it('every reason the module gives has a German and an English text', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { translations } = await import('../../src-shared/i18n');
    const dir = path.join(__dirname, '../../src-main/modules/salesdocs');
    const reasons = new Set(fs.readdirSync(dir).flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/reason: '(\w+)'/g)].map((m) => m[1]!)));
    expect(reasons.size).toBeGreaterThan(15);
    for (const reason of [...reasons, 'customerNotFound', 'customerInactive', 'stockProductNotFound', 'accountCreditExceedsBalance']) {
      expect(translations.de.errors.reasons, reason).toHaveProperty(reason);
      expect(translations.en.errors.reasons, reason).toHaveProperty(reason);
    }
  });
});

/**
 * The customer history gathers every kind through its sources: counter receipts, account
 * payments, issued sales documents (drafts and discarded ones left out; an invoice with what is
 * still open), customer orders and service jobs, and feedback — newest first, only the
 * customer's own, and at most `limit` items.
 */
import { ensureShift, onDay } from '../helpers/books';
import { productId, ref } from '../helpers/counter';
import { draftInvoice, issuedInvoice, salesCore, threeLines } from './salesdocs-fixtures';

/** A customer with a receipt, an invoice (partly paid), a service job and a complaint, an hour apart. */
function customerWithHistory() {
  const s = salesCore();
  const { t, customerId } = s;
  const bread = productId(t, 'Bauernbrot'); // 4,20 € at 7 %

  onDay(t, '2026-01-15', '09:00:00');
  ensureShift(t);
  const receipt = t.call('counter.checkout', {
    cart: { lines: [{ type: 'product', productId: bread, quantity: 1000 }] }, payments: [{ method: 'cash', amountCents: 500 }], clientRef: ref(), customerId,
  });

  onDay(t, '2026-01-15', '10:00:00');
  const invoice = issuedInvoice(s); // gross 155,68, due after the customer's 14 days
  t.call('salesdocs.payments.record', { invoiceId: invoice.id, amountCents: 5568, method: 'bank' });
  draftInvoice(s); // a draft: not part of the history
  const discarded = draftInvoice(s);
  t.call('salesdocs.discard', { id: discarded.id });

  onDay(t, '2026-01-15', '11:00:00');
  const job = t.call('production.workOrders.create', { kind: 'serviceJob', title: 'Kaffeemaschine', fault: 'entkalkt nicht', customerId, promisedOn: '2026-01-22' });
  t.call('production.workOrders.create', { kind: 'serviceJob', title: 'Fremdes Radio' }); // nobody's

  onDay(t, '2026-01-15', '12:00:00');
  const complaint = t.call('feedback.record', { kind: 'complaint', text: 'Brot war trocken', productId: bread, customerId });
  t.call('feedback.record', { kind: 'wish', text: 'Hafermilch' }); // nobody's
  return { ...s, receipt, invoice, job, complaint };
}

test('the history lists receipt, invoice, service job and feedback, newest first, with their fields', () => {
  const { t, customerId, receipt, invoice, job, complaint } = customerWithHistory();
  expect(t.call('customers.history', { id: customerId })).toEqual([
    {
      kind: 'feedback', id: complaint.id, at: '2026-01-15T12:00:00.000Z', feedbackKind: 'complaint', text: 'Brot war trocken',
      productName: 'Bauernbrot', status: 'new',
    },
    {
      kind: 'workOrder', id: job.id, at: '2026-01-15T11:00:00.000Z', orderKind: 'serviceJob', number: job.number, title: 'Kaffeemaschine',
      status: 'received', promisedOn: '2026-01-22',
    },
    {
      kind: 'salesDocument', id: invoice.id, at: '2026-01-15T10:00:00.000Z', documentKind: 'invoice', number: invoice.number, documentDate: '2026-01-15',
      grossCents: 15568, openCents: 10000, dueOn: '2026-01-29', overdue: false,
    },
    {
      kind: 'receipt', id: receipt.id, at: '2026-01-15T09:00:00.000Z', number: receipt.number, receiptKind: 'sale', totalCents: 420, onAccountCents: 0,
    },
  ]);
  expect(invoice.number).toMatch(/^RE-2026-/);
  t.close();
});

test('a credit note and an issued quote join as documents; the invoice shows what is left open and whether it is overdue', () => {
  const s = customerWithHistory();
  const { t, customerId, invoice } = s;
  onDay(t, '2026-02-10', '09:00:00');
  const quote = t.call('salesdocs.issue', { id: t.call('salesdocs.create', { kind: 'quote', customerId, lines: threeLines(s) }).id });
  onDay(t, '2026-02-10', '09:30:00');
  const credit = t.call('salesdocs.credit', { invoiceId: invoice.id });
  const issuedCredit = t.call('salesdocs.issue', { id: credit.id, refundMethod: 'bank' });

  const documents = t.call('customers.history', { id: customerId }).filter((h) => h.kind === 'salesDocument');
  expect(documents).toEqual([
    expect.objectContaining({ id: issuedCredit.id, documentKind: 'creditNote', number: issuedCredit.number, grossCents: 15568, openCents: null, dueOn: null, at: '2026-02-10T09:30:00.000Z' }),
    expect.objectContaining({ id: quote.id, documentKind: 'quote', number: quote.number, documentDate: '2026-02-10', openCents: null, dueOn: null, overdue: false }),
    // Fully credited (and the paid part refunded): nothing open, so not overdue either.
    expect.objectContaining({ id: invoice.id, documentKind: 'invoice', openCents: 0, dueOn: '2026-01-29', overdue: false }),
  ]);
  t.close();
});

test('an unpaid invoice past its due day is overdue in the history', () => {
  const s = customerWithHistory();
  onDay(s.t, '2026-02-10');
  const item = s.t.call('customers.history', { id: s.customerId }).find((h) => h.kind === 'salesDocument');
  expect(item).toMatchObject({ openCents: 10000, overdue: true });
  s.t.close();
});

test('the limit keeps the newest items across all sources; an unknown customer is refused', () => {
  const { t, customerId } = customerWithHistory();
  expect(t.call('customers.history', { id: customerId, limit: 2 }).map((h) => h.kind)).toEqual(['feedback', 'workOrder']);
  expect(t.invoke('customers.history', { id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  t.close();
});

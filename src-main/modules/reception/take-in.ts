/**
 * Taking work in at the counter: a customer order or service job becomes a work order of the
 * workshop (production module) with the VAT rate it will be sold at, and an optional deposit.
 * The answer is what the job ticket and the customer copy print.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import type { ReceptionTicket } from '../../../src-shared/contract/reception';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { requireCustomer } from '../customers/records';
import { createWorkOrder, workOrderRow } from '../production/work-orders';
import { getCompany } from '../settings/service';
import { bookDeposit, workVatRate, type DepositRow } from './deposits';

export function takeIn(ctx: Ctx, input: ParsedInput<'reception.takeIn'>): ReceptionTicket {
  const customer = requireCustomer(ctx, input.customerId);
  const rate = workVatRate(ctx, input.vatRateId);
  if (input.deposit && input.priceCents !== null && input.deposit.amountCents > input.priceCents) {
    throw new AppError('VALIDATION', 'The deposit cannot be more than the price.', { details: { reason: 'depositExceedsPrice' } });
  }
  const order = createWorkOrder(ctx, {
    kind: input.kind, title: input.title, fault: input.fault, customerId: customer.id, priceCents: input.priceCents,
    priceIsEstimate: input.priceIsEstimate, promisedOn: input.promisedOn, productId: null, quantity: null, assigneeId: null,
  });
  ctx.db.prepare('INSERT INTO reception_orders (work_order_id, vat_rate_id) VALUES (?, ?)').run(order.id, rate.id);
  if (input.deposit) {
    bookDeposit(ctx, { workOrderId: order.id, number: order.number, customerName: customer.name, ...input.deposit, rate });
  }
  ctx.audit('reception.takeIn', `workOrder:${order.id}`, undefined, { number: order.number, deposit: input.deposit, vatRateId: rate.id });
  return receptionTicket(ctx, order.id);
}

export function receptionTicket(ctx: Ctx, workOrderId: number): ReceptionTicket {
  const row = workOrderRow(ctx, workOrderId);
  if (row.kind === 'stock' || row.customer_id === null) {
    throw new AppError('NOT_FOUND', `Work order ${row.number} was not taken in at the counter.`, { details: { reason: 'workOrderNotFound', id: workOrderId } });
  }
  const customer = requireCustomer(ctx, row.customer_id, { allowInactive: true });
  const created = ctx.db.prepare('SELECT w.created_at AS at, s.name FROM work_orders w LEFT JOIN staff s ON s.id = w.created_by WHERE w.id = ?')
    .get(row.id) as { at: string; name: string | null };
  const deposits = ctx.db.prepare('SELECT * FROM reception_deposits WHERE work_order_id = ? ORDER BY id').all(row.id) as DepositRow[];
  const company = getCompany(ctx);
  const sum = (f: (d: DepositRow) => number) => deposits.reduce((a, d) => a + f(d), 0);
  return {
    workOrderId: row.id, number: row.number, kind: row.kind, title: row.title, fault: row.fault, customerId: customer.id, customerName: customer.name,
    customerPhone: customer.phone, priceCents: row.price_cents, priceIsEstimate: row.price_is_estimate === 1, promisedOn: row.promised_on,
    receivedAt: created.at, staffName: created.name ?? '',
    deposit: deposits.length === 0 ? null : {
      amountCents: sum((d) => d.amount_cents), method: deposits[0]!.method, rateBasisPoints: deposits[0]!.rate_bp,
      netCents: sum((d) => d.net_cents), vatCents: sum((d) => d.vat_cents),
    },
    company: { name: company.name, address: [company.street, `${company.postalCode} ${company.city}`.trim()].filter(Boolean).join(', '), phone: company.phone, vatId: company.vatId },
  };
}

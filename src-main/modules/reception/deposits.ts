/**
 * Deposits on customer orders and service jobs. German VAT law taxes a payment received before
 * the work is done (§13 Abs. 1 Nr. 1a UStG, Mindest-Ist-Versteuerung), so a deposit is booked
 * at once as: cash (or card clearing) gross to the customer-deposits liability (net) and the VAT
 * of the rate. It stays a liability until the handover releases it into revenue (handover.ts).
 */
import { splitGross } from '../../../src-shared/money';
import type { DepositMethod } from '../../../src-shared/contract/reception';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { post, vatAccounts, type PostingLine } from '../ledger/service';
import { openShift } from '../counter/shift-state';
import { receptionText } from './texts';

export interface DepositRow {
  id: number; work_order_id: number; amount_cents: number; method: DepositMethod; vat_rate_id: number; rate_bp: number;
  net_cents: number; vat_cents: number; journal_entry_id: number; at: string; shift_id: number | null; settled_sale_id: number | null;
}

/** The VAT rate given, or the shop's standard rate (the highest active one). */
export function workVatRate(ctx: Ctx, vatRateId: number | null): { id: number; bp: number } {
  const row = (vatRateId === null
    ? ctx.db.prepare('SELECT id, rate_bp AS bp FROM vat_rates WHERE retired_at IS NULL ORDER BY rate_bp DESC, id LIMIT 1').get()
    : ctx.db.prepare('SELECT id, rate_bp AS bp FROM vat_rates WHERE id = ? AND retired_at IS NULL').get(vatRateId)) as { id: number; bp: number } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'There is no such VAT rate.', { details: { reason: 'vatRateNotFound' } });
  return row;
}

export function openDeposits(ctx: Ctx, workOrderId: number): DepositRow[] {
  return ctx.db.prepare('SELECT * FROM reception_deposits WHERE work_order_id = ? AND settled_sale_id IS NULL ORDER BY id').all(workOrderId) as DepositRow[];
}

export function bookDeposit(ctx: Ctx, d: { workOrderId: number; number: number; customerName: string; amountCents: number; method: DepositMethod; rate: { id: number; bp: number } }): DepositRow {
  const session = requireSession(ctx);
  // Cash goes into the drawer: only with an open shift, which then expects it at the count.
  const shift = d.method === 'cash' ? openShift(ctx) : undefined;
  if (d.method === 'cash' && !shift) {
    throw new AppError('CONFLICT', 'Open a shift first: cash goes into the drawer.', { details: { reason: 'noOpenShift' } });
  }
  const { net, vat } = splitGross(d.amountCents, d.rate.bp);
  const vatAccount = vatAccounts(ctx, d.rate.bp).vat;
  const lines: PostingLine[] = [
    { account: d.method === 'cash' ? 'cash' : 'cardClearing', amountCents: d.amountCents },
    { account: 'customerDeposits', amountCents: vatAccount === null ? -d.amountCents : -net, vatRateId: d.rate.id },
  ];
  if (vatAccount !== null && vat !== 0) lines.push({ account: vatAccount, amountCents: -vat, vatRateId: d.rate.id });
  const text = receptionText(ctx, 'depositPosting', { number: d.number, customer: d.customerName });
  const entryId = post(ctx, { text, sourceType: 'reception.deposit', sourceId: d.workOrderId, lines });
  const netCents = vatAccount === null ? d.amountCents : net;
  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO reception_deposits (work_order_id, amount_cents, method, vat_rate_id, rate_bp, net_cents, vat_cents, journal_entry_id, at, staff_id, shift_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(d.workOrderId, d.amountCents, d.method, d.rate.id, d.rate.bp, netCents, d.amountCents - netCents, entryId, ctx.now(), session.staffId, shift?.id ?? null);
  if (shift) {
    ctx.db.prepare("INSERT INTO cash_moves (shift_id, direction, amount_cents, reason, note, at, staff_id, journal_entry_id) VALUES (?, 'in', ?, 'customerDeposit', ?, ?, ?, ?)")
      .run(shift.id, d.amountCents, text, ctx.now(), session.staffId, entryId);
  }
  return ctx.db.prepare('SELECT * FROM reception_deposits WHERE id = ?').get(Number(lastInsertRowid)) as DepositRow;
}

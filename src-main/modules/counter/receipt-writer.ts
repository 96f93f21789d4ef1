/**
 * Writes one receipt (a sale, a return or a void) with everything that belongs to it, in the
 * caller's transaction: the next gap-free number of the register, lines, payments, VAT, voucher
 * moves, stock moves, the journal entry, and the next link of the hash chain.
 */
import type { PaymentMethod, ReceiptLine } from '../../../src-shared/contract/sell';
import type { VatBucket } from '../../../src-shared/pricing';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { takeNumber } from '../../core/number-series';
import { post, vatAccounts, type PostingLine } from '../ledger/service';
import { recordMoves } from '../stock/service';
import { canonical, chainHash, lastHash } from './chain';
import { postingText } from '../ledger/posting-texts';
import { linkReceipt } from '../customers/account';

/** A receipt line as written: the contract's line without what is derived on reading. */
export type ReceiptLineToWrite = Omit<ReceiptLine, 'id' | 'vatLetter' | 'returnableQuantity'> & {
  vatRateId: number | null;
  originalLineId: number | null;
  priceOverridden: boolean;
};

export interface ReceiptToWrite {
  kind: 'sale' | 'return' | 'void';
  registerId: number;
  shiftId: number;
  originalSaleId: number | null;
  clientRef: string | null;
  requestHash: string | null;
  lines: ReceiptLineToWrite[];
  vat: VatBucket[];
  totalCents: number;
  discountCents: number;
  changeCents: number;
  /** Signed: refunds are negative. Cash is the amount tendered (change is separate). */
  payments: { method: PaymentMethod; amountCents: number; voucherCode: string | null }[];
  /** Voucher balance changes (issue: +, redeem: −). */
  voucherMoves: { code: string; amountCents: number }[];
  /** New vouchers issued by voucher lines (line index → code). */
  vouchersIssued: { lineIndex: number; code: string; amountCents: number }[];
  /** The customer of the sale (returns and voids: of the original sale); the 'account' tender goes on their account. */
  customerId?: number | null;
  /** Further lines of the receipt's own journal entry (the reception releases deposits into revenue with them). */
  extraJournalLines?: PostingLine[];
}

const STOCK_REASON = { sale: 'sale', return: 'return', void: 'void' } as const;
const TENDER_ACCOUNT: Record<PaymentMethod, string> = { cash: 'cash', card: 'cardClearing', voucher: 'voucherLiability', account: 'receivables' };

function journalLines(ctx: Ctx, r: ReceiptToWrite): PostingLine[] {
  const lines: PostingLine[] = [];
  for (const p of r.payments) lines.push({ account: TENDER_ACCOUNT[p.method], amountCents: p.amountCents });
  if (r.changeCents) lines.push({ account: 'cash', amountCents: -r.changeCents });
  for (const bucket of r.vat) {
    const accounts = vatAccounts(ctx, bucket.rateBasisPoints);
    lines.push({ account: accounts.revenue, amountCents: -bucket.netCents, vatRateId: bucket.vatRateId });
    if (accounts.vat !== null) lines.push({ account: accounts.vat, amountCents: -bucket.vatCents, vatRateId: bucket.vatRateId });
    else lines.push({ account: accounts.revenue, amountCents: -bucket.vatCents, vatRateId: bucket.vatRateId });
  }
  const vouchersSold = r.lines.filter((l) => l.kind === 'voucher').reduce((a, l) => a + l.totalCents, 0);
  if (vouchersSold) lines.push({ account: 'voucherLiability', amountCents: -vouchersSold });
  if (r.extraJournalLines) lines.push(...r.extraJournalLines);
  return lines;
}

export function writeReceipt(ctx: Ctx, r: ReceiptToWrite): number {
  const session = requireSession(ctx);
  const db = ctx.db;
  const number = takeNumber(db, `receipt:${r.registerId}`);
  const entryId = post(ctx, { text: postingText(ctx, r.kind, { number: `${r.registerId}-${number}` }), sourceType: `counter.${r.kind}`, lines: journalLines(ctx, r) });
  const at = ctx.now();
  const prevHash = lastHash(db, r.registerId);
  // The hash is computed from the values about to be written, in the same canonical form that
  // verification rebuilds from the stored rows (chain.ts), so the row is written once.
  const lineValues = r.lines.map((l, i) => [i + 1, l.kind, l.productId, l.name, l.sku, l.unit, l.quantity, l.unitPriceCents, l.grossCents,
    l.discountCents, l.totalCents, l.vatRateId, l.vatRateBasisPoints, l.voucherCode, l.originalLineId, l.priceOverridden ? 1 : 0]);
  const paymentValues = r.payments.map((p) => [p.method, p.amountCents, p.voucherCode]);
  const vatValues = [...r.vat].sort((a, b) => a.vatRateId - b.vatRateId).map((v) => [v.vatRateId, v.rateBasisPoints, v.grossCents, v.netCents, v.vatCents]);
  const hash = chainHash(prevHash, canonical({
    register_id: r.registerId, number, kind: r.kind, original_sale_id: r.originalSaleId, shift_id: r.shiftId, at, staff_id: session.staffId,
    total_cents: r.totalCents, discount_cents: r.discountCents, change_cents: r.changeCents,
  }, lineValues, paymentValues, vatValues));
  const { lastInsertRowid } = db.prepare(
    `INSERT INTO sales (register_id, number, kind, original_sale_id, shift_id, at, staff_id, total_cents, discount_cents, change_cents,
                        client_ref, request_hash, prev_hash, hash, journal_entry_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.registerId, number, r.kind, r.originalSaleId, r.shiftId, at, session.staffId, r.totalCents, r.discountCents, r.changeCents,
    r.clientRef, r.requestHash, prevHash, hash, entryId);
  const saleId = Number(lastInsertRowid);

  const insertLine = db.prepare(
    `INSERT INTO sale_lines (sale_id, line_no, kind, product_id, name, sku, unit, quantity, unit_price_cents, gross_cents, discount_cents,
                             total_cents, vat_rate_id, vat_rate_bp, voucher_code, original_line_id, price_overridden)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const lineIds = lineValues.map((values) => Number(insertLine.run(saleId, ...values).lastInsertRowid));
  const insertPayment = db.prepare('INSERT INTO sale_payments (sale_id, method, amount_cents, voucher_code) VALUES (?, ?, ?, ?)');
  for (const p of r.payments) insertPayment.run(saleId, p.method, p.amountCents, p.voucherCode);
  const insertVat = db.prepare('INSERT INTO sale_vat (sale_id, vat_rate_id, rate_bp, gross_cents, net_cents, vat_cents) VALUES (?, ?, ?, ?, ?, ?)');
  for (const v of r.vat) insertVat.run(saleId, v.vatRateId, v.rateBasisPoints, v.grossCents, v.netCents, v.vatCents);

  const insertVoucher = db.prepare('INSERT INTO vouchers (code, sale_line_id, initial_cents, issued_at) VALUES (?, ?, ?, ?)');
  for (const v of r.vouchersIssued) insertVoucher.run(v.code, lineIds[v.lineIndex], v.amountCents, ctx.now());
  const insertVoucherMove = db.prepare('INSERT INTO voucher_moves (code, sale_id, amount_cents, at) VALUES (?, ?, ?, ?)');
  for (const m of r.voucherMoves) insertVoucherMove.run(m.code, saleId, m.amountCents, ctx.now());

  recordMoves(ctx, r.lines.filter((l) => l.kind === 'product' && l.productId !== null).map((l) => ({
    productId: l.productId!, quantity: -l.quantity, reason: STOCK_REASON[r.kind], sourceType: 'sale', sourceId: saleId,
  })));
  if (r.customerId) {
    const accountCents = r.payments.reduce((a, p) => a + (p.method === 'account' ? p.amountCents : 0), 0);
    linkReceipt(ctx, { saleId, customerId: r.customerId, kind: r.kind, journalEntryId: entryId, accountCents });
  }

  return saleId;
}

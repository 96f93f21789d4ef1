/**
 * Checking a draft's lines and computing its totals before anything is written: products and
 * VAT rates must exist, a line or document larger than cents can carry is refused, and a
 * retired VAT rate is only accepted where the document it continues (a credit note's invoice)
 * charged it.
 */
import type { SalesDocumentLine, SalesLineInput } from '../../../src-shared/contract/salesdocs';
import { documentTotals, lineNetCents, type DocumentTotals } from '../../../src-shared/salesdocs-totals';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { productRow } from '../stock/lookups';

/** A line as it will be stored: priced and taxed, before it gets its position. */
export type ResolvedLine = Omit<SalesDocumentLine, 'position'>;

const tooLarge = () => new AppError('VALIDATION', 'The amounts are too large for one document.', { details: { reason: 'salesAmountTooLarge' } });

/** `allowedRetiredRates`: retired rates the lines may still use (those of the invoice a credit note corrects). */
export function resolveLines(ctx: Ctx, lines: SalesLineInput[], allowedRetiredRates: ReadonlySet<number> = new Set()): { lines: ResolvedLine[]; totals: DocumentTotals } {
  const rate = ctx.db.prepare('SELECT rate_bp, name, retired_at FROM vat_rates WHERE id = ?');
  const resolved = lines.map((line, i): ResolvedLine => {
    const sku = line.productId === null ? '' : productRow(ctx, line.productId).sku;
    const vat = rate.get(line.vatRateId) as { rate_bp: number; name: string; retired_at: string | null } | undefined;
    if (!vat) throw new AppError('NOT_FOUND', 'There is no such VAT rate.', { details: { reason: 'vatRateNotFound', position: i + 1 } });
    if (vat.retired_at !== null && !allowedRetiredRates.has(line.vatRateId)) {
      throw new AppError('VALIDATION', `The VAT rate "${vat.name}" is retired.`, { details: { reason: 'salesVatRateRetired', name: vat.name, position: i + 1 } });
    }
    const netCents = lineNetCents(line);
    if (netCents === null) throw tooLarge();
    return { ...line, sku, rateBasisPoints: vat.rate_bp, netCents };
  });
  const totals = documentTotals(resolved);
  if (totals === null) throw tooLarge();
  return { lines: resolved, totals };
}

/** Replaces a draft's lines and per-rate totals (the triggers refuse this once it is issued). */
export function writeLines(ctx: Ctx, documentId: number, lines: ResolvedLine[], totals: DocumentTotals): void {
  ctx.db.prepare('DELETE FROM sales_document_lines WHERE document_id = ?').run(documentId);
  ctx.db.prepare('DELETE FROM sales_document_rates WHERE document_id = ?').run(documentId);
  const insertLine = ctx.db.prepare(
    `INSERT INTO sales_document_lines (document_id, position, product_id, sku, description, quantity, unit, unit_price_cents, discount_bp, vat_rate_id, net_cents)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((l, i) => insertLine.run(documentId, i + 1, l.productId, l.sku, l.description, l.quantity, l.unit, l.unitPriceCents,
    l.discountBasisPoints, l.vatRateId, l.netCents));
  const insertRate = ctx.db.prepare('INSERT INTO sales_document_rates (document_id, vat_rate_id, rate_bp, net_cents, vat_cents) VALUES (?, ?, ?, ?, ?)');
  for (const r of totals.rates) insertRate.run(documentId, r.vatRateId, r.rateBasisPoints, r.netCents, r.vatCents);
}

/**
 * What a credit note may take back: per VAT rate, at most the net the invoice charged at that rate
 * minus what issued credit notes took back already, and in total at most the invoice's gross minus
 * those credit notes (the VAT is rounded per document, so the gross is checked as well).
 */
import type { DocumentTotals } from '../../../src-shared/salesdocs-totals';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { documentRates, documentRow } from './read';

/** The VAT rates an invoice charged (a credit note may use them even if retired since). */
export function invoiceRateIds(ctx: Pick<Ctx, 'db'>, invoiceId: number): Set<number> {
  return new Set(documentRates(ctx, invoiceId).map((r) => r.vatRateId));
}

export function assertCreditWithinInvoice(ctx: Ctx, invoiceId: number, credit: DocumentTotals, creditNoteId: number | null): void {
  const invoice = documentRow(ctx, invoiceId);
  const charged = new Map(documentRates(ctx, invoiceId).map((r) => [r.vatRateId, r]));
  const taken = ctx.db.prepare(
    `SELECT r.vat_rate_id AS vatRateId, sum(r.net_cents) AS net FROM sales_document_rates r JOIN sales_documents c ON c.id = r.document_id
     WHERE c.source_id = ? AND c.kind = 'creditNote' AND c.status = 'issued' AND c.id IS NOT ? GROUP BY r.vat_rate_id`,
  ).all(invoiceId, creditNoteId) as { vatRateId: number; net: number }[];
  const takenNet = new Map(taken.map((t) => [t.vatRateId, t.net]));
  for (const rate of credit.rates) {
    const onInvoice = charged.get(rate.vatRateId);
    if (!onInvoice) {
      throw new AppError('VALIDATION', `Invoice ${invoice.number} charged nothing at this VAT rate.`, {
        details: { reason: 'salesCreditRateNotOnInvoice', number: invoice.number ?? '' },
      });
    }
    const left = onInvoice.netCents - (takenNet.get(rate.vatRateId) ?? 0);
    if (rate.netCents > left) {
      throw new AppError('VALIDATION', `Only ${left} cents net at this rate are left to credit on invoice ${invoice.number}.`, {
        details: { reason: 'salesCreditExceedsInvoice', number: invoice.number ?? '', leftCents: left },
      });
    }
  }
  const creditedGross = ctx.db.prepare(
    "SELECT coalesce(sum(gross_cents), 0) FROM sales_documents WHERE source_id = ? AND kind = 'creditNote' AND status = 'issued' AND id IS NOT ?",
  ).pluck().get(invoiceId, creditNoteId) as number;
  const leftGross = invoice.gross_cents - creditedGross;
  if (credit.grossCents > leftGross) {
    throw new AppError('VALIDATION', `Only ${leftGross} cents are left to credit on invoice ${invoice.number}.`, {
      details: { reason: 'salesCreditExceedsInvoice', number: invoice.number ?? '', leftCents: leftGross },
    });
  }
}

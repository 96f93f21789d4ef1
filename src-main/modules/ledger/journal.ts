/**
 * The journal as the owner sees it: entries with their source, reversal links and attached
 * documents; manual entries, quick expenses and reversals posted through the posting function.
 */
import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../../src-shared/contract';
import type { AttachmentInfo, EntrySource, JournalEntry, JournalEntrySummary, JournalPage } from '../../../src-shared/contract/ledger';
import type { Ctx } from '../../core/context';
import { likeContains } from '../../db/like';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import type { Receipt } from '../../../src-shared/contract/sell';
import { loadReceipt } from '../counter/receipts';
import { formatReceiptNumber, openShift } from '../counter/shift-state';
import { grossLines, post, vatRateBp } from './service';
import { postingText } from './posting-texts';
import { purchasingReference } from '../purchasing/invoices';

/** Entries the ledger itself made; everything else is corrected where it came from (e.g. a return at the counter). */
const REVERSIBLE_SOURCES = new Set(['ledger.manual', 'ledger.expense', 'bank.line']);
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

interface SummaryRow {
  id: number; number: number; bookedOn: string; postedAt: string; text: string; sourceType: string; sourceId: number | null;
  totalCents: number; reversesEntryId: number | null; reversedByEntryId: number | null; attachments: number;
}

const SUMMARY = `
  SELECT e.id, e.number, e.booked_on AS bookedOn, e.posted_at AS postedAt, e.text, e.source_type AS sourceType, e.source_id AS sourceId,
         (SELECT coalesce(sum(l.amount_cents), 0) FROM journal_lines l WHERE l.entry_id = e.id AND l.amount_cents > 0) AS totalCents,
         e.reverses_entry_id AS reversesEntryId,
         (SELECT r.id FROM journal_entries r WHERE r.reverses_entry_id = e.id) AS reversedByEntryId,
         (SELECT count(*) FROM attachments a WHERE a.entry_id = e.id) AS attachments
  FROM journal_entries e`;

/** The source document's own reference, for the label and the link in the UI. */
function sourceOf(ctx: Ctx, row: SummaryRow): EntrySource {
  const base = { type: row.sourceType, id: row.sourceId };
  if (['counter.sale', 'counter.return', 'counter.void'].includes(row.sourceType)) {
    const sale = ctx.db.prepare('SELECT id, register_id, number FROM sales WHERE journal_entry_id = ?').get(row.id) as { id: number; register_id: number; number: number } | undefined;
    return sale ? { type: row.sourceType, id: sale.id, reference: formatReceiptNumber(sale.register_id, sale.number) } : { ...base, reference: '' };
  }
  if (row.sourceType === 'bank.line' && row.sourceId !== null) {
    const day = ctx.db.prepare('SELECT booked_on FROM bank_lines WHERE id = ?').pluck().get(row.sourceId) as string | undefined;
    return { ...base, reference: day ?? '' };
  }
  if (row.sourceType === 'ledger.reversal') {
    const number = ctx.db.prepare('SELECT number FROM journal_entries WHERE id = ?').pluck().get(row.reversesEntryId) as number | undefined;
    return { ...base, reference: number === undefined ? '' : String(number) };
  }
  if (row.sourceType.startsWith('purchasing.')) return { ...base, reference: purchasingReference(ctx, row.sourceType, row.sourceId) };
  return { ...base, reference: row.sourceId === null ? '' : String(row.sourceId) };
}

function toSummary(ctx: Ctx, row: SummaryRow): JournalEntrySummary {
  const { sourceType: _type, sourceId: _id, ...rest } = row;
  return { ...rest, source: sourceOf(ctx, row) };
}

export function journalPage(ctx: Ctx, input: ParsedInput<'ledger.journal'>): JournalPage {
  const where: string[] = [];
  const args: unknown[] = [];
  if (input.from) { where.push('e.booked_on >= ?'); args.push(input.from); }
  if (input.to) { where.push('e.booked_on <= ?'); args.push(input.to); }
  if (input.accountId !== null) { where.push('EXISTS (SELECT 1 FROM journal_lines l WHERE l.entry_id = e.id AND l.account_id = ?)'); args.push(input.accountId); }
  if (input.search) {
    where.push("(e.text LIKE ? ESCAPE '\\' OR CAST(e.number AS TEXT) = ?)");
    args.push(likeContains(input.search), input.search);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = ctx.db.prepare(`SELECT count(*) FROM journal_entries e ${filter}`).pluck().get(...args) as number;
  const rows = ctx.db.prepare(`${SUMMARY} ${filter} ORDER BY e.booked_on DESC, e.number DESC LIMIT ? OFFSET ?`)
    .all(...args, input.limit, input.offset) as SummaryRow[];
  return { total, entries: rows.map((r) => toSummary(ctx, r)) };
}

export function entryDetail(ctx: Ctx, id: number): JournalEntry {
  const row = ctx.db.prepare(`${SUMMARY} WHERE e.id = ?`).get(id) as SummaryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'There is no such journal entry.', { details: { reason: 'entryNotFound' } });
  const lines = ctx.db.prepare(
    `SELECT l.account_id AS accountId, a.number AS accountNumber, a.name AS accountName, l.amount_cents AS amountCents, l.vat_rate_id AS vatRateId
     FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY l.amount_cents < 0, l.id`,
  ).all(id) as JournalEntry['lines'];
  const staffName = ctx.db.prepare('SELECT s.name FROM journal_entries e JOIN staff s ON s.id = e.staff_id WHERE e.id = ?').pluck().get(id) as string | undefined;
  return {
    ...toSummary(ctx, row),
    staffName: staffName ?? null,
    lines,
    attachmentList: attachmentsOf(ctx, id),
    canReverse: REVERSIBLE_SOURCES.has(row.sourceType) && row.reversedByEntryId === null && row.reversesEntryId === null,
  };
}

function attachmentsOf(ctx: Ctx, entryId: number): AttachmentInfo[] {
  return ctx.db.prepare(
    'SELECT id, file_name AS fileName, mime_type AS mimeType, size, added_at AS addedAt FROM attachments WHERE entry_id = ? ORDER BY id',
  ).all(entryId) as AttachmentInfo[];
}

export function attach(ctx: Ctx, entryId: number, file: ParsedInput<'ledger.attach'>['attachment']): AttachmentInfo {
  if (!ctx.db.prepare('SELECT 1 FROM journal_entries WHERE id = ?').get(entryId)) {
    throw new AppError('NOT_FOUND', 'There is no such journal entry.', { details: { reason: 'entryNotFound' } });
  }
  const content = Buffer.from(file.base64, 'base64');
  if (content.length === 0 || content.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('VALIDATION', 'A document must be between 1 byte and 10 MB.', { details: { reason: 'attachmentSize' } });
  }
  const sha256 = createHash('sha256').update(content).digest('hex');
  const { lastInsertRowid } = ctx.db.prepare(
    'INSERT INTO attachments (entry_id, file_name, mime_type, size, sha256, content, added_at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(entryId, file.fileName, file.mimeType, content.length, sha256, content, ctx.now(), ctx.session?.staffId ?? null);
  ctx.audit('ledger.attach', `entry:${entryId}`, undefined, { fileName: file.fileName, sha256 });
  return attachmentsOf(ctx, entryId).find((a) => a.id === Number(lastInsertRowid))!;
}

export function sourceReceipt(ctx: Ctx, entryId: number): Receipt {
  const saleId = ctx.db.prepare('SELECT id FROM sales WHERE journal_entry_id = ?').pluck().get(entryId) as number | undefined;
  if (saleId === undefined) throw new AppError('NOT_FOUND', 'This entry has no receipt.', { details: { reason: 'receiptNotFound' } });
  return loadReceipt(ctx, saleId);
}

export function attachment(ctx: Ctx, id: number): AttachmentInfo & { base64: string } {
  const row = ctx.db.prepare(
    'SELECT id, file_name AS fileName, mime_type AS mimeType, size, added_at AS addedAt, content FROM attachments WHERE id = ?',
  ).get(id) as (AttachmentInfo & { content: Buffer }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'There is no such document.', { details: { reason: 'attachmentNotFound' } });
  const { content, ...info } = row;
  return { ...info, base64: content.toString('base64') };
}

export function postManual(ctx: Ctx, input: ParsedInput<'ledger.postManual'>): JournalEntry {
  requireSession(ctx);
  for (const line of input.lines) if (line.vatRateId !== null) vatRateBp(ctx, line.vatRateId);
  const id = post(ctx, {
    text: input.text, sourceType: 'ledger.manual', bookedOn: input.bookedOn,
    lines: input.lines.map((l) => ({ account: l.accountId, amountCents: l.amountCents, vatRateId: l.vatRateId })),
  });
  if (input.attachment) attach(ctx, id, input.attachment);
  ctx.audit('ledger.postManual', `entry:${id}`);
  return entryDetail(ctx, id);
}

export function recordExpense(ctx: Ctx, input: ParsedInput<'ledger.recordExpense'>): JournalEntry {
  requireSession(ctx);
  const type = ctx.db.prepare('SELECT type FROM accounts WHERE id = ?').pluck().get(input.expenseAccountId) as string | undefined;
  if (type === undefined) throw new AppError('NOT_FOUND', 'There is no such account.', { details: { reason: 'accountNotFound' } });
  if (type !== 'expense' && type !== 'asset') {
    throw new AppError('VALIDATION', 'An expense goes to an expense (or asset) account.', { details: { reason: 'notAnExpenseAccount' } });
  }
  const id = post(ctx, {
    text: input.text, sourceType: 'ledger.expense', bookedOn: input.bookedOn,
    // Net to the expense account, the VAT in it to input VAT, the gross out of the cash box or the bank.
    lines: [...grossLines(ctx, input.expenseAccountId, input.grossCents, input.vatRateId), { account: input.paidFrom, amountCents: -input.grossCents }],
  });
  if (input.attachment) attach(ctx, id, input.attachment);
  // Cash for an expense comes out of the drawer while a shift is open: the shift must expect less.
  const shift = input.paidFrom === 'cash' ? openShift(ctx) : undefined;
  if (shift) {
    ctx.db.prepare("INSERT INTO cash_moves (shift_id, direction, amount_cents, reason, note, at, staff_id, journal_entry_id) VALUES (?, 'out', ?, 'pettyExpense', ?, ?, ?, ?)")
      .run(shift.id, input.grossCents, input.text, ctx.now(), ctx.session?.staffId ?? null, id);
  }
  ctx.audit('ledger.recordExpense', `entry:${id}`, undefined, { grossCents: input.grossCents, paidFrom: input.paidFrom });
  return entryDetail(ctx, id);
}

/** Cancels an entry by posting its mirror image; both stay, linked both ways. */
export function reverse(ctx: Ctx, input: ParsedInput<'ledger.reverse'>): JournalEntry {
  requireSession(ctx);
  const original = entryDetail(ctx, input.id);
  if (original.reversedByEntryId !== null) {
    throw new AppError('CONFLICT', `Entry ${original.number} is already cancelled.`, { details: { reason: 'alreadyReversed', number: original.number } });
  }
  if (!original.canReverse) {
    throw new AppError('CONFLICT', 'This entry is corrected where it came from (e.g. a return at the counter).', {
      details: { reason: 'reverseAtSource', sourceType: original.source.type },
    });
  }
  const id = post(ctx, {
    text: postingText(ctx, 'reversal', { number: original.number, reason: input.reason }),
    sourceType: 'ledger.reversal', sourceId: original.id, reversesEntryId: original.id,
    bookedOn: input.bookedOn ?? undefined,
    lines: original.lines.map((l) => ({ account: l.accountId, amountCents: -l.amountCents, vatRateId: l.vatRateId })),
  });
  ctx.audit('ledger.reverse', `entry:${original.id}`, undefined, { reversalId: id, reason: input.reason });
  return entryDetail(ctx, id);
}

/** Shifts: open with a float, cash in/out (posted), X report at any time, close with a count and a Z report. */
import type { ParsedInput } from '../../../src-shared/contract';
import type { CashMoveReason, ShiftInfo, ShiftReport } from '../../../src-shared/contract/shift';
import type { Ctx } from '../../core/context';
import { requireSession } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { accountBalance, accountId, post } from '../ledger/service';
import { buildShiftReport } from './shift-report';
import { REGISTER_ID, openShift, requireOpenShift } from './shift-state';
import { postingText, shopLanguage } from '../ledger/posting-texts';
import { translations } from '../../../src-shared/i18n';

/** Which way each reason moves cash, and the account on the other side. */
const CASH_REASONS: Record<CashMoveReason, { direction: 'in' | 'out'; account: string }> = {
  bankDeposit: { direction: 'out', account: 'transit' },
  changeFromBank: { direction: 'in', account: 'transit' },
  pettyExpense: { direction: 'out', account: 'pettyExpense' },
  ownerWithdrawal: { direction: 'out', account: 'ownerWithdrawal' },
  ownerDeposit: { direction: 'in', account: 'ownerDeposit' },
};

export function currentShift(ctx: Ctx): ShiftInfo | null {
  const shift = openShift(ctx);
  if (!shift) return null;
  const names = ctx.db.prepare('SELECT r.name AS register, s.name AS staff FROM registers r, staff s WHERE r.id = ? AND s.id = ?')
    .get(shift.register_id, shift.opened_by) as { register: string; staff: string };
  return { id: shift.id, registerId: shift.register_id, registerName: names.register, openedAt: shift.opened_at, openedBy: names.staff, floatCents: shift.float_cents };
}

export function open(ctx: Ctx, input: ParsedInput<'shift.open'>): ShiftInfo {
  const session = requireSession(ctx);
  if (openShift(ctx)) throw new AppError('CONFLICT', 'A shift is already open on this register.', { details: { reason: 'shiftAlreadyOpen' } });
  const { lastInsertRowid } = ctx.db.prepare('INSERT INTO shifts (register_id, opened_at, opened_by, float_cents) VALUES (?, ?, ?, ?)')
    .run(REGISTER_ID, ctx.now(), session.staffId, input.floatCents);
  // The float is cash the books must know: what the cash book does not hold yet came from outside.
  const missing = input.floatCents - accountBalance(ctx, accountId(ctx, 'cash'));
  if (missing > 0) {
    post(ctx, {
      text: postingText(ctx, 'floatDeposit', { shift: Number(lastInsertRowid) }), sourceType: 'counter.floatDeposit', sourceId: Number(lastInsertRowid),
      lines: [{ account: 'cash', amountCents: missing }, { account: 'ownerDeposit', amountCents: -missing }],
    });
  }
  ctx.audit('shift.open', `shift:${lastInsertRowid}`, undefined, { floatCents: input.floatCents });
  return currentShift(ctx)!;
}

export function cashMove(ctx: Ctx, input: ParsedInput<'shift.cashMove'>): { id: number } {
  const session = requireSession(ctx);
  const shift = requireOpenShift(ctx);
  const rule = CASH_REASONS[input.reason];
  if (rule.direction !== input.direction) {
    throw new AppError('VALIDATION', `"${input.reason}" moves cash ${rule.direction}.`, { details: { reason: 'cashReasonDirection' } });
  }
  if (input.direction === 'out') {
    const expected = buildShiftReport(ctx, shift.id, 'X').expectedCashCents;
    if (input.amountCents > expected) {
      throw new AppError('CONFLICT', 'There is not that much cash in the drawer.', { details: { reason: 'notEnoughCash', expectedCents: expected } });
    }
  }
  const signed = input.direction === 'in' ? input.amountCents : -input.amountCents;
  const { sell } = translations[shopLanguage(ctx)];
  const entryId = post(ctx, {
    text: postingText(ctx, 'cashMove', {
      direction: sell.cashMove[input.direction], reason: sell.cashMove.reasons[input.reason], note: input.note ? ` – ${input.note}` : '',
    }),
    sourceType: 'counter.cashMove',
    lines: [{ account: 'cash', amountCents: signed }, { account: rule.account, amountCents: -signed }],
  });
  const { lastInsertRowid } = ctx.db.prepare(
    'INSERT INTO cash_moves (shift_id, direction, amount_cents, reason, note, at, staff_id, journal_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(shift.id, input.direction, input.amountCents, input.reason, input.note, ctx.now(), session.staffId, entryId);
  ctx.audit('shift.cashMove', `shift:${shift.id}`, undefined, { direction: input.direction, amountCents: input.amountCents, reason: input.reason });
  return { id: Number(lastInsertRowid) };
}

export function xReport(ctx: Ctx): ShiftReport {
  return buildShiftReport(ctx, requireOpenShift(ctx).id, 'X');
}

export function close(ctx: Ctx, input: ParsedInput<'shift.close'>): ShiftReport {
  const session = requireSession(ctx);
  const shift = requireOpenShift(ctx);
  const counted = input.counted.filter((c) => c.count > 0);
  const countedCashCents = counted.reduce((a, c) => a + c.denominationCents * c.count, 0);
  const draft = buildShiftReport(ctx, shift.id, 'Z');
  const differenceCents = countedCashCents - draft.expectedCashCents;
  if (differenceCents !== 0) {
    post(ctx, {
      text: postingText(ctx, 'cashDifference', { shift: shift.id }),
      sourceType: 'counter.cashDifference',
      sourceId: shift.id,
      lines: [{ account: 'cash', amountCents: differenceCents }, { account: 'cashDifference', amountCents: -differenceCents }],
    });
  }
  const zNumber = takeNumber(ctx.db, `z:${shift.register_id}`);
  ctx.db.prepare('UPDATE shifts SET closed_at = ?, closed_by = ? WHERE id = ?').run(ctx.now(), session.staffId, shift.id);
  const report: ShiftReport = {
    ...buildShiftReport(ctx, shift.id, 'Z'), zNumber, countedCashCents, differenceCents,
    counted: counted.sort((a, b) => b.denominationCents - a.denominationCents),
  };
  ctx.db.prepare('INSERT INTO z_reports (shift_id, register_id, z_number, closed_at, report) VALUES (?, ?, ?, ?, ?)')
    .run(shift.id, shift.register_id, zNumber, ctx.now(), JSON.stringify(report));
  ctx.audit('shift.close', `shift:${shift.id}`, undefined, { zNumber, expectedCashCents: report.expectedCashCents, countedCashCents, differenceCents });
  return report;
}

export function zReport(ctx: Ctx, id: number): ShiftReport {
  const row = ctx.db.prepare('SELECT report FROM z_reports WHERE id = ?').pluck().get(id) as string | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'There is no such Z report.', { details: { reason: 'zReportNotFound' } });
  return JSON.parse(row) as ShiftReport;
}

export function zReports(ctx: Ctx, limit: number) {
  return (ctx.db.prepare('SELECT id, z_number, closed_at, report FROM z_reports ORDER BY id DESC LIMIT ?').all(limit) as
    { id: number; z_number: number; closed_at: string; report: string }[])
    .map((r) => {
      const report = JSON.parse(r.report) as ShiftReport;
      return { id: r.id, zNumber: r.z_number, closedAt: r.closed_at, salesTotalCents: report.salesTotalCents, differenceCents: report.differenceCents ?? 0 };
    });
}

/** Shifts per register: float, cash in/out, X report at any time, close with a count and a Z report. */
import { z } from '../zod-setup';
import type { VatBucket } from '../pricing';
import { channel } from './define';
import { empty, id, optionalText } from './fields';
import type { PaymentMethod } from './sell';

export const CASH_MOVE_REASONS = ['bankDeposit', 'changeFromBank', 'pettyExpense', 'ownerWithdrawal', 'ownerDeposit'] as const;
export type CashMoveReason = (typeof CASH_MOVE_REASONS)[number];

/** Euro notes and coins in cents, for counting the drawer. */
export const EUR_DENOMINATIONS = [50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1] as const;

export interface ShiftInfo {
  id: number;
  registerId: number;
  registerName: string;
  openedAt: string;
  openedBy: string;
  floatCents: number;
}

export interface ShiftReport {
  kind: 'X' | 'Z';
  zNumber: number | null;
  shiftId: number;
  registerName: string;
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  closedBy: string | null;
  currency: string;
  floatCents: number;
  receiptCount: number;
  salesCount: number;
  returnsCount: number;
  voidsCount: number;
  salesTotalCents: number;
  returnsTotalCents: number;
  voidsTotalCents: number;
  discountCents: number;
  vouchersSoldCents: number;
  byTender: { method: PaymentMethod; amountCents: number }[];
  byVat: VatBucket[];
  cashInCents: number;
  cashOutCents: number;
  expectedCashCents: number;
  countedCashCents: number | null;
  differenceCents: number | null;
  counted: { denominationCents: number; count: number }[] | null;
}

export const shiftContract = {
  'shift.current': channel<ShiftInfo | null>()({ input: empty, access: 'counter.sell' }),
  'shift.open': channel<ShiftInfo>()({
    input: z.strictObject({ floatCents: z.int().min(0).max(10_000_000) }),
    access: 'counter.sell',
    changes: ['shift', 'ledger'],
  }),
  'shift.cashMove': channel<{ id: number }>()({
    input: z.strictObject({
      direction: z.enum(['in', 'out']),
      amountCents: z.int().min(1).max(10_000_000),
      reason: z.enum(CASH_MOVE_REASONS),
      note: optionalText(200).default(''),
    }),
    access: 'counter.sell',
    changes: ['shift', 'ledger'],
  }),
  'shift.xReport': channel<ShiftReport>()({ input: empty, access: 'counter.sell' }),
  'shift.close': channel<ShiftReport>()({
    input: z.strictObject({
      counted: z.array(z.strictObject({ denominationCents: z.int().min(1).max(100_000), count: z.int().min(0).max(100_000) })).max(30),
      note: optionalText(200).default(''),
    }),
    access: 'counter.sell',
    changes: ['shift', 'ledger'],
  }),
  'shift.zReport.get': channel<ShiftReport>()({ input: z.strictObject({ id }), access: 'counter.sell' }),
  'shift.zReport.list': channel<{ id: number; zNumber: number; closedAt: string; salesTotalCents: number; differenceCents: number }[]>()({
    input: z.strictObject({ limit: z.int().min(1).max(200).default(30) }),
    access: 'counter.sell',
  }),
};

import type { Handlers } from '../../core/registry';
import { balanceSheet } from './balance-sheet';
import { generalLedger } from './general-ledger';
import { profitAndLoss } from './profit-and-loss';
import { trialBalance } from './trial-balance';
import { vatReport } from './vat';

export const reportsHandlers = {
  'reports.trialBalance': (input, ctx) => trialBalance(ctx, input),
  'reports.generalLedger': (input, ctx) => generalLedger(ctx, input),
  'reports.profitAndLoss': (input, ctx) => profitAndLoss(ctx, input),
  'reports.balanceSheet': (input, ctx) => balanceSheet(ctx, input.date),
  'reports.vat': (input, ctx) => vatReport(ctx, input),
} satisfies Partial<Handlers>;

import type { Handlers } from '../../core/registry';
import * as accounts from './accounts';
import { cashBook } from './cash-book';
import * as journal from './journal';
import { closeYear, lockPeriod, periodStatus } from './periods';

export const ledgerHandlers = {
  'ledger.accounts': (_input, ctx) => accounts.accountTree(ctx),
  'ledger.accountOptions': (_input, ctx) => accounts.listAccounts(ctx),
  'ledger.account.create': (input, ctx) => accounts.createAccount(ctx, input),
  'ledger.account.update': (input, ctx) => accounts.updateAccount(ctx, input),
  'ledger.account.retire': (input, ctx) => accounts.setRetired(ctx, input.id, true),
  'ledger.account.reactivate': (input, ctx) => accounts.setRetired(ctx, input.id, false),
  'ledger.chart.switch': (input, ctx) => accounts.switchChart(ctx, input.chart),
  'ledger.journal': (input, ctx) => journal.journalPage(ctx, input),
  'ledger.entry': (input, ctx) => journal.entryDetail(ctx, input.id),
  'ledger.postManual': (input, ctx) => journal.postManual(ctx, input),
  'ledger.recordExpense': (input, ctx) => journal.recordExpense(ctx, input),
  'ledger.reverse': (input, ctx) => journal.reverse(ctx, input),
  'ledger.attach': (input, ctx) => journal.attach(ctx, input.entryId, input.attachment),
  'ledger.receipt': (input, ctx) => journal.sourceReceipt(ctx, input.entryId),
  'ledger.attachment': (input, ctx) => journal.attachment(ctx, input.id),
  'ledger.cashBook': (input, ctx) => cashBook(ctx, input),
  'ledger.periods': (_input, ctx) => periodStatus(ctx),
  'ledger.lock': (input, ctx) => lockPeriod(ctx, input.lockDate),
  'ledger.closeYear': (input, ctx) => closeYear(ctx, input.year),
} satisfies Partial<Handlers>;

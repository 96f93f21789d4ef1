import type { Handlers } from '../../core/registry';
import { requireSession } from '../../core/context';
import { alteredEntries, unbalancedEntries } from '../ledger/service';
import { alteredMoves } from '../stock/service';
import { readSetting, writeSetting } from '../settings/app-settings';
import { approve } from './approvals';
import { verifyChain } from './chain';
import { checkout, voucherBalance } from './checkout';
import { lookup, productDraft } from './lookup';
import { listParked, park, recall } from './parked';
import { loadReceipt, recentReceipts, reprint, saleIdByNumber } from './receipts';
import { returnSale, voidSale } from './returns';
import * as shift from './shift';
import { formatReceiptNumber } from './shift-state';

export const counterHandlers = {
  'counter.lookup': (input, ctx) => lookup(ctx, input.code),
  'counter.product': (input, ctx) => productDraft(ctx, input.productId),
  'counter.approve': (input, ctx) => approve(ctx, input.pin, input.action),
  'counter.park': (input, ctx) => park(ctx, input),
  'counter.parked.list': (_input, ctx) => listParked(ctx),
  'counter.parked.recall': (input, ctx) => recall(ctx, input.id),
  'counter.checkout': (input, ctx) => checkout(ctx, input),
  'counter.receipt.get': (input, ctx) => loadReceipt(ctx, 'id' in input ? input.id : saleIdByNumber(ctx, input.number)),
  'counter.receipt.reprint': (input, ctx) => reprint(ctx, input.id),
  'counter.receipt.recent': (input, ctx) => recentReceipts(ctx, input.limit),
  'counter.return': (input, ctx) => returnSale(ctx, input),
  'counter.void': (input, ctx) => voidSale(ctx, input),
  'counter.voucher.check': (input, ctx) => ({ code: input.code, balanceCents: voucherBalance(ctx, input.code) }),
  'counter.verify': (_input, ctx) => {
    const chain = verifyChain(ctx.db, formatReceiptNumber);
    const integrity = ctx.db.pragma('integrity_check') as { integrity_check: string }[];
    const references = ctx.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    const problems = [
      ...integrity.filter((r) => r.integrity_check !== 'ok').map((r) => ({ number: 'database', problem: r.integrity_check })),
      ...references.map((r) => ({ number: `${r.table} ${r.rowid}`, problem: `points at a missing ${r.parent} record` })),
      ...chain.problems,
      ...unbalancedEntries(ctx).map((e) => ({ number: `journal ${e.number}`, problem: `entry does not balance (off by ${e.sum} cents)` })),
      ...alteredEntries(ctx).map((e) => ({ number: `journal ${e.number}`, problem: 'entry or its lines changed after posting (hash chain)' })),
      ...alteredMoves(ctx).map((m) => ({ number: `stock move ${m.id}`, problem: 'changed after posting (hash chain)' })),
    ];
    return { receipts: chain.receipts, ok: problems.length === 0, problems };
  },
  'counter.settings.get': (_input, ctx) => readSetting(ctx.db, 'counter'),
  'counter.settings.update': (input, ctx) => {
    requireSession(ctx);
    const before = readSetting(ctx.db, 'counter');
    writeSetting(ctx.db, 'counter', input);
    ctx.audit('counter.settings.update', 'counter', before, input);
    return readSetting(ctx.db, 'counter');
  },
  'shift.current': (_input, ctx) => shift.currentShift(ctx),
  'shift.open': (input, ctx) => shift.open(ctx, input),
  'shift.cashMove': (input, ctx) => shift.cashMove(ctx, input),
  'shift.xReport': (_input, ctx) => shift.xReport(ctx),
  'shift.close': (input, ctx) => shift.close(ctx, input),
  'shift.zReport.get': (input, ctx) => shift.zReport(ctx, input.id),
  'shift.zReport.list': (input, ctx) => shift.zReports(ctx, input.limit),
} satisfies Partial<Handlers>;

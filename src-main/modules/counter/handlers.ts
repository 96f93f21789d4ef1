import type { Handlers } from '../../core/registry';
import { AppError } from '../../core/errors';

const notYet = (): never => {
  throw new AppError('NOT_FOUND', 'not implemented yet');
};

export const counterHandlers = {
  'counter.lookup': notYet,
  'counter.product': notYet,
  'counter.approve': notYet,
  'counter.park': notYet,
  'counter.parked.list': notYet,
  'counter.parked.recall': notYet,
  'counter.checkout': notYet,
  'counter.receipt.get': notYet,
  'counter.receipt.reprint': notYet,
  'counter.receipt.recent': notYet,
  'counter.return': notYet,
  'counter.void': notYet,
  'counter.voucher.check': notYet,
  'counter.verify': notYet,
  'counter.settings.get': notYet,
  'counter.settings.update': notYet,
  'shift.current': notYet,
  'shift.open': notYet,
  'shift.cashMove': notYet,
  'shift.xReport': notYet,
  'shift.close': notYet,
  'shift.zReport.get': notYet,
  'shift.zReport.list': notYet,
} satisfies Partial<Handlers>;

import type { Handlers } from '../../core/registry';
import { AppError } from '../../core/errors';

const notYet = (): never => {
  throw new AppError('NOT_FOUND', 'not implemented yet');
};

export const catalogueHandlers = {
  'catalogue.search': notYet,
  'catalogue.quickKeys.get': notYet,
  'catalogue.product.get': notYet,
} satisfies Partial<Handlers>;

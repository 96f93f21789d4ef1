/**
 * The one place feedback checks a customer, through the customers module. Inactive customers are
 * allowed: a former customer's complaint still counts. The item query joins the name for display.
 */
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { requireCustomer } from '../customers/records';

export function assertCustomer(ctx: Ctx, customerId: number): void {
  try {
    requireCustomer(ctx, customerId, { allowInactive: true });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    throw new AppError('NOT_FOUND', `There is no customer ${customerId}.`, { details: { reason: 'feedbackCustomerUnknown', customerId } });
  }
}

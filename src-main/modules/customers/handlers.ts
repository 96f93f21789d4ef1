/** The customers channels: thin wrappers over the services (each runs in the registry's one transaction). */
import type { Handlers } from '../../core/registry';
import { recordPayment } from './account';
import { customerHistory, customerStatement } from './history';
import { createCustomer, getCustomer, setCustomerActive, updateCustomer } from './records';
import { duplicateCustomers, listCustomers, searchCustomers } from './search';

export const customersHandlers = {
  'customers.search': (input, ctx) => searchCustomers(ctx, input),
  'customers.list': (input, ctx) => listCustomers(ctx, input),
  'customers.get': (input, ctx) => getCustomer(ctx, input.id),
  'customers.duplicates': (input, ctx) => duplicateCustomers(ctx, input),
  'customers.create': (input, ctx) => createCustomer(ctx, input),
  'customers.update': (input, ctx) => updateCustomer(ctx, input),
  'customers.setActive': (input, ctx) => setCustomerActive(ctx, input.id, input.active),
  'customers.history': (input, ctx) => customerHistory(ctx, input.id, input.limit),
  'customers.statement': (input, ctx) => customerStatement(ctx, input.id, input),
  'customers.payment.record': (input, ctx) => recordPayment(ctx, input),
} satisfies Partial<Handlers>;

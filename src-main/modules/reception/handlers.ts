/** The reception's channels: thin wrappers over the services (each runs in the registry's one transaction). */
import type { Handlers } from '../../core/registry';
import { handOver } from './handover';
import { openJobs } from './open-jobs';
import { receptionTicket, takeIn } from './take-in';

export const receptionHandlers = {
  'reception.takeIn': (input, ctx) => takeIn(ctx, input),
  'reception.ticket': (input, ctx) => receptionTicket(ctx, input.workOrderId),
  'reception.open': (input, ctx) => openJobs(ctx, input),
  'reception.handOver': (input, ctx) => handOver(ctx, input),
} satisfies Partial<Handlers>;

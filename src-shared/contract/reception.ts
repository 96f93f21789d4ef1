/**
 * Reception at the counter: customer orders and service jobs taken in (a work order of the
 * production module) with an optional deposit, printed as a job ticket and a customer copy; the
 * counter's list of open work; and the handover, which bills the rest as a normal receipt with
 * the deposit deducted. Deposits are a liability until handover; their VAT is due when received.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { id, optionalText, requiredText } from './fields';
import { day } from './ledger';
import type { OpenWorkOrderStatus } from './production.types';
import type { Receipt } from './sell';

export const DEPOSIT_METHODS = ['cash', 'card'] as const;
export type DepositMethod = (typeof DEPOSIT_METHODS)[number];

const cents = z.int().min(1).max(100_000_000);

/** What the job ticket and the customer copy print. */
export interface ReceptionTicket {
  workOrderId: number;
  number: number;
  kind: 'customerOrder' | 'serviceJob';
  title: string;
  fault: string;
  customerId: number;
  customerName: string;
  customerPhone: string;
  priceCents: number | null;
  priceIsEstimate: boolean;
  promisedOn: string | null;
  receivedAt: string;
  staffName: string;
  deposit: { amountCents: number; method: DepositMethod; rateBasisPoints: number; netCents: number; vatCents: number } | null;
  company: { name: string; address: string; phone: string; vatId: string };
}

export interface ReceptionOpenJob {
  id: number;
  number: number;
  kind: 'customerOrder' | 'serviceJob';
  status: OpenWorkOrderStatus;
  title: string;
  customerName: string | null;
  promisedOn: string | null;
  daysLate: number;
  priceCents: number | null;
  priceIsEstimate: boolean;
  /** Deposits paid and not yet settled, gross. */
  depositCents: number;
  counterNotes: { at: string; text: string }[];
}

export const receptionContract = {
  /** Takes a customer order or service job in; a deposit is booked at once (liability + VAT). */
  'reception.takeIn': channel<ReceptionTicket>()({
    input: z.strictObject({
      kind: z.enum(['customerOrder', 'serviceJob']),
      customerId: id,
      title: requiredText(200),
      fault: optionalText(2000).default(''),
      priceCents: z.int().min(0).max(100_000_000).nullable().default(null),
      priceIsEstimate: z.boolean().default(false),
      promisedOn: day.nullable().default(null),
      deposit: z.strictObject({ amountCents: cents, method: z.enum(DEPOSIT_METHODS) }).nullable().default(null),
      /** The VAT rate of the work (and so of its deposit); default: the standard rate. */
      vatRateId: id.nullable().default(null),
    }),
    access: 'counter.sell',
    changes: ['production', 'ledger', 'shift'],
  }),
  /** The ticket again, for a reprint. */
  'reception.ticket': channel<ReceptionTicket>()({ input: z.strictObject({ workOrderId: id }), access: 'counter.sell' }),
  /** Open customer orders and service jobs with their status and the deposit paid. */
  'reception.open': channel<ReceptionOpenJob[]>()({
    input: z.strictObject({ search: optionalText(100).default('') }),
    access: 'counter.sell',
  }),
  /**
   * Hands a ready order over and bills it: a receipt with the price, minus the deposit, and the
   * rest paid now. `finalPriceCents` is needed when the price was an estimate or none was agreed.
   * Free work (price 0, no deposit) is handed over without a receipt: null.
   */
  'reception.handOver': channel<Receipt | null>()({
    input: z.strictObject({
      workOrderId: id,
      finalPriceCents: z.int().min(0).max(100_000_000).nullable().default(null),
      payments: z.array(z.strictObject({ method: z.enum(DEPOSIT_METHODS), amountCents: z.int().min(0).max(100_000_000) })).max(4),
      note: optionalText(500).default(''),
    }),
    access: 'counter.sell',
    changes: ['production', 'sales', 'shift', 'stock', 'ledger', 'customers'],
  }),
};

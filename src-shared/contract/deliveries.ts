/**
 * Outgoing deliveries: goods sent to a customer with a delivery note (A4 PDF). A delivery is its
 * own document — recipient, optional reference (the customer's order number), the location the
 * goods leave from, a planned day and lines — and moves only forward:
 * planned → packed → shipped → delivered; planned or packed → cancelled (with a reason).
 * The stock leaves at "shipped". Quantities are integer thousandths (1 piece = 1000).
 * Customer orders (a later issue) will link to a delivery; until then `customerOrderId` is null.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { countryCode, id, optionalText, requiredText } from './fields';
import { day } from './ledger';
import { positiveQuantity } from './stock';

const offset = z.int().min(0).max(100_000_000).default(0);
const limit = z.int().min(1).max(500).default(100);

export const DELIVERY_STATUSES = ['planned', 'packed', 'shipped', 'delivered', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryRecipient {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  /** A person to ask for at the door; may be empty. */
  contact: string;
  phone: string;
}

export interface DeliveryLine {
  position: number;
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  quantity: number;
  /** On hand now in the delivery's location (before shipping: is there enough to pack?). */
  onHand: number;
}

export interface DeliverySummary {
  id: number;
  number: number;
  status: DeliveryStatus;
  recipientName: string;
  recipientCity: string;
  reference: string;
  locationId: number;
  locationName: string;
  plannedOn: string;
  createdAt: string;
  /** When the goods left (and the stock moves were written); null before. */
  shippedAt: string | null;
  lineCount: number;
}

export interface DeliveryEvent {
  at: string;
  status: DeliveryStatus;
  staffName: string | null;
  note: string;
}

export interface Delivery extends DeliverySummary {
  recipient: DeliveryRecipient;
  note: string;
  /** The customer order this delivery belongs to (customer orders come later); null until then. */
  customerOrderId: number | null;
  lines: DeliveryLine[];
  /** Every status change with who and why, oldest first (the first is "planned" at creation). */
  events: DeliveryEvent[];
}

const recipient = z.strictObject({
  name: requiredText(120),
  street: requiredText(120),
  postalCode: requiredText(20),
  city: requiredText(80),
  countryCode: countryCode.default('DE'),
  contact: optionalText(120).default(''),
  phone: optionalText(60).default(''),
});

const deliveryFields = {
  recipient,
  /** Free text: the customer's order number or our order reference. */
  reference: optionalText(60).default(''),
  /** Where the goods leave from. */
  locationId: id,
  plannedOn: day,
  note: optionalText(1000).default(''),
  lines: z.array(z.strictObject({ productId: id, quantity: positiveQuantity })).min(1).max(500),
};

const statusChange = z.strictObject({ id, note: optionalText(500).default('') });

export const deliveriesContract = {
  'deliveries.list': channel<{ deliveries: DeliverySummary[]; total: number }>()({
    input: z.strictObject({
      status: z.enum([...DELIVERY_STATUSES, 'all']).default('all'),
      /** Number, recipient, city or reference. */
      search: optionalText(100).default(''),
      offset,
      limit,
    }),
    access: 'backoffice.access',
  }),
  'deliveries.get': channel<Delivery>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),
  /** A new planned delivery; its number is taken now (gap-free series 'delivery'). */
  'deliveries.create': channel<Delivery>()({
    input: z.strictObject(deliveryFields),
    access: 'stock.manage',
    changes: ['deliveries'],
  }),
  /** Only a planned delivery can be changed; its lines are replaced. */
  'deliveries.update': channel<Delivery>()({
    input: z.strictObject({ id, ...deliveryFields }),
    access: 'stock.manage',
    changes: ['deliveries'],
  }),
  /** planned → packed: the lines are final from now on. */
  'deliveries.pack': channel<Delivery>()({ input: statusChange, access: 'stock.manage', changes: ['deliveries'] }),
  /** packed → shipped: one stock move per line takes the goods out of the delivery's location. */
  'deliveries.ship': channel<Delivery>()({ input: statusChange, access: 'stock.manage', changes: ['deliveries', 'stock'] }),
  /** shipped → delivered. */
  'deliveries.deliver': channel<Delivery>()({ input: statusChange, access: 'stock.manage', changes: ['deliveries'] }),
  /** planned or packed → cancelled, with the reason; kept, never deleted. */
  'deliveries.cancel': channel<Delivery>()({
    input: z.strictObject({ id, reason: requiredText(500) }),
    access: 'stock.manage',
    changes: ['deliveries'],
  }),
  /**
   * The delivery note as an A4 PDF, in the shop's language. A task because the PDF is drawn
   * asynchronously; the data is read in one transaction first.
   */
  'deliveries.pdf': channel<{ fileName: string; base64: string }>()({
    input: z.strictObject({ id }),
    access: 'backoffice.access',
    task: true,
  }),
};

/**
 * Feedback and improvement: what customers say at the counter (complaints, wishes, lost sales,
 * questions) reaches the back office, is worked on along a fixed status flow, and the resolution
 * shows at the counter again. Items are never deleted; every change is an appended event.
 * Quantities are integer thousandths (1 piece = 1000), money integer cents.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { empty, id, optionalText } from './fields';
import { day } from './ledger';

export const FEEDBACK_KINDS = ['complaint', 'wish', 'lostSale', 'question'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_STATUSES = ['new', 'inReview', 'actionPlanned', 'done', 'declined'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const OPEN_FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['new', 'inReview', 'actionPlanned'];
/** Reaching these needs a resolution text: the counter shows it. */
export const FINAL_FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['done', 'declined'];

/**
 * Where a status may go next. Forward only, except that a final item (done, declined) may be
 * reopened to review — with a note saying why — when the problem comes back; nothing skips review.
 */
export const FEEDBACK_FLOW: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  new: ['inReview'],
  inReview: ['actionPlanned', 'done', 'declined'],
  actionPlanned: ['done', 'declined'],
  done: ['inReview'],
  declined: ['inReview'],
};

export const canMove = (from: FeedbackStatus, to: FeedbackStatus) => FEEDBACK_FLOW[from].includes(to);
export const isReopening = (from: FeedbackStatus, to: FeedbackStatus) => FINAL_FEEDBACK_STATUSES.includes(from) && to === 'inReview';

export interface FeedbackItem {
  id: number;
  kind: FeedbackKind;
  /** What was said; for a wish or lost sale without a product, the item asked for. */
  text: string;
  productId: number | null;
  productName: string | null;
  sku: string | null;
  /** The product's unit (null without a product: quantities then count pieces). */
  unit: 'piece' | 'kg' | null;
  saleId: number | null;
  receiptNumber: string | null;
  customerId: number | null;
  customerName: string | null;
  /** Lost sales only: how much the customer wanted (thousandths) and its estimated value. */
  quantity: number | null;
  valueCents: number | null;
  recordedAt: string;
  /** The shop's local day of recordedAt (periods and charts count by it). */
  recordedOn: string;
  recordedByName: string;
  status: FeedbackStatus;
  ownerId: number | null;
  ownerName: string | null;
  resolution: string;
  updatedAt: string;
}

export interface FeedbackEvent {
  id: number;
  at: string;
  staffName: string;
  /** Null for the event that recorded the item. */
  fromStatus: FeedbackStatus | null;
  toStatus: FeedbackStatus;
  ownerName: string | null;
  resolution: string;
  note: string;
}

export interface FeedbackDetail extends FeedbackItem {
  events: FeedbackEvent[];
}

export type KindCounts = Record<FeedbackKind, number>;

/** One product (or everything without a product) on the board, with its items. */
export interface FeedbackGroup {
  productId: number | null;
  productName: string | null;
  sku: string | null;
  counts: KindCounts;
  total: number;
  open: number;
  lostQuantity: number;
  lostValueCents: number;
  /** By kind, then newest first. */
  items: FeedbackItem[];
}

export interface FeedbackBoard {
  groups: FeedbackGroup[];
  total: number;
  counts: KindCounts;
  statusCounts: Record<FeedbackStatus, number>;
  /** More items matched than the board lists (the newest are listed). */
  truncated: boolean;
}

/** What the counter shows for the product on screen and the customer of the sale. */
export interface FeedbackHintData {
  productId: number | null;
  customerId: number | null;
  /** Wishes and lost sales for the product, all time. */
  asked: number;
  complaints: number;
  /** Items for the product or customer still being worked on. */
  open: number;
  /** Newest first: what was decided (or planned) for this product or customer. */
  resolutions: { itemId: number; kind: FeedbackKind; status: FeedbackStatus; resolution: string; at: string; about: 'product' | 'customer' }[];
}

export interface ChartBar {
  productId: number | null;
  /** The product's name, or the free text asked for; null: complaints without a product. */
  label: string | null;
  count: number;
}

export interface FeedbackCharts {
  topComplaints: ChartBar[];
  /** Wishes and lost sales together, by product or by free text (case and spaces ignored). */
  mostAsked: (ChartBar & { quantity: number })[];
  /** Every week (starting Monday) or month of the range, empty ones included. */
  lostValue: { start: string; valueCents: number; count: number }[];
}

export interface FeedbackOwner {
  id: number;
  name: string;
}

const nonNegativeQuantity = z.int().min(0).max(1_000_000_000);
const nonNegativeCents = z.int().min(0).max(100_000_000_00);
const period = {
  /** Recorded on or after this local day. */
  from: day.nullable().default(null),
  /** Recorded on or before this local day. */
  to: day.nullable().default(null),
};

export const feedbackContract = {
  /** At the counter: one step, every cashier. */
  'feedback.record': channel<FeedbackItem>()({
    input: z.strictObject({
      kind: z.enum(FEEDBACK_KINDS),
      /** Required for complaints and questions; a wish or lost sale needs a product or a text. */
      text: optionalText(1000).default(''),
      productId: id.nullable().default(null),
      /** As printed on the receipt ("1-000042"); empty: none. */
      receiptNumber: optionalText(40).default(''),
      customerId: id.nullable().default(null),
      /** Lost sales only; default one piece (1000). */
      quantity: nonNegativeQuantity.nullable().default(null),
      /** Lost sales only; default the product's price × quantity. */
      valueCents: nonNegativeCents.nullable().default(null),
    }),
    access: 'counter.sell',
    changes: ['feedback'],
  }),
  'feedback.board': channel<FeedbackBoard>()({
    input: z.strictObject({
      /** 'open': new, in review or action planned. */
      status: z.enum([...FEEDBACK_STATUSES, 'open', 'all']).default('open'),
      kind: z.enum([...FEEDBACK_KINDS, 'all']).default('all'),
      ...period,
    }),
    access: 'backoffice.access',
  }),
  'feedback.get': channel<FeedbackDetail>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),
  /** Status, owner and resolution at once; one event is appended when anything changed. */
  'feedback.update': channel<FeedbackDetail>()({
    input: z.strictObject({
      id,
      status: z.enum(FEEDBACK_STATUSES),
      ownerId: id.nullable(),
      resolution: optionalText(1000).default(''),
      note: optionalText(500).default(''),
    }),
    access: 'feedback.manage',
    changes: ['feedback'],
  }),
  'feedback.owners': channel<FeedbackOwner[]>()({ input: empty, access: 'backoffice.access' }),
  'feedback.counterHint': channel<FeedbackHintData>()({
    input: z.strictObject({ productId: id.nullable().default(null), customerId: id.nullable().default(null) }),
    access: 'counter.sell',
  }),
  'feedback.charts': channel<FeedbackCharts>()({
    input: z.strictObject({ from: day, to: day, bucket: z.enum(['week', 'month']).default('week') })
      .refine((p) => p.from <= p.to, { message: 'from after to', path: ['to'] }),
    access: 'backoffice.access',
  }),
};

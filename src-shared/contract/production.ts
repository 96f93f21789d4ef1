/**
 * Production and workshop: work orders (for stock, customer orders, service jobs) moving along
 * received → inProgress ↔ waitingForParts → ready → handedOver (or cancelled with a reason), with
 * an assignee, append-only notes (some visible at the counter), time entries and materials booked
 * from stock; bills of materials (versioned) and production documents that consume the components
 * and add the finished goods at their rolled-up cost. Types: production.types.ts.
 */
import { z } from '../zod-setup';
import { channel } from './define';
import { empty, id, optionalText, requiredText } from './fields';
import { day } from './ledger';
import type {
  Assignee, Bom, BomSummary, BomVersion, CounterWorkOrder, Production, ProductionPreview, ProductionSummary, WorkOrderBoard, WorkOrderCard, WorkOrderDetail,
} from './production.types';
import { WORK_ORDER_KINDS, WORK_ORDER_STATUSES } from './production.types';
import { positiveQuantity, quantity } from './stock';

export * from './production.types';

const offset = z.int().min(0).max(100_000_000).default(0);
const limit = z.int().min(1).max(500).default(100);
/** An agreed price or estimate: whole cents up to a million euros. */
const priceCents = z.int().min(0).max(100_000_000);
/**
 * Quantities in BOMs and productions stay well inside exact integer arithmetic:
 * components × units produced ÷ output is computed on safe integers (checked again in the core).
 */
const productionQuantity = positiveQuantity.max(100_000_000);

/** The details a work order carries; the reception at the counter creates orders with the same fields. */
const workOrderFields = {
  title: requiredText(200),
  /** The fault as the customer described it (service jobs); may be empty. */
  fault: optionalText(2000).default(''),
  /** Customers come from the customers module; null: no customer (production for stock, walk-in). */
  customerId: id.nullable().default(null),
  priceCents: priceCents.nullable().default(null),
  /** The price is an estimate, not an agreed price. */
  priceIsEstimate: z.boolean().default(false),
  promisedOn: day.nullable().default(null),
  /** The product to make and how many (thousandths); required for production for stock. */
  productId: id.nullable().default(null),
  quantity: productionQuantity.nullable().default(null),
};

type ProductFields = { kind?: string; productId: number | null; quantity: number | null };
const productAndQuantity = (w: ProductFields) => (w.productId === null) === (w.quantity === null);

export const workOrderInput = z.strictObject({
  kind: z.enum(WORK_ORDER_KINDS),
  ...workOrderFields,
  assigneeId: id.nullable().default(null),
}).refine(productAndQuantity, { message: 'a product needs a quantity, and a quantity a product', path: ['quantity'] })
  .refine((w) => w.kind !== 'stock' || w.productId !== null, { message: 'production for stock needs the product to make', path: ['productId'] });

const components = z.array(z.strictObject({ productId: id, quantity: productionQuantity })).min(1).max(200);

export const productionContract = {
  /** The board: open work orders, soonest promised first; late ones say by how many days. */
  'production.workOrders.board': channel<WorkOrderBoard>()({
    input: z.strictObject({ assigneeId: id.nullable().default(null), kind: z.enum(WORK_ORDER_KINDS).nullable().default(null) }),
    access: 'backoffice.access',
  }),
  /** Every work order, closed ones too (they are never deleted), newest first. */
  'production.workOrders.list': channel<{ rows: WorkOrderCard[]; total: number }>()({
    input: z.strictObject({
      status: z.enum(['open', 'closed', 'all']).default('all'),
      kind: z.enum(WORK_ORDER_KINDS).nullable().default(null),
      /** Number, title or fault. */
      search: optionalText(100).default(''),
      offset,
      limit,
    }),
    access: 'backoffice.access',
  }),
  /** One work order; staff without back-office access (the counter) get only what the counter may see. */
  'production.workOrders.get': channel<WorkOrderDetail>()({ input: z.strictObject({ id }), access: 'signedIn' }),
  /** The counter's list: open customer orders and service jobs with the notes meant for the counter. */
  'production.workOrders.counterList': channel<CounterWorkOrder[]>()({
    input: z.strictObject({ search: optionalText(100).default('') }),
    access: 'counter.sell',
  }),
  'production.workOrders.assignees': channel<Assignee[]>()({ input: empty, access: 'backoffice.access' }),
  'production.workOrders.create': channel<WorkOrderDetail>()({ input: workOrderInput, access: 'production.manage', changes: ['production'] }),
  /** Replaces the details (not the kind, status or assignee); each change is an event. */
  'production.workOrders.update': channel<WorkOrderDetail>()({
    input: z.strictObject({ id, ...workOrderFields }).refine(productAndQuantity, { message: 'a product needs a quantity, and a quantity a product', path: ['quantity'] }),
    access: 'production.manage',
    changes: ['production'],
  }),
  'production.workOrders.assign': channel<WorkOrderDetail>()({
    input: z.strictObject({ id, assigneeId: id.nullable(), note: optionalText(500).default('') }),
    access: 'production.manage',
    changes: ['production'],
  }),
  /** One step along the flow; cancelling needs a reason (the note). Handing over a customer's order is the counter's. */
  'production.workOrders.setStatus': channel<WorkOrderDetail>()({
    input: z.strictObject({ id, status: z.enum(WORK_ORDER_STATUSES).exclude(['received']), note: optionalText(500).default('') }),
    access: 'production.manage',
    changes: ['production'],
  }),
  'production.workOrders.addNote': channel<WorkOrderDetail>()({
    input: z.strictObject({ id, text: requiredText(2000), counterVisible: z.boolean().default(false) }),
    access: 'production.manage',
    changes: ['production'],
  }),
  /** Appended; a correction is a negative entry, which needs a reason and may not take the person's time below zero. */
  'production.workOrders.addTime': channel<WorkOrderDetail>()({
    input: z.strictObject({
      id,
      staffId: id,
      workedOn: day,
      minutes: z.int().min(-6000).max(6000).refine((m) => m !== 0, 'not 0'),
      note: optionalText(500).default(''),
    }),
    access: 'production.manage',
    changes: ['production'],
  }),
  /** Material used on the job, taken from a location at its moving-average cost (+); unused material put back (−). */
  'production.workOrders.addMaterials': channel<WorkOrderDetail>()({
    input: z.strictObject({
      id,
      locationId: id,
      note: optionalText(500).default(''),
      lines: z.array(z.strictObject({ productId: id, quantity: quantity.refine((q) => q !== 0, 'not 0') })).min(1).max(200),
    }),
    access: 'production.manage',
    changes: ['production', 'stock'],
  }),

  'production.boms.list': channel<BomSummary[]>()({
    input: z.strictObject({ search: optionalText(100).default('') }),
    access: 'backoffice.access',
  }),
  /** The product's current bill of materials (null: none) and every earlier version. */
  'production.bom.get': channel<{ current: Bom | null; versions: BomVersion[] }>()({
    input: z.strictObject({ productId: id }),
    access: 'backoffice.access',
  }),
  'production.bom.version': channel<Bom>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),
  /** Saves a new version (the earlier one is kept, retired); productions keep what they consumed. */
  'production.bom.save': channel<Bom>()({
    input: z.strictObject({
      productId: id,
      /** How much of the product the components make: 1000 = one piece or one kg. */
      outputQuantity: productionQuantity.default(1000),
      note: optionalText(500).default(''),
      components,
    }),
    access: 'production.manage',
    changes: ['production'],
  }),
  'production.bom.retire': channel<null>()({
    input: z.strictObject({ productId: id }),
    access: 'production.manage',
    changes: ['production'],
  }),
  /** What producing would consume and cost, without writing anything. */
  'production.preview': channel<ProductionPreview>()({
    input: z.strictObject({ productId: id, quantity: productionQuantity, locationId: id }),
    access: 'backoffice.access',
  }),
  /** One production document: components out, the product in at the rolled-up cost; a stock work order is completed. */
  'production.produce': channel<Production>()({
    input: z.strictObject({
      productId: id,
      quantity: productionQuantity,
      locationId: id,
      workOrderId: id.nullable().default(null),
      note: optionalText(500).default(''),
    }),
    access: 'production.manage',
    changes: ['production', 'stock'],
  }),
  'production.list': channel<{ rows: ProductionSummary[]; total: number }>()({
    input: z.strictObject({ productId: id.nullable().default(null), offset, limit }),
    access: 'backoffice.access',
  }),
  'production.get': channel<Production>()({ input: z.strictObject({ id }), access: 'backoffice.access' }),
};

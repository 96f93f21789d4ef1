/**
 * What the production and workshop channels answer: work orders (customer orders, service jobs,
 * production for stock) with their history, notes, time and materials; bills of materials; and
 * production documents. Quantities are integer thousandths (1 piece = 1000), money integer cents.
 */

export const WORK_ORDER_KINDS = ['stock', 'customerOrder', 'serviceJob'] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];

export const WORK_ORDER_STATUSES = ['received', 'inProgress', 'waitingForParts', 'ready', 'handedOver', 'cancelled'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
/** The board's columns: everything not handed over or cancelled. */
export const OPEN_WORK_ORDER_STATUSES = ['received', 'inProgress', 'waitingForParts', 'ready'] as const;
export type OpenWorkOrderStatus = (typeof OPEN_WORK_ORDER_STATUSES)[number];

/**
 * The flow: received → inProgress ↔ waitingForParts → ready → handedOver; cancelled from any state
 * before handedOver (with a reason). Kept here so the board offers exactly the moves the core allows.
 */
export const WORK_ORDER_FLOW: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  received: ['inProgress', 'cancelled'],
  inProgress: ['waitingForParts', 'ready', 'cancelled'],
  waitingForParts: ['inProgress', 'ready', 'cancelled'],
  ready: ['handedOver', 'cancelled'],
  handedOver: [],
  cancelled: [],
};

export interface WorkOrderCard {
  id: number;
  number: number;
  kind: WorkOrderKind;
  status: WorkOrderStatus;
  title: string;
  customerId: number | null;
  customerName: string | null;
  promisedOn: string | null;
  /** Days past the promised date while the work is not ready yet (0: not late). */
  daysLate: number;
  assigneeId: number | null;
  assigneeName: string | null;
  productId: number | null;
  productName: string | null;
  unit: 'piece' | 'kg' | null;
  quantity: number | null;
  priceCents: number | null;
  priceIsEstimate: boolean;
  createdAt: string;
  closedAt: string | null;
}

export interface WorkOrderBoard {
  /** The shop's calendar day the lateness is counted against. */
  today: string;
  /** Open orders, soonest promised first (no date last), then by number. */
  cards: WorkOrderCard[];
}

export interface WorkOrderEvent {
  id: number;
  at: string;
  staffName: string | null;
  /** 'created', 'status' (from → to), 'assigned' (from → to: staff names), 'details' (the changed fields' names in `to`). */
  kind: 'created' | 'status' | 'assigned' | 'details';
  from: string | null;
  to: string | null;
  note: string;
}

export interface WorkOrderNote {
  id: number;
  at: string;
  staffName: string | null;
  text: string;
  /** Shown at the counter (to the staff handing over, and on the counter's list). */
  counterVisible: boolean;
}

export interface WorkOrderTimeEntry {
  id: number;
  staffId: number;
  staffName: string;
  workedOn: string;
  /** Signed: a correction is a negative entry with a reason. */
  minutes: number;
  note: string;
  at: string;
  recordedByName: string | null;
}

export interface WorkOrderMaterial {
  id: number;
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  locationId: number;
  locationName: string;
  /** Signed: + taken from stock for the job, − unused material put back. */
  quantity: number;
  /** Moving-average cost per unit when booked. */
  unitCostCents: number;
  costCents: number;
  at: string;
  staffName: string | null;
  note: string;
}

export interface WorkOrderDetail extends WorkOrderCard {
  fault: string;
  createdByName: string | null;
  /** Staff without back-office access (the counter) see only the notes visible at the counter, and no time or materials. */
  notes: WorkOrderNote[];
  time: WorkOrderTimeEntry[];
  materials: WorkOrderMaterial[];
  events: WorkOrderEvent[];
  totalMinutes: number;
  materialCostCents: number;
  /** Productions posted against this order (kind stock or customerOrder). */
  productions: ProductionSummary[];
}

/** What the counter lists: open customer orders and service jobs, with the notes meant for it. */
export interface CounterWorkOrder {
  id: number;
  number: number;
  kind: 'customerOrder' | 'serviceJob';
  status: OpenWorkOrderStatus;
  title: string;
  customerId: number | null;
  customerName: string | null;
  promisedOn: string | null;
  daysLate: number;
  priceCents: number | null;
  priceIsEstimate: boolean;
  counterNotes: { at: string; text: string }[];
}

export interface Assignee {
  id: number;
  name: string;
  active: boolean;
}

export interface BomComponent {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  /** Thousandths of the component for the BOM's output quantity. */
  quantity: number;
  /** Current moving-average cost per unit of the component. */
  unitCostCents: number;
  /** quantity × cost for the output quantity, rounded to cents. */
  costCents: number;
  /** The component has a bill of materials of its own (a sub-assembly). */
  hasBom: boolean;
}

export interface Bom {
  id: number;
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  version: number;
  /** Thousandths of the product the components make (1000: one piece or one kg). */
  outputQuantity: number;
  note: string;
  createdAt: string;
  createdByName: string | null;
  components: BomComponent[];
  /** Rolled-up cost of one unit of the product at today's component costs. */
  unitCostCents: number;
  /** The product's own moving-average cost now, for comparison. */
  currentCostCents: number;
}

export interface BomSummary {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  version: number;
  outputQuantity: number;
  componentCount: number;
  unitCostCents: number;
}

export interface BomVersion {
  id: number;
  version: number;
  createdAt: string;
  createdByName: string | null;
  retiredAt: string | null;
  note: string;
  componentCount: number;
}

export interface ProductionLine {
  productId: number;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  /** Thousandths consumed. */
  quantity: number;
  unitCostCents: number;
  costCents: number;
  /** In the production's location now (preview) or before the production (posted: null). */
  onHand: number | null;
  /** Preview only: the location has less than needed. */
  short: boolean;
}

export interface ProductionPreview {
  productId: number;
  name: string;
  unit: 'piece' | 'kg';
  bomId: number;
  bomVersion: number;
  locationId: number;
  quantity: number;
  lines: ProductionLine[];
  totalCostCents: number;
  unitCostCents: number;
  /** The product's moving-average cost now and after the production. */
  currentCostCents: number;
  newCostCents: number;
  /** Every component is there in the location in the quantity needed. */
  possible: boolean;
}

export interface ProductionSummary {
  id: number;
  number: number;
  at: string;
  productId: number;
  name: string;
  unit: 'piece' | 'kg';
  quantity: number;
  locationName: string;
  unitCostCents: number;
  totalCostCents: number;
  workOrderId: number | null;
  workOrderNumber: number | null;
  staffName: string | null;
}

export interface Production extends ProductionSummary {
  bomId: number;
  bomVersion: number;
  locationId: number;
  note: string;
  lines: ProductionLine[];
}

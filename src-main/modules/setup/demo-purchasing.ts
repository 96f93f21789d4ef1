/**
 * The demo shop's purchasing: a wholesaler and a coffee roaster with their article numbers,
 * prices, pack sizes and lead times, and minimum/maximum stock on a few products in the shop —
 * some of them below their minimum (one with no supplier), so the low-stock list and the reorder
 * suggestions show something from the first start. Espresso is carried by both suppliers: the
 * roaster is cheaper, so the suggestions pick it.
 */
import type { Ctx } from '../../core/context';

interface DemoSupplier {
  name: string; contactPerson: string; email: string; phone: string; street: string; postalCode: string; city: string;
  vatId: string; customerNumber: string; paymentTermsDays: number;
  /** Demo product name → supplier SKU, net price per piece (cents), pack size (thousandths), lead time (days). */
  products: [string, string, number, number, number][];
}

export const DEMO_SUPPLIERS: DemoSupplier[] = [
  {
    name: 'Großhandel Nord GmbH', contactPerson: 'Jana Peters', email: 'bestellung@grosshandel-nord.example', phone: '040 987654',
    street: 'Hafenstraße 12', postalCode: '20457', city: 'Hamburg', vatId: 'DE298765432', customerNumber: 'K-48213', paymentTermsDays: 14,
    products: [
      ['Espresso 250 g', 'GN-40075', 399, 12000, 2],
      ['Cola 0,5 l', 'GN-10123', 85, 24000, 2],
      ['Bier Pils 0,5 l', 'GN-10125', 68, 20000, 2],
      ['Schokolade Vollmilch 100 g', 'GN-20097', 86, 20000, 3],
      ['Gummibärchen 200 g', 'GN-20099', 68, 12000, 3],
      ['Spülmittel 500 ml', 'GN-30145', 108, 12000, 3],
      ['Küchenrolle 4 Rollen', 'GN-30146', 199, 8000, 3],
    ],
  },
  {
    name: 'Rösterei Berger', contactPerson: 'Thomas Berger', email: 'info@roesterei-berger.example', phone: '0761 556677',
    street: 'Kaiser-Joseph-Straße 210', postalCode: '79098', city: 'Freiburg im Breisgau', vatId: 'DE311222333', customerNumber: '1077',
    paymentTermsDays: 30,
    products: [
      ['Kaffee ganze Bohne 500 g', 'RB-1001', 520, 6000, 5],
      ['Kaffee gemahlen 250 g', 'RB-1002', 315, 6000, 5],
      ['Espresso 250 g', 'RB-1003', 375, 6000, 5],
      ['Kaffee ganze Bohne 500 g Bio', 'RB-2001', 690, 6000, 7],
      ['Espresso 250 g Bio', 'RB-2003', 495, 6000, 7],
    ],
  },
];

/** Demo product name → minimum and maximum in the shop (thousandths); the opening stock is in demo-data.ts. */
export const DEMO_LIMITS: [string, number, number][] = [
  ['Kaffee ganze Bohne 500 g', 20000, 40000], // opening 16: below
  ['Espresso 250 g', 12000, 36000], // opening 24: fine
  ['Cola 0,5 l', 48000, 96000], // opening 36: below
  ['Gummibärchen 200 g', 18000, 36000], // opening 12: below
  ['Küchenrolle 4 Rollen', 10000, 30000], // opening 20: fine
  ['Kerzen 4 Stk.', 36000, 48000], // opening 32: below, no supplier carries it
];

export function loadDemoPurchasing(ctx: Ctx, shopLocationId: number): void {
  const productId = (name: string) => {
    const id = ctx.db.prepare('SELECT id FROM products WHERE name = ?').pluck().get(name) as number | undefined;
    if (id === undefined) throw new Error(`demo product "${name}" is missing`);
    return id;
  };
  const insertSupplier = ctx.db.prepare(
    `INSERT INTO suppliers (name, contact_person, email, phone, street, postal_code, city, country_code, vat_id, customer_number,
       payment_terms_days, note, active, created_at, updated_at)
     VALUES (@name, @contactPerson, @email, @phone, @street, @postalCode, @city, 'DE', @vatId, @customerNumber, @paymentTermsDays, '', 1, @now, @now)`,
  );
  const insertProduct = ctx.db.prepare(
    'INSERT INTO supplier_products (supplier_id, product_id, supplier_sku, price_cents, pack_size, lead_time_days) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const { products, ...supplier } of DEMO_SUPPLIERS) {
    const supplierId = Number(insertSupplier.run({ ...supplier, now: ctx.now() }).lastInsertRowid);
    for (const [name, sku, price, pack, lead] of products) insertProduct.run(supplierId, productId(name), sku, price, pack, lead);
  }
  const insertLimit = ctx.db.prepare('INSERT INTO stock_limits (product_id, location_id, min_quantity, max_quantity) VALUES (?, ?, ?, ?)');
  for (const [name, min, max] of DEMO_LIMITS) insertLimit.run(productId(name), shopLocationId, min, max);
}

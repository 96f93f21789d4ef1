/**
 * The demo shop: a small German corner shop ("Laden am Markt") with about 200 products in a few
 * categories, 19 % and 7 % items, a few weighed goods, valid EAN-13 codes and three staff.
 * Everything is generated deterministically so every demo looks the same.
 */

export const DEMO_CREDENTIALS = {
  owner: { name: 'Anna Becker', username: 'owner', password: 'kontor-demo' },
  manager: { name: 'Markus Wolf', pin: '2222' },
  cashier: { name: 'Lena Schulz', pin: '1111' },
} as const;

export const DEMO_COMPANY = {
  name: 'Laden am Markt',
  street: 'Marktplatz 3',
  postalCode: '79098',
  city: 'Freiburg im Breisgau',
  countryCode: 'DE',
  vatId: 'DE123456789',
  taxNumber: '06/123/45678',
  email: 'hallo@laden-am-markt.example',
  phone: '0761 123456',
};

/** EAN-13 check digit over the first 12 digits (weights 1,3,1,3…). */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export interface DemoProduct {
  sku: string;
  name: string;
  category: string;
  priceCents: number;
  costCents: number;
  /** 'standard' (19 %) or 'reduced' (7 %). */
  rate: 'standard' | 'reduced';
  unit: 'piece' | 'kg';
  /** An EAN-13, or for weighed goods the scale's item code (prefix 28 + 5 digits). */
  ean: string | null;
  /** Opening stock in the shop, thousandths. */
  openingStock: number;
}

interface CategorySpec {
  name: string;
  rate: 'standard' | 'reduced';
  unit?: 'kg';
  /** Base names × variants give the products; prices in cents. */
  items: [string, number][];
  variants?: string[];
}

const CATEGORIES: CategorySpec[] = [
  { name: 'Backwaren', rate: 'reduced', items: [['Bauernbrot', 420], ['Dinkelbrötchen', 65], ['Laugenbrezel', 85], ['Roggenbrot', 390], ['Vollkornbrot', 410], ['Croissant', 120], ['Baguette', 190], ['Zopf', 350]], variants: ['', ' groß', ' Bio'] },
  { name: 'Obst & Gemüse', rate: 'reduced', unit: 'kg', items: [['Äpfel Elstar', 299], ['Bananen', 199], ['Tomaten', 349], ['Karotten', 149], ['Kartoffeln festkochend', 189], ['Zwiebeln', 129], ['Birnen', 329], ['Paprika rot', 499], ['Zucchini', 279], ['Trauben hell', 449], ['Orangen', 249], ['Zitronen', 399], ['Gurken', 259], ['Lauch', 229], ['Pilze braun', 799], ['Kiwi', 459]] },
  { name: 'Käse & Wurst', rate: 'reduced', unit: 'kg', items: [['Bergkäse', 2490], ['Gouda jung', 1290], ['Emmentaler', 1690], ['Schwarzwälder Schinken', 3290], ['Salami', 2190], ['Leberwurst', 1490], ['Fleischwurst', 1190], ['Camembert', 1890]] },
  { name: 'Milchprodukte', rate: 'reduced', items: [['Vollmilch 1 l', 129], ['Joghurt natur 500 g', 99], ['Butter 250 g', 239], ['Quark 250 g', 89], ['Sahne 200 ml', 119], ['Frischkäse 200 g', 149], ['Kefir 500 ml', 139], ['Buttermilch 500 ml', 79]], variants: ['', ' Bio', ' laktosefrei'] },
  { name: 'Kaffee & Tee', rate: 'reduced', items: [['Kaffee ganze Bohne 500 g', 899], ['Kaffee gemahlen 250 g', 549], ['Espresso 250 g', 649], ['Schwarztee 20 Btl.', 299], ['Grüntee 20 Btl.', 329], ['Kräutertee 20 Btl.', 249], ['Kakao 400 g', 399], ['Früchtetee 20 Btl.', 259]], variants: ['', ' Fairtrade', ' Bio'] },
  { name: 'Süßwaren', rate: 'reduced', items: [['Schokolade Vollmilch 100 g', 149], ['Schokolade Zartbitter 100 g', 169], ['Gummibärchen 200 g', 119], ['Butterkekse 200 g', 139], ['Lebkuchen 250 g', 299], ['Nougat-Riegel', 89], ['Lakritz 200 g', 129], ['Marzipanbrot 100 g', 199]], variants: ['', ' Bio', ' Großpackung'] },
  { name: 'Getränke', rate: 'standard', items: [['Mineralwasser 0,75 l', 79], ['Apfelschorle 0,5 l', 139], ['Cola 0,5 l', 149], ['Orangensaft 1 l', 229], ['Bier Pils 0,5 l', 119], ['Weißwein trocken 0,75 l', 699], ['Rotwein 0,75 l', 799], ['Sekt 0,75 l', 599], ['Limonade 0,33 l', 129], ['Eistee 0,5 l', 119], ['Radler 0,5 l', 109], ['Holunderschorle 0,33 l', 149]], variants: ['', ' 6er-Pack'] },
  { name: 'Haushalt', rate: 'standard', items: [['Spülmittel 500 ml', 189], ['Küchenrolle 4 Rollen', 349], ['Müllbeutel 35 l', 249], ['Schwammtücher 3 Stk.', 199], ['Kerzen 4 Stk.', 399], ['Streichhölzer', 49], ['Alufolie 30 m', 299], ['Frischhaltefolie', 229], ['Batterien AA 4 Stk.', 499], ['Glühbirne LED', 599]], variants: ['', ' Öko'] },
  { name: 'Schreibwaren', rate: 'standard', items: [['Kugelschreiber blau', 129], ['Bleistift HB', 59], ['Notizblock A5', 199], ['Briefumschläge 10 Stk.', 149], ['Klebeband', 179], ['Geschenkpapier', 249], ['Grußkarte', 299], ['Textmarker gelb', 139]], variants: ['', ' 3er-Set'] },
  { name: 'Geschenke', rate: 'standard', items: [['Tasse Freiburg', 1290], ['Honig 500 g', 799], ['Geschenkkorb klein', 2490], ['Duftkerze', 1490], ['Holzbrett', 1990], ['Postkarte Münster', 99], ['Schlüsselanhänger', 499], ['Stofftasche', 699]], variants: ['', ' Deluxe'] },
];

const VARIANT_PRICE_FACTOR: Record<string, [number, number]> = {
  '': [1, 1], ' groß': [3, 2], ' Bio': [13, 10], ' Fairtrade': [6, 5], ' Großpackung': [5, 2],
  ' 6er-Pack': [11, 2], ' laktosefrei': [6, 5], ' Öko': [6, 5], ' 3er-Set': [5, 2], ' Deluxe': [2, 1],
};

/** Price to the next .x9 cents, the way shops price. Integer arithmetic only. */
function shopPrice(cents: number): number {
  return Math.max(49, Math.ceil((cents + 1) / 10) * 10 - 1);
}

export function demoProducts(): DemoProduct[] {
  const products: DemoProduct[] = [];
  let sequence = 1;
  for (const category of CATEGORIES) {
    for (const variant of category.variants ?? ['']) {
      for (const [base, price] of category.items) {
        const [num, den] = VARIANT_PRICE_FACTOR[variant] ?? [1, 1];
        const priceCents = variant === '' ? price : shopPrice(Math.floor((price * num) / den));
        const first12 = `4004211${String(sequence).padStart(5, '0')}`;
        products.push({
          sku: `LM-${String(sequence).padStart(4, '0')}`,
          name: `${base}${variant}`,
          category: category.name,
          priceCents,
          costCents: Math.floor((priceCents * 6) / 10),
          rate: category.rate,
          unit: category.unit ?? 'piece',
          // Weighed goods carry the scale's item code; its labels add the weight (see src-shared/barcode.ts).
          ean: category.unit === 'kg' ? `28${String(sequence).padStart(5, '0')}` : `${first12}${ean13CheckDigit(first12)}`,
          openingStock: category.unit === 'kg' ? 5000 + (sequence % 7) * 1500 : (12 + (sequence % 9) * 4) * 1000,
        });
        sequence++;
      }
    }
  }
  return products;
}

export const DEMO_CATEGORIES = CATEGORIES.map((c) => c.name);

/** The demo shop's opening balances: the cash box and the bank account it starts with. */
export const DEMO_OPENING = { cashCents: 30_000, bankCents: 800_000 };

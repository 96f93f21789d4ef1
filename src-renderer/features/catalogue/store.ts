/** What the catalogue tab shows: the product table's filter and page, and the categories. */
import { create } from 'zustand';
import type { Category, Product } from '../../../src-shared/contract/catalogue';
import { call, refreshQuietly } from '../../lib/api';

export const PAGE_SIZE = 50;

interface Filter {
  query: string;
  categoryId: number | null;
  includeInactive: boolean;
  page: number;
}

interface CatalogueState extends Filter {
  items: Product[];
  total: number;
  capped: boolean;
  loading: boolean;
  categories: Category[];
  setFilter(patch: Partial<Filter>): void;
  loadProducts(): Promise<void>;
  loadCategories(): Promise<void>;
}

let requestSerial = 0;

export const useCatalogueStore = create<CatalogueState>((set, get) => ({
  query: '',
  categoryId: null,
  includeInactive: false,
  page: 1,
  items: [],
  total: 0,
  capped: false,
  loading: false,
  categories: [],
  setFilter(patch) {
    // Any change but the page itself starts again at page 1.
    set({ ...patch, page: patch.page ?? 1 });
    void get().loadProducts();
  },
  async loadProducts() {
    const serial = ++requestSerial;
    const { query, categoryId, includeInactive, page } = get();
    set({ loading: true });
    try {
      const result = await call('catalogue.product.list', { query, categoryId, includeInactive, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
      // Typing fast sends several requests; only the latest one's answer is shown.
      if (serial === requestSerial) set({ items: result.items, total: result.total, capped: result.capped });
    } finally {
      if (serial === requestSerial) set({ loading: false });
    }
  },
  loadCategories: () => refreshQuietly(async () => set({ categories: await call('catalogue.category.list') })),
}));

export const resetCatalogueStore = () =>
  useCatalogueStore.setState({ query: '', categoryId: null, includeInactive: false, page: 1, items: [], total: 0, capped: false, loading: false, categories: [] });

/** What several production screens need: the staff to assign work to and the stock locations. */
import { create } from 'zustand';
import type { Assignee } from '../../../src-shared/contract/production';
import type { StockLocation } from '../../../src-shared/contract/stock';
import { call, refreshQuietly } from '../../lib/api';

interface ProductionState {
  assignees: Assignee[];
  locations: StockLocation[];
  load(): Promise<void>;
}

export const useProductionStore = create<ProductionState>((set) => ({
  assignees: [],
  locations: [],
  load: () => refreshQuietly(async () => {
    const [assignees, locations] = await Promise.all([call('production.workOrders.assignees', {}), call('stock.locations.list', {})]);
    set({ assignees, locations });
  }),
}));

/** What the deliveries view shows: the list's filter and page, and which screen is open (list, form, one delivery). */
import { create } from 'zustand';
import type { DeliveryStatus } from '../../../src-shared/contract/deliveries';

export type DeliveriesScreen = { kind: 'list' } | { kind: 'new' } | { kind: 'edit'; id: number } | { kind: 'detail'; id: number };

interface DeliveriesState {
  status: DeliveryStatus | 'all';
  search: string;
  page: number;
  screen: DeliveriesScreen;
  setFilter(patch: Partial<Pick<DeliveriesState, 'status' | 'search' | 'page'>>): void;
  open(screen: DeliveriesScreen): void;
}

export const useDeliveriesStore = create<DeliveriesState>((set) => ({
  status: 'all',
  search: '',
  page: 1,
  screen: { kind: 'list' },
  // Any change but the page itself starts again at page 1.
  setFilter: (patch) => set({ ...patch, page: patch.page ?? 1 }),
  open: (screen) => set({ screen }),
}));

export const resetDeliveriesStore = () => useDeliveriesStore.setState({ status: 'all', search: '', page: 1, screen: { kind: 'list' } });

/** The counter's frame: the open shift, the counter settings and which dialog is open. */
import { create } from 'zustand';
import type { CounterSettings, Receipt } from '../../../src-shared/contract/sell';
import type { ShiftInfo, ShiftReport } from '../../../src-shared/contract/shift';
import { call } from '../../lib/api';

export type CounterDialog =
  | 'pay' | 'park' | 'recall' | 'basketDiscount' | 'line' | 'voucherSale' | 'return' | 'recent'
  | 'cashMove' | 'closeShift' | 'report' | 'receipt' | 'void' | 'customer' | 'reception';

interface CounterState {
  shift: ShiftInfo | null;
  shiftLoaded: boolean;
  settings: CounterSettings | null;
  dialog: CounterDialog | null;
  /** The receipt or report a dialog shows. */
  receipt: Receipt | null;
  report: ShiftReport | null;
  loadShift(): Promise<void>;
  loadSettings(): Promise<void>;
  open(dialog: CounterDialog): void;
  close(): void;
  showReceipt(receipt: Receipt): void;
  showReport(report: ShiftReport): void;
}

export const useCounterStore = create<CounterState>((set) => ({
  shift: null,
  shiftLoaded: false,
  settings: null,
  dialog: null,
  receipt: null,
  report: null,
  async loadShift() {
    try {
      set({ shift: await call('shift.current'), shiftLoaded: true });
    } catch {
      set({ shift: null, shiftLoaded: true });
    }
  },
  async loadSettings() {
    try {
      set({ settings: await call('counter.settings.get') });
    } catch {
      set({ settings: null });
    }
  },
  open(dialog) {
    set({ dialog });
  },
  close() {
    set({ dialog: null });
  },
  showReceipt(receipt) {
    set({ receipt, dialog: 'receipt' });
  },
  showReport(report) {
    set({ report, dialog: 'report' });
  },
}));

/**
 * What the bank panel shows: the bank accounts and the chosen one, its statement lines (filter and
 * page), and the accounts and VAT rates the "book it" form offers.
 */
import { create } from 'zustand';
import type { BankAccount, BankLine } from '../../../src-shared/contract/bank';
import type { Account } from '../../../src-shared/contract/ledger';
import type { VatRate } from '../../../src-shared/contract/settings';
import { call, refreshQuietly } from '../../lib/api';

export const LINES_PAGE = 50;

interface BankState {
  accounts: BankAccount[];
  bankAccountId: number | null;
  status: 'open' | 'all';
  search: string;
  page: number;
  lines: BankLine[];
  total: number;
  loading: boolean;
  ledgerAccounts: Account[];
  vatRates: VatRate[];
  loadAccounts(): Promise<void>;
  loadOptions(): Promise<void>;
  loadLines(): Promise<void>;
  selectAccount(id: number | null): void;
  setFilter(patch: Partial<Pick<BankState, 'status' | 'search' | 'page'>>): void;
}

let serial = 0;

export const useBankStore = create<BankState>((set, get) => ({
  accounts: [],
  bankAccountId: null,
  status: 'open',
  search: '',
  page: 1,
  lines: [],
  total: 0,
  loading: false,
  ledgerAccounts: [],
  vatRates: [],
  loadAccounts: () => refreshQuietly(async () => {
    const accounts = await call('bank.accounts.list');
    const chosen = get().bankAccountId;
    set({ accounts, bankAccountId: accounts.some((a) => a.id === chosen) ? chosen : (accounts[0]?.id ?? null) });
  }),
  loadOptions: () => refreshQuietly(async () => {
    const [ledgerAccounts, vatRates] = await Promise.all([call('ledger.accountOptions'), call('settings.vatRates.list')]);
    set({ ledgerAccounts, vatRates });
  }),
  async loadLines() {
    const { bankAccountId, status, search, page } = get();
    if (bankAccountId === null) return set({ lines: [], total: 0 });
    const mine = ++serial;
    set({ loading: true });
    try {
      await refreshQuietly(async () => {
        const result = await call('bank.lines', { bankAccountId, status, search, offset: (page - 1) * LINES_PAGE, limit: LINES_PAGE });
        // Typing in the search sends several requests; only the latest answer is shown.
        if (mine === serial) set({ lines: result.lines, total: result.total });
      });
    } finally {
      if (mine === serial) set({ loading: false });
    }
  },
  selectAccount(bankAccountId) {
    set({ bankAccountId, page: 1 });
    void get().loadLines();
  },
  setFilter(patch) {
    set({ ...patch, page: patch.page ?? 1 });
    void get().loadLines();
  },
}));

export const resetBankStore = () =>
  useBankStore.setState({ accounts: [], bankAccountId: null, status: 'open', search: '', page: 1, lines: [], total: 0, loading: false, ledgerAccounts: [], vatRates: [] });

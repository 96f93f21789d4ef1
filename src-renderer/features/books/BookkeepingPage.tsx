/**
 * The bookkeeping tab: journal, manual entry, quick expense, cash book, bank, reports, chart of
 * accounts and closing. The open sub-tab is part of the address (/back/bookkeeping?view=journal),
 * so going back, reloading or a link lands on the same view.
 */
import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useChanged } from '../../lib/useChanged';
import { can, useSessionStore } from '../auth/store';
import { BankPanel } from '../bank/BankPanel';
import { useSettingsStore } from '../settings/store';
import { AccountsView } from './AccountsView';
import { CashBookView } from './CashBookView';
import { ClosingView } from './ClosingView';
import { EntryDrawer } from './EntryDrawer';
import { ExpenseForm } from './ExpenseForm';
import { JournalView } from './JournalView';
import { ManualEntryForm } from './ManualEntryForm';
import { ReportsView } from './reports/ReportsView';
import { useBooksStore } from './store';

export const BOOK_VIEWS = ['journal', 'manual', 'expense', 'cashBook', 'bank', 'reports', 'accounts', 'closing'] as const;
export type BookView = (typeof BOOK_VIEWS)[number];

function panel(view: BookView) {
  switch (view) {
    case 'journal': return <JournalView />;
    case 'manual': return <ManualEntryForm />;
    case 'expense': return <ExpenseForm />;
    case 'cashBook': return <CashBookView />;
    case 'bank': return <BankPanel />;
    case 'reports': return <ReportsView />;
    case 'accounts': return <AccountsView />;
    case 'closing': return <ClosingView />;
  }
}

export function BookkeepingPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const [params, setParams] = useSearchParams();
  const loadAccounts = useBooksStore((s) => s.loadAccounts);
  const { loadVatRates, loadCompany } = useSettingsStore();

  // Keeping the books needs bookkeeping.manage; reading the reports needs reports.view.
  const views = BOOK_VIEWS.filter((v) => (v === 'reports' ? can(session, 'reports.view') : can(session, 'bookkeeping.manage')));
  const asked = params.get('view') as BookView | null;
  const view = asked && views.includes(asked) ? asked : views[0];

  useEffect(() => {
    void loadAccounts();
    void loadVatRates();
    void loadCompany();
  }, [loadAccounts, loadVatRates, loadCompany]);
  useChanged(['ledger'], () => void loadAccounts());
  useChanged(['vatRates'], () => void loadVatRates());

  return (
    <Stack maw={1400}>
      <Title order={2}>{t('books.title')}</Title>
      {view === undefined ? (
        <Alert color="gray">{t('books.noAccess')}</Alert>
      ) : (
        <Tabs value={view} onChange={(v) => v && setParams({ view: v }, { replace: true })} keepMounted={false}>
          <Tabs.List aria-label={t('books.title')}>
            {views.map((v) => <Tabs.Tab key={v} value={v}>{t(`books.tabs.${v}`)}</Tabs.Tab>)}
          </Tabs.List>
          {views.map((v) => <Tabs.Panel key={v} value={v} pt="lg">{v === view && panel(v)}</Tabs.Panel>)}
        </Tabs>
      )}
      <EntryDrawer />
    </Stack>
  );
}

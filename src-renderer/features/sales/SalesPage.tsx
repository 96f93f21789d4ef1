/**
 * The back office's sales tab: customers first; quotes, orders and invoices join as further views
 * (SALES_VIEWS in nav.ts). The open view is part of the address (?view=customers).
 */
import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can, useSessionStore } from '../auth/store';
import { CustomersView } from '../customers/CustomersView';
import { InvoicesPanel, OverduePanel, QuotesPanel } from '../salesdocs/panels';
import { SALES_VIEWS, useSalesNav, type SalesView } from './nav';

function panel(view: SalesView) {
  switch (view) {
    case 'customers': return <CustomersView />;
    case 'quotes': return <QuotesPanel />;
    case 'invoices': return <InvoicesPanel />;
    case 'overdue': return <OverduePanel />;
  }
}

export function SalesPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const nav = useSalesNav();
  const allowed = can(session, 'sales.manage');

  return (
    <Stack maw={1400}>
      <Title order={2}>{t('customers.sales.title')}</Title>
      {!allowed ? (
        <Alert color="gray">{t('customers.sales.noAccess')}</Alert>
      ) : (
        <Tabs value={nav.view} onChange={(v) => v && nav.show(v as SalesView)} keepMounted={false}>
          <Tabs.List aria-label={t('customers.sales.title')}>
            {SALES_VIEWS.map((v) => <Tabs.Tab key={v} value={v}>{t(`customers.sales.tabs.${v}`)}</Tabs.Tab>)}
          </Tabs.List>
          {SALES_VIEWS.map((v) => <Tabs.Panel key={v} value={v} pt="lg">{v === nav.view && panel(v)}</Tabs.Panel>)}
        </Tabs>
      )}
    </Stack>
  );
}

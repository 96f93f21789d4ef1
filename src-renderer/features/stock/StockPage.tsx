/**
 * The back office's stock tab: on hand per location, the low-stock list, counts, the stock
 * documents, the valuation and the locations. The open view is part of the address
 * (/back/stock?view=documents; an open count sheet adds &count=<id>), so going back, reloading
 * or a link lands on the same view.
 */
import { Stack, Tabs, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { StockLocation } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { can, useSessionStore } from '../auth/store';
import { CountsPanel } from './CountsPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { LocationsPanel } from './LocationsPanel';
import { LowStockTable } from './LowStockTable';
import { StockOverviewTable } from './StockOverviewTable';
import { ValuationPanel } from './ValuationPanel';

export const STOCK_VIEWS = ['overview', 'lowStock', 'counts', 'documents', 'valuation', 'locations'] as const;
export type StockView = (typeof STOCK_VIEWS)[number];

export function StockPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const [params, setParams] = useSearchParams();
  const [locations, setLocations] = useState<StockLocation[]>([]);
  const load = useCallback(() => {
    void call('stock.locations.list', {}).then(setLocations);
  }, []);
  useEffect(load, [load]);
  useChanged(['stock'], load);

  const canManage = can(session, 'stock.manage');
  const views = STOCK_VIEWS.filter((v) => v !== 'valuation' || can(session, 'reports.view'));
  const asked = params.get('view') as StockView | null;
  const view: StockView = asked && views.includes(asked) ? asked : 'overview';
  const countParam = Number(params.get('count'));
  const openCount = view === 'counts' && Number.isSafeInteger(countParam) && countParam > 0 ? countParam : null;
  const openSheet = (id: number | null) => setParams(id === null ? { view: 'counts' } : { view: 'counts', count: String(id) });

  function panel(v: StockView) {
    switch (v) {
      case 'overview': return <StockOverviewTable locations={locations} canManage={canManage} />;
      case 'lowStock': return <LowStockTable />;
      case 'counts': return <CountsPanel locations={locations} canManage={canManage} openCount={openCount} onOpenCount={openSheet} />;
      case 'documents': return <DocumentsPanel />;
      case 'valuation': return <ValuationPanel />;
      case 'locations': return <LocationsPanel locations={locations} canManage={canManage} />;
    }
  }

  return (
    <Stack>
      <Title order={2}>{t('modules.stock')}</Title>
      <Tabs value={view} onChange={(v) => v && setParams({ view: v }, { replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('modules.stock')}>
          {views.map((v) => <Tabs.Tab key={v} value={v}>{t(`stock.tabs.${v}`)}</Tabs.Tab>)}
        </Tabs.List>
        {views.map((v) => <Tabs.Panel key={v} value={v} pt="lg">{v === view && panel(v)}</Tabs.Panel>)}
      </Tabs>
    </Stack>
  );
}

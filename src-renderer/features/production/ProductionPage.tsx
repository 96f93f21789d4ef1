/**
 * The back office's production tab: the board of open work (customer orders, service jobs,
 * production for stock), the bills of materials, and producing from them. The open view is part
 * of the address (/back/production?view=boms; an open work order adds &order=<id>), so going back,
 * reloading or a link lands on the same view.
 */
import { Stack, Tabs, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useChanged } from '../../lib/useChanged';
import { can, useSessionStore } from '../auth/store';
import { useSettingsStore } from '../settings/store';
import { BoardView } from './BoardView';
import { BomsView } from './BomsView';
import { ProduceView } from './ProduceView';
import { useProductionStore } from './store';
import { WorkOrderDrawer } from './WorkOrderDrawer';

export const PRODUCTION_VIEWS = ['board', 'boms', 'produce'] as const;
export type ProductionView = (typeof PRODUCTION_VIEWS)[number];

export function ProductionPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const canManage = can(session, 'production.manage');
  const [params, setParams] = useSearchParams();
  const load = useProductionStore((s) => s.load);
  const { company, loadCompany } = useSettingsStore();
  useEffect(() => {
    void load();
    if (!company) void loadCompany();
  }, [load, company, loadCompany]);
  useChanged(['staff', 'stock'], () => void load());

  const asked = params.get('view') as ProductionView | null;
  const view: ProductionView = asked && PRODUCTION_VIEWS.includes(asked) ? asked : 'board';
  const orderParam = Number(params.get('order'));
  const openOrder = Number.isSafeInteger(orderParam) && orderParam > 0 ? orderParam : null;
  const setOrder = (id: number | null) => setParams(id === null ? { view } : { view, order: String(id) });

  function panel(v: ProductionView) {
    switch (v) {
      case 'board': return <BoardView canManage={canManage} onOpen={setOrder} />;
      case 'boms': return <BomsView canManage={canManage} />;
      case 'produce': return <ProduceView canManage={canManage} onOpenOrder={setOrder} />;
    }
  }

  return (
    <Stack>
      <Title order={2}>{t('modules.production')}</Title>
      <Tabs value={view} onChange={(v) => v && setParams({ view: v }, { replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('modules.production')}>
          {PRODUCTION_VIEWS.map((v) => <Tabs.Tab key={v} value={v}>{t(`production.tabs.${v}`)}</Tabs.Tab>)}
        </Tabs.List>
        {PRODUCTION_VIEWS.map((v) => <Tabs.Panel key={v} value={v} pt="lg">{v === view && panel(v)}</Tabs.Panel>)}
      </Tabs>
      {openOrder !== null && <WorkOrderDrawer id={openOrder} canManage={canManage} onClose={() => setOrder(null)} />}
    </Stack>
  );
}

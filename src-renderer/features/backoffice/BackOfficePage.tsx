/** The back office: one tab per module; tabs not built yet say so plainly. */
import { AppShell, NavLink, ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { BookkeepingPage } from '../books/BookkeepingPage';
import { CataloguePage } from '../catalogue/CataloguePage';
import { ImprovementPage } from '../feedback/ImprovementPage';
import { ProductionPage } from '../production/ProductionPage';
import { PurchasingPage } from '../purchasing/PurchasingPage';
import { SalesPage } from '../sales/SalesPage';
import { SettingsPage } from '../settings/SettingsPage';
import { StockPage } from '../stock/StockPage';
import { TopBar } from '../shell/TopBar';
import { StaffPage } from '../staff/StaffPage';
import { can, useSessionStore } from '../auth/store';
import { visibleModules, type ModuleKey } from './modules';
import { PlannedModule } from './PlannedModule';

export function BackOfficePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  const session = useSessionStore((s) => s.session);
  const modules = visibleModules((p) => can(session, p));
  const current = modules.find((m) => m.key === tab);
  if (!current) return <Navigate to="/back/settings" replace />;

  return (
    <AppShell header={{ height: 72 }} navbar={{ width: 250, breakpoint: 0 }} padding="lg">
      <AppShell.Header><TopBar area="back" /></AppShell.Header>
      <AppShell.Navbar p="sm">
        <ScrollArea>
          <nav aria-label={t('shell.backOffice')}>
            {modules.map(({ key, icon: Icon }) => (
              <NavLink key={key} label={t(`modules.${key}`)} leftSection={<Icon size={20} />} active={key === current.key}
                onClick={() => navigate(`/back/${key}`)} style={{ borderRadius: 8, minHeight: 44 }} />
            ))}
          </nav>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        {current.key === 'settings' ? <SettingsPage />
          : current.key === 'catalogue' ? <CataloguePage />
          : current.key === 'bookkeeping' ? <BookkeepingPage />
          : current.key === 'stock' ? <StockPage />
          : current.key === 'improvement' ? <ImprovementPage />
          : current.key === 'purchasing' ? <PurchasingPage />
          : current.key === 'sales' ? <SalesPage />
          : current.key === 'production' ? <ProductionPage />
          : current.key === 'staff' ? <StaffPage />
          : <PlannedModule module={current.key as Exclude<ModuleKey, 'settings'>} />}
      </AppShell.Main>
    </AppShell>
  );
}

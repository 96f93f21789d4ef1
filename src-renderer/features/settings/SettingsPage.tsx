/** Settings: company, VAT rates, sign-in security, counter, data & backups, language. */
import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { can, useSessionStore } from '../auth/store';
import { BackupSettingsPanel } from '../backup/BackupSettingsPanel';
import { CompanySettings } from './CompanySettings';
import { CounterSettingsForm } from './CounterSettingsForm';
import { LanguageSettings } from './LanguageSettings';
import { SecuritySettingsForm } from './SecuritySettingsForm';
import { VatRateSettings } from './VatRateSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const manage = can(session, 'settings.manage');
  const audit = can(session, 'audit.view');
  // `?tab=backup` opens a tab directly (the top bar's backup warning links there).
  const [params] = useSearchParams();
  const { key: visit } = useLocation();
  const wanted = params.get('tab');
  const [tab, setTab] = useState<string | null>(wanted ?? (manage ? 'company' : 'language'));
  useEffect(() => {
    if (wanted) setTab(wanted);
  }, [wanted, visit]);
  return (
    <Stack maw={980}>
      <Title order={2}>{t('settings.title')}</Title>
      {!manage && <Alert color="gray">{t('settings.noPermission')}</Alert>}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          {manage && <Tabs.Tab value="company">{t('settings.company')}</Tabs.Tab>}
          <Tabs.Tab value="vatRates">{t('settings.vatRates')}</Tabs.Tab>
          {manage && <Tabs.Tab value="security">{t('settings.security')}</Tabs.Tab>}
          {manage && <Tabs.Tab value="counter">{t('sell.settings.tab')}</Tabs.Tab>}
          {(manage || audit) && <Tabs.Tab value="backup">{t('backup.tab')}</Tabs.Tab>}
          <Tabs.Tab value="language">{t('settings.language')}</Tabs.Tab>
        </Tabs.List>
        {manage && <Tabs.Panel value="company" pt="lg"><CompanySettings /></Tabs.Panel>}
        <Tabs.Panel value="vatRates" pt="lg"><VatRateSettings canManage={manage} /></Tabs.Panel>
        {manage && <Tabs.Panel value="security" pt="lg"><SecuritySettingsForm /></Tabs.Panel>}
        {manage && <Tabs.Panel value="counter" pt="lg"><CounterSettingsForm /></Tabs.Panel>}
        {(manage || audit) && <Tabs.Panel value="backup" pt="lg"><BackupSettingsPanel manage={manage} audit={audit} /></Tabs.Panel>}
        <Tabs.Panel value="language" pt="lg"><LanguageSettings canManage={manage} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

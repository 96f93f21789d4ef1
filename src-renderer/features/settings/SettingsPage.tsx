/** Settings: company, VAT rates, sign-in security, counter, language. */
import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can, useSessionStore } from '../auth/store';
import { CompanySettings } from './CompanySettings';
import { CounterSettingsForm } from './CounterSettingsForm';
import { LanguageSettings } from './LanguageSettings';
import { SecuritySettingsForm } from './SecuritySettingsForm';
import { VatRateSettings } from './VatRateSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const manage = can(session, 'settings.manage');
  return (
    <Stack maw={980}>
      <Title order={2}>{t('settings.title')}</Title>
      {!manage && <Alert color="gray">{t('settings.noPermission')}</Alert>}
      <Tabs defaultValue={manage ? 'company' : 'language'} keepMounted={false}>
        <Tabs.List>
          {manage && <Tabs.Tab value="company">{t('settings.company')}</Tabs.Tab>}
          <Tabs.Tab value="vatRates">{t('settings.vatRates')}</Tabs.Tab>
          {manage && <Tabs.Tab value="security">{t('settings.security')}</Tabs.Tab>}
          {manage && <Tabs.Tab value="counter">{t('sell.settings.tab')}</Tabs.Tab>}
          <Tabs.Tab value="language">{t('settings.language')}</Tabs.Tab>
        </Tabs.List>
        {manage && <Tabs.Panel value="company" pt="lg"><CompanySettings /></Tabs.Panel>}
        <Tabs.Panel value="vatRates" pt="lg"><VatRateSettings canManage={manage} /></Tabs.Panel>
        {manage && <Tabs.Panel value="security" pt="lg"><SecuritySettingsForm /></Tabs.Panel>}
        {manage && <Tabs.Panel value="counter" pt="lg"><CounterSettingsForm /></Tabs.Panel>}
        <Tabs.Panel value="language" pt="lg"><LanguageSettings canManage={manage} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** My language (remembered per person) and the shop's default language. */
import { Card, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../src-shared/countries';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { useSettingsStore } from './store';

export function LanguageSettings({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { company, loadCompany } = useSettingsStore();
  useEffect(() => {
    void loadCompany();
  }, [loadCompany]);

  async function setDefault(language: Language) {
    if (!company) return;
    try {
      const { currency: _c, preset: _p, ...fields } = company;
      await call('settings.company.update', { ...fields, language });
      await loadCompany();
      notifications.show({ color: 'green', message: t('common.saved') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    }
  }

  return (
    <Card withBorder padding="lg" maw={520}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Text fw={600}>{t('settings.myLanguage')}</Text>
          <LanguageSwitch size="md" />
          <Text size="sm" c="dimmed">{t('settings.myLanguageHint')}</Text>
        </Stack>
        {canManage && company && (
          <Select label={t('settings.defaultLanguage')} value={company.language} allowDeselect={false}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))} onChange={(v) => v && void setDefault(v as Language)} />
        )}
      </Stack>
    </Card>
  );
}

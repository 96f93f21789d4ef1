/** The company's data as it appears on receipts and invoices. */
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../src-shared/contract/settings';
import { call } from '../../lib/api';
import { errorText, fieldErrors } from '../../lib/errors';
import { useSettingsStore } from './store';

type CompanyFields = Omit<Company, 'currency' | 'preset' | 'language'>;
const EMPTY: CompanyFields = { name: '', street: '', postalCode: '', city: '', countryCode: '', vatId: '', taxNumber: '', email: '', phone: '' };

export function CompanySettings() {
  const { t } = useTranslation();
  const { company, loadCompany } = useSettingsStore();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<CompanyFields>({
    initialValues: EMPTY,
    validate: {
      name: (v) => (v.trim() ? null : t('errors.required')),
      countryCode: (v) => (/^[A-Z]{2}$/.test(v) ? null : t('settings.countryCodeHint')),
    },
  });

  useEffect(() => {
    void loadCompany();
  }, [loadCompany]);
  useEffect(() => {
    if (!company) return;
    const { currency: _c, preset: _p, language: _l, ...fields } = company;
    form.setValues(fields);
    form.resetDirty(fields);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset the form only when the stored company changes
  }, [company]);

  async function save(values: CompanyFields) {
    if (!company) return;
    setBusy(true);
    setError(null);
    try {
      await call('settings.company.update', { ...values, language: company.language });
      await loadCompany();
      notifications.show({ color: 'green', message: t('settings.companySaved') });
    } catch (e) {
      Object.entries(fieldErrors(e)).forEach(([path, message]) => form.setFieldError(path, message));
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg">
      <form onSubmit={form.onSubmit((v) => void save(v))} noValidate>
        <Stack>
          {error && <Alert color="red">{error}</Alert>}
          <TextInput label={t('setup.companyName')} required {...form.getInputProps('name')} />
          <TextInput label={t('setup.street')} {...form.getInputProps('street')} />
          <SimpleGrid cols={3}>
            <TextInput label={t('setup.postalCode')} {...form.getInputProps('postalCode')} />
            <TextInput label={t('setup.city')} {...form.getInputProps('city')} />
            <TextInput label={t('settings.countryCode')} maxLength={2} {...form.getInputProps('countryCode')}
              onChange={(e) => form.setFieldValue('countryCode', e.currentTarget.value.toUpperCase())} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput label={t('setup.vatId')} {...form.getInputProps('vatId')} />
            <TextInput label={t('setup.taxNumber')} {...form.getInputProps('taxNumber')} />
            <TextInput label={t('settings.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('settings.phone')} {...form.getInputProps('phone')} />
          </SimpleGrid>
          {company && <Text size="sm" c="dimmed">{t('settings.currencyFixed', { currency: company.currency })}</Text>}
          <Group justify="flex-end">
            <Button type="submit" loading={busy} disabled={!form.isDirty()}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The short setup: company, country preset (currency and VAT rates), owner account. */
import { Alert, Button, Card, Group, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_PRESETS, CURRENCIES, PRESETS, type CountryPreset, type Currency, type Language } from '../../../src-shared/countries';
import { call } from '../../lib/api';
import { errorText, fieldErrors } from '../../lib/errors';
import { useFormat } from '../../lib/format';

const COUNTRY_OF_PRESET: Record<CountryPreset, string> = { DE: 'DE', AT: 'AT', CH: 'CH', OTHER: '' };

export function SetupForm({ onBack, onDone }: { onBack(): void; onDone(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: {
      name: '', street: '', postalCode: '', city: '', countryCode: 'DE', vatId: '', taxNumber: '',
      preset: 'DE' as CountryPreset, currency: 'EUR' as Currency,
      ownerName: '', username: '', password: '', passwordRepeat: '', pin: '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('errors.required')),
      ownerName: (v) => (v.trim() ? null : t('errors.required')),
      username: (v) => (v.trim() ? null : t('errors.required')),
      password: (v) => (v.length >= 10 ? null : t('setup.passwordHint')),
      passwordRepeat: (v, values) => (v === values.password ? null : t('errors.passwordMismatch')),
      pin: (v) => (v === '' || /^\d{4,8}$/.test(v) ? null : t('setup.pinHint')),
      countryCode: (v) => (/^[A-Z]{2}$/.test(v) ? null : t('settings.countryCodeHint')),
    },
  });
  const preset = form.values.preset;
  const rates = PRESETS[preset].rates.map((r) => format.percent(r.rateBasisPoints)).join(' · ');

  async function submit(values: typeof form.values) {
    setBusy(true);
    setError(null);
    try {
      await call('setup.initialize', {
        company: {
          name: values.name, street: values.street, postalCode: values.postalCode, city: values.city,
          countryCode: values.countryCode, vatId: values.vatId, taxNumber: values.taxNumber, email: '', phone: '',
        },
        preset: values.preset,
        currency: values.preset === 'OTHER' ? values.currency : undefined,
        language: i18n.language as Language,
        owner: { name: values.ownerName, username: values.username, password: values.password, pin: values.pin || undefined },
      });
      await onDone();
    } catch (e) {
      const fields = fieldErrors(e);
      const map: Record<string, string> = { 'company.name': 'name', 'owner.username': 'username', 'owner.password': 'password', 'owner.pin': 'pin', 'company.countryCode': 'countryCode' };
      Object.entries(fields).forEach(([path, message]) => map[path] && form.setFieldError(map[path], message));
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="lg">
        {error && <Alert color="red">{error}</Alert>}
        <Card withBorder padding="xl">
          <Stack>
            <Title order={3}>{t('setup.stepCompany')}</Title>
            <TextInput label={t('setup.companyName')} required {...form.getInputProps('name')} />
            <TextInput label={t('setup.street')} {...form.getInputProps('street')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('setup.postalCode')} {...form.getInputProps('postalCode')} />
              <TextInput label={t('setup.city')} {...form.getInputProps('city')} style={{ gridColumn: 'span 2' }} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('setup.country')}
                data={COUNTRY_PRESETS.map((p) => ({ value: p, label: t(`setup.presets.${p}`) }))}
                allowDeselect={false}
                {...form.getInputProps('preset')}
                onChange={(value) => {
                  const next = (value ?? 'DE') as CountryPreset;
                  form.setFieldValue('preset', next);
                  if (COUNTRY_OF_PRESET[next]) form.setFieldValue('countryCode', COUNTRY_OF_PRESET[next]);
                  form.setFieldValue('currency', PRESETS[next].currency ?? form.values.currency);
                }}
              />
              {preset === 'OTHER' ? (
                <Group grow>
                  <TextInput label={t('settings.countryCode')} description={t('settings.countryCodeHint')} maxLength={2} {...form.getInputProps('countryCode')}
                    onChange={(e) => form.setFieldValue('countryCode', e.currentTarget.value.toUpperCase())} />
                  <Select label={t('setup.currency')} data={[...CURRENCIES]} allowDeselect={false} {...form.getInputProps('currency')} />
                </Group>
              ) : (
                <TextInput label={t('setup.currency')} value={PRESETS[preset].currency ?? ''} readOnly />
              )}
            </SimpleGrid>
            <Text size="sm" c="dimmed">{t('setup.presetRates', { rates })}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('setup.vatId')} {...form.getInputProps('vatId')} />
              <TextInput label={t('setup.taxNumber')} {...form.getInputProps('taxNumber')} />
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder padding="xl">
          <Stack>
            <Title order={3}>{t('setup.stepOwner')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('setup.ownerName')} required {...form.getInputProps('ownerName')} />
              <TextInput label={t('setup.username')} description={t('setup.usernameHint')} required autoComplete="username" {...form.getInputProps('username')} />
              <PasswordInput label={t('setup.password')} description={t('setup.passwordHint')} required autoComplete="new-password" {...form.getInputProps('password')} />
              <PasswordInput label={t('setup.passwordRepeat')} required autoComplete="new-password" {...form.getInputProps('passwordRepeat')} />
              <TextInput label={t('setup.pin')} description={t('setup.pinHint')} inputMode="numeric" maxLength={8} {...form.getInputProps('pin')} />
            </SimpleGrid>
          </Stack>
        </Card>
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>{t('common.back')}</Button>
          <Button type="submit" size="lg" loading={busy}>{t('setup.finish')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

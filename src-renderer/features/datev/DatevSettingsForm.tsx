/** Consultant and client number, account length, fiscal-year start and dictation code. */
import { Alert, Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatevSettings } from '../../../src-shared/contract/datev';
import { call } from '../../lib/api';
import { errorText, fieldErrors } from '../../lib/errors';
import { useFormat } from '../../lib/format';

const DICTATION = /^([A-Za-z]{2})?$/;

/** A number field's value as the settings hold it: a whole number, or null when left empty. */
const wholeOrNull = (value: string | number): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

export function DatevSettingsForm({ settings, onSaved }: { settings: DatevSettings; onSaved(settings: DatevSettings): void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [values, setValues] = useState<DatevSettings>(settings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dictationOk = DICTATION.test(values.dictationCode.trim());
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
  }));

  async function save() {
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      const saved = await call('datev.settings.update', { ...values, dictationCode: values.dictationCode.trim() });
      notifications.show({ color: 'green', message: t('datev.settings.saved') });
      onSaved(saved);
    } catch (e) {
      setErrors(fieldErrors(e));
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg">
      <form onSubmit={(e) => { e.preventDefault(); if (dictationOk) void save(); }}>
        <Stack>
          <div>
            <Title order={4}>{t('datev.settings.title')}</Title>
            <Text c="dimmed" size="sm">{t('datev.settings.hint')}</Text>
          </div>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label={t('datev.settings.consultantNumber')} description={t('datev.settings.consultantNumberHint')}
              min={1001} max={9_999_999} allowDecimal={false} allowNegative={false} thousandSeparator={false} hideControls
              value={values.consultantNumber ?? ''} error={errors.consultantNumber}
              onChange={(v) => setValues({ ...values, consultantNumber: wholeOrNull(v) })} />
            <NumberInput label={t('datev.settings.clientNumber')} description={t('datev.settings.clientNumberHint')}
              min={1} max={99_999} allowDecimal={false} allowNegative={false} thousandSeparator={false} hideControls
              value={values.clientNumber ?? ''} error={errors.clientNumber}
              onChange={(v) => setValues({ ...values, clientNumber: wholeOrNull(v) })} />
            <NumberInput label={t('datev.settings.accountLength')} description={t('datev.settings.accountLengthHint')}
              min={4} max={8} allowDecimal={false} allowNegative={false} clampBehavior="strict"
              value={values.accountLength} error={errors.accountLength}
              onChange={(v) => setValues({ ...values, accountLength: wholeOrNull(v) ?? 4 })} />
            <NativeSelect label={t('datev.settings.fiscalYearStartMonth')} data={months} value={String(values.fiscalYearStartMonth)}
              error={errors.fiscalYearStartMonth}
              onChange={(e) => setValues({ ...values, fiscalYearStartMonth: Number(e.currentTarget.value) })} />
            <TextInput label={t('datev.settings.dictationCode')} description={t('datev.settings.dictationCodeHint')} maxLength={2}
              value={values.dictationCode} error={!dictationOk ? t('datev.settings.dictationCodeInvalid') : errors.dictationCode}
              onChange={(e) => setValues({ ...values, dictationCode: e.currentTarget.value })} />
          </SimpleGrid>
          <Group justify="flex-end"><Button type="submit" loading={busy} disabled={!dictationOk}>{t('common.save')}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Counter settings: discount and refund limits, quick-cash buttons, the scales' barcode prefixes. */
import { Alert, Button, Card, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterSettings } from '../../../src-shared/contract/sell';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { centsToInput, parseMoneyInput } from '../counter/money-input';

const PREFIXES = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29'];

function parseQuickCash(text: string): number[] | null {
  const parts = text.split(/[;\s]+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 8) return null;
  const cents = parts.map(parseMoneyInput);
  return cents.every((c) => c !== null && c >= 1 && c <= 1_000_000) ? (cents as number[]) : null;
}

export function CounterSettingsForm() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [values, setValues] = useState<CounterSettings | null>(null);
  const [limitPercent, setLimitPercent] = useState<number | string>(0);
  const [refund, setRefund] = useState('');
  const [quickCash, setQuickCash] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('counter.settings.get')
      .then((s) => {
        setValues(s);
        setLimitPercent(s.discountLimitBasisPoints / 100);
        setRefund(centsToInput(s.refundLimitCents, locale));
        setQuickCash(s.quickCashCents.map((c) => (c % 100 === 0 ? String(c / 100) : centsToInput(c, locale))).join('; '));
      })
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [t, locale]);

  if (!values) return error ? <Alert color="red">{error}</Alert> : null;
  const refundCents = parseMoneyInput(refund);
  const quickCashCents = parseQuickCash(quickCash);

  async function save() {
    if (refundCents === null || quickCashCents === null || typeof limitPercent !== 'number') return;
    setError(null);
    try {
      const saved = await call('counter.settings.update', {
        discountLimitBasisPoints: Math.round(limitPercent * 100),
        refundLimitCents: refundCents,
        quickCashCents: [...quickCashCents].sort((a, b) => a - b),
        embeddedPrefixes: values!.embeddedPrefixes,
      });
      setValues(saved);
      notifications.show({ color: 'green', message: t('sell.settings.saved') });
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  function setPrefix(prefix: string, meaning: string) {
    const next = { ...values!.embeddedPrefixes };
    if (meaning === 'none') delete next[prefix];
    else next[prefix] = meaning as 'price' | 'weight';
    setValues({ ...values!, embeddedPrefixes: next });
  }

  return (
    <Card withBorder padding="lg" maw={720}>
      <Stack>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <SimpleGrid cols={2}>
          <NumberInput label={t('sell.settings.discountLimit')} description={t('sell.settings.discountLimitHint')} min={0} max={100} decimalScale={2}
            decimalSeparator={locale.startsWith('de') ? ',' : '.'} value={limitPercent} onChange={setLimitPercent} />
          <TextInput label={t('sell.settings.refundLimit')} value={refund} onChange={(e) => setRefund(e.currentTarget.value)} inputMode="decimal"
            error={refundCents === null ? t('sell.money.invalid') : undefined} />
        </SimpleGrid>
        <TextInput label={t('sell.settings.quickCash')} description={t('sell.settings.quickCashHint')} value={quickCash}
          onChange={(e) => setQuickCash(e.currentTarget.value)} error={quickCashCents === null ? t('sell.settings.quickCashInvalid') : undefined} />
        <div>
          <Text fw={500} size="sm">{t('sell.settings.prefixes')}</Text>
          <Text size="xs" c="dimmed" mb="xs">{t('sell.settings.prefixesHint')}</Text>
          <SimpleGrid cols={2} spacing="xs">
            {PREFIXES.map((prefix) => (
              <Group key={prefix} gap="sm" wrap="nowrap">
                <Text fw={700} w={28} ff="monospace">{prefix}</Text>
                <SegmentedControl size="xs" value={values.embeddedPrefixes[prefix] ?? 'none'} onChange={(v) => setPrefix(prefix, v)}
                  aria-label={`${t('sell.settings.prefix')} ${prefix}`}
                  data={[{ value: 'none', label: t('sell.settings.unused') }, { value: 'price', label: t('sell.settings.price') }, { value: 'weight', label: t('sell.settings.weight') }]} />
              </Group>
            ))}
          </SimpleGrid>
        </div>
        <Group justify="flex-end">
          <Button onClick={() => void save()} disabled={refundCents === null || quickCashCents === null || typeof limitPercent !== 'number'}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

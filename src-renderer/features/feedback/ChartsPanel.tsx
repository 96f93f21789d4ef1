/** The improvement charts: top complaints, most asked-for items, and lost-sale value per week or month. */
import { Card, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackCharts } from '../../../src-shared/contract/feedback';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { useMoney } from '../counter/useMoney';
import { ColumnChart, RankedBars } from './BarCharts';

type Bucket = 'week' | 'month';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');
const dayText = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Twelve weeks (from a Monday) or twelve months up to today. */
export function defaultRange(bucket: Bucket, today = new Date()): { from: string; to: string } {
  const from = new Date(today);
  if (bucket === 'week') from.setDate(from.getDate() - ((from.getDay() + 6) % 7) - 7 * 11);
  else from.setFullYear(from.getFullYear(), from.getMonth() - 11, 1);
  return { from: dayText(from), to: dayText(today) };
}

/** ISO 8601 week number of a day (the week with the year's first Thursday is week 1). */
export function isoWeek(day: string): number {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

export function ChartsPanel() {
  const { t } = useTranslation();
  const { money, locale } = useMoney();
  const [bucket, setBucket] = useState<Bucket>('week');
  const [range, setRange] = useState(() => defaultRange('week'));
  const [data, setData] = useState<FeedbackCharts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    if (!DAY.test(range.from) || !DAY.test(range.to) || range.from > range.to) return;
    call('feedback.charts', { from: range.from, to: range.to, bucket }).then((d) => { setData(d); setError(null); }, (e) => setError(errorText(t, e)));
  }, [range, bucket, t]);
  useEffect(load, [load]);
  useChanged(['feedback'], load);

  const periodLabel = (start: string) => bucket === 'week'
    ? t('feedback.charts.weekLabel', { week: isoWeek(start) })
    : new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${start}T00:00:00Z`));
  const label = (l: string | null) => l ?? t('feedback.charts.noProduct');
  const lostTotal = data?.lostValue.reduce((s, p) => s + p.valueCents, 0) ?? 0;

  return (
    <Stack>
      <Group align="flex-end">
        <SegmentedControl value={bucket} aria-label={t('feedback.charts.bucket')} onChange={(v) => { setBucket(v as Bucket); setRange(defaultRange(v as Bucket)); }}
          data={[{ value: 'week', label: t('feedback.charts.week') }, { value: 'month', label: t('feedback.charts.month') }]} />
        <TextInput type="date" label={t('feedback.charts.from')} value={range.from} w={180} onChange={(e) => setRange({ ...range, from: e.currentTarget.value })} />
        <TextInput type="date" label={t('feedback.charts.to')} value={range.to} w={180} onChange={(e) => setRange({ ...range, to: e.currentTarget.value })} />
      </Group>
      {error && <Text c="red" role="alert">{error}</Text>}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Card withBorder>
              <Title order={4} mb="sm">{t('feedback.charts.topComplaints')}</Title>
              <RankedBars title={t('feedback.charts.topComplaints')} color="red" empty={t('feedback.charts.none')}
                bars={data.topComplaints.map((b) => ({
                  key: `${b.productId}`, label: label(b.label), value: b.count, valueText: String(b.count),
                  description: t('feedback.charts.countBar', { label: label(b.label), count: b.count }),
                }))} />
            </Card>
            <Card withBorder>
              <Title order={4} mb="sm">{t('feedback.charts.mostAsked')}</Title>
              <RankedBars title={t('feedback.charts.mostAsked')} color="blue" empty={t('feedback.charts.none')}
                bars={data.mostAsked.map((b, i) => ({
                  key: `${b.productId ?? `t${i}`}`, label: label(b.label), value: b.count, valueText: `${b.count}×`,
                  description: t('feedback.charts.askedBar', { label: label(b.label), count: b.count }),
                }))} />
            </Card>
          </SimpleGrid>
          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={4}>{t('feedback.charts.lostValue')}</Title>
              <Text fw={600} data-testid="lost-total">{t('feedback.charts.lostTotal', { value: money(lostTotal) })}</Text>
            </Group>
            <ColumnChart title={t('feedback.charts.lostValue')} color="orange"
              headers={[bucket === 'week' ? t('feedback.charts.week') : t('feedback.charts.month'), t('feedback.charts.lostValue')]}
              columns={data.lostValue.map((p) => ({
                key: p.start, label: periodLabel(p.start), value: p.valueCents, valueText: money(p.valueCents),
                description: t('feedback.charts.lostBar', { period: periodLabel(p.start), value: money(p.valueCents), count: p.count }),
              }))} />
          </Card>
        </>
      )}
    </Stack>
  );
}

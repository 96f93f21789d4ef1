/**
 * At the counter, for the product selected in the cart and the sale's customer: what customers
 * said and what was decided — "Kunden fragten 5× danach · Lösung: ab
 * Dezember im Sortiment". Shows nothing when there is nothing to say.
 */
import { Group, Text, Tooltip } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackHintData } from '../../../src-shared/contract/feedback';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { useCartStore } from '../counter/cartStore';

type Resolution = FeedbackHintData['resolutions'][number];

function resolutionText(t: TFunction, r: Resolution): string {
  const key = r.status === 'declined' ? 'declined' : r.status === 'actionPlanned' ? 'planned' : 'resolution';
  const text = t(`feedback.hint.${key}`, { text: r.resolution });
  return r.about === 'customer' ? t('feedback.hint.customer', { text }) : text;
}

/** The hint's parts in reading order; empty when there is nothing to show. */
export function hintParts(t: TFunction, hint: FeedbackHintData): string[] {
  return [
    ...(hint.asked > 0 ? [t('feedback.hint.asked', { count: hint.asked })] : []),
    ...(hint.complaints > 0 ? [t('feedback.hint.complaints', { count: hint.complaints })] : []),
    ...(hint.resolutions[0] ? [resolutionText(t, hint.resolutions[0])] : []),
  ];
}

export function FeedbackHint() {
  const { t } = useTranslation();
  const productId = useCartStore((s) => {
    const line = s.lines.find((l) => l.key === s.selected);
    return line?.kind === 'product' ? line.draft.productId : null;
  });
  const customerId = useCartStore((s) => s.customer?.id ?? null);
  const [hint, setHint] = useState<FeedbackHintData | null>(null);
  const load = useCallback(() => {
    if (productId === null && customerId === null) { setHint(null); return; }
    // Information only: a failure must never disturb selling.
    call('feedback.counterHint', { productId, customerId }).then(setHint, () => setHint(null));
  }, [productId, customerId]);
  useEffect(load, [load]);
  useChanged(['feedback'], load);

  if (!hint || hint.productId !== productId || hint.customerId !== customerId) return null;
  const parts = hintParts(t, hint);
  if (parts.length === 0) return null;
  const all = hint.resolutions.map((r) => resolutionText(t, r));
  return (
    <Tooltip label={all.join(' · ')} disabled={all.length < 2} multiline maw={420} withArrow>
      <Group gap={4} wrap="nowrap" data-testid="counter-feedback" aria-label={t('feedback.hint.label')} role="status">
        <IconBulb size={16} color="var(--mantine-color-orange-7)" aria-hidden />
        <Text size="sm" c="orange.9" lineClamp={1}>{parts.join(' · ')}</Text>
      </Group>
    </Tooltip>
  );
}

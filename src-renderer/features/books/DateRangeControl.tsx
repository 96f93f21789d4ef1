/**
 * A period: presets (this month … last year) and two day fields. A typed range only takes effect
 * once both days are valid and in order, so half-typed dates never reach the core.
 */
import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDay, presetOf, presetRange, RANGE_PRESETS, type DayRange, type RangePreset } from './dates';

export function DateRangeControl({ value, onChange, presets = true }: { value: DayRange; onChange(range: DayRange): void; presets?: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // A new range from outside (a preset, a drill-down) replaces what is typed.
  if (shown.from !== value.from || shown.to !== value.to) {
    setShown(value);
    setDraft(value);
  }
  const preset = presetOf(value);
  const invalid = isDay(draft.from) && isDay(draft.to) && draft.from > draft.to;

  function edit(patch: Partial<DayRange>) {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (isDay(next.from) && isDay(next.to) && next.from <= next.to) onChange(next);
  }

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      {presets && (
        // A range typed by hand matches no preset, so none is marked.
        <SegmentedControl
          aria-label={t('books.range.preset')} size="sm" mb={2}
          value={preset ?? ''}
          onChange={(v) => onChange(presetRange(v as RangePreset))}
          data={RANGE_PRESETS.map((p) => ({ value: p, label: t(`books.range.presets.${p}`) }))}
        />
      )}
      <TextInput type="date" label={t('books.range.from')} value={draft.from} onChange={(e) => edit({ from: e.currentTarget.value })} w={160}
        error={invalid ? t('books.range.fromAfterTo') : undefined} />
      <TextInput type="date" label={t('books.range.to')} value={draft.to} onChange={(e) => edit({ to: e.currentTarget.value })} w={160} />
    </Group>
  );
}

/** Period presets (weeks, months) or a range chosen by hand, for timesheets and the hours report. */
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isDay } from '../books/dates';
import { periodOf, type DayRange, type PeriodPreset } from './periods';

export interface PeriodChoice {
  preset: PeriodPreset | 'custom';
  range: DayRange;
}

export const choosePreset = (preset: PeriodPreset): PeriodChoice => ({ preset, range: periodOf(preset) });

/** Whether a hand-picked range can be asked for (both days valid, in order). */
export const validRange = ({ from, to }: DayRange) => isDay(from) && isDay(to) && from <= to;

export function PeriodPicker({ presets, value, onChange }: { presets: readonly PeriodPreset[]; value: PeriodChoice; onChange: (next: PeriodChoice) => void }) {
  const { t } = useTranslation();
  const options = [...presets, 'custom' as const].map((p) => ({ value: p, label: t(`timeclock.period.${p}`) }));
  return (
    <Group align="flex-end" gap="sm">
      <Select label={t('timeclock.period.label')} w={200} data={options} value={value.preset} allowDeselect={false}
        onChange={(p) => p && onChange(p === 'custom' ? { preset: 'custom', range: value.range } : choosePreset(p as PeriodPreset))} />
      {value.preset === 'custom' && (
        <>
          <TextInput type="date" label={t('timeclock.period.from')} w={170} value={value.range.from}
            onChange={(e) => onChange({ preset: 'custom', range: { ...value.range, from: e.currentTarget.value } })} />
          <TextInput type="date" label={t('timeclock.period.to')} w={170} value={value.range.to}
            onChange={(e) => onChange({ preset: 'custom', range: { ...value.range, to: e.currentTarget.value } })} />
        </>
      )}
    </Group>
  );
}

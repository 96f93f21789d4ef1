/**
 * The CSV column mapping: which column holds the date, the amount (one signed column, or money
 * out and money in apart), the other party, the purpose … chosen from the file's header, plus
 * the separator, the preamble to skip and the number formats. Every change refreshes the preview.
 */
import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CSV_DATE_FORMATS, type CsvColumnField, type CsvMapping } from '../../../src-shared/contract/bank';

interface Props {
  header: string[];
  mapping: CsvMapping;
  disabled?: boolean;
  onChange(mapping: CsvMapping): void;
}

const SINGLE: CsvColumnField[] = ['amountColumn', 'directionColumn'];
const SPLIT: CsvColumnField[] = ['debitColumn', 'creditColumn'];
const OTHERS: CsvColumnField[] = ['valueDateColumn', 'counterpartyColumn', 'payerColumn', 'purposeColumn', 'referenceColumn', 'ibanColumn'];

export function MappingForm({ header, mapping, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const columns = [...new Set(header.filter((h) => h.trim() !== ''))];
  const split = mapping.amountColumn === null;

  const column = (field: CsvColumnField, required = false) => (
    <Select
      key={field}
      label={t(`bank.mapping.${field}`)}
      data={columns}
      value={mapping[field]}
      clearable={!required}
      required={required}
      placeholder={t('bank.mapping.none')}
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
      onChange={(value) => (required && value === null ? undefined : onChange({ ...mapping, [field]: value }))}
    />
  );

  function setSplit(next: boolean) {
    if (next === split) return;
    onChange(next
      ? { ...mapping, amountColumn: null, directionColumn: null, debitColumn: columns[0] ?? null, creditColumn: columns[1] ?? columns[0] ?? null }
      : { ...mapping, amountColumn: mapping.creditColumn ?? columns[0] ?? null, debitColumn: null, creditColumn: null });
  }

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Select
          label={t('bank.mapping.delimiter')} disabled={disabled} allowDeselect={false} comboboxProps={{ withinPortal: true }}
          data={[{ value: ';', label: t('bank.mapping.delimiters.semicolon') }, { value: ',', label: t('bank.mapping.delimiters.comma') }, { value: '\t', label: t('bank.mapping.delimiters.tab') }]}
          value={mapping.delimiter} onChange={(v) => v && onChange({ ...mapping, delimiter: v as CsvMapping['delimiter'] })}
        />
        <NumberInput
          label={t('bank.mapping.skipLines')} min={0} max={100} allowDecimal={false} disabled={disabled}
          value={mapping.skipLines} onChange={(v) => typeof v === 'number' && onChange({ ...mapping, skipLines: v })}
        />
        <Select
          label={t('bank.mapping.dateFormat')} data={[...CSV_DATE_FORMATS]} value={mapping.dateFormat} disabled={disabled} allowDeselect={false}
          comboboxProps={{ withinPortal: true }} onChange={(v) => v && onChange({ ...mapping, dateFormat: v as CsvMapping['dateFormat'] })}
        />
        <Select
          label={t('bank.mapping.decimal')} disabled={disabled} allowDeselect={false} comboboxProps={{ withinPortal: true }}
          data={[{ value: ',', label: t('bank.mapping.decimals.comma') }, { value: '.', label: t('bank.mapping.decimals.dot') }]}
          value={mapping.decimal} onChange={(v) => v && onChange({ ...mapping, decimal: v as CsvMapping['decimal'] })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {column('dateColumn', true)}
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('bank.mapping.amountMode')}</Text>
          <SegmentedControl fullWidth size="sm"
            value={split ? 'split' : 'single'} disabled={disabled} onChange={(v) => setSplit(v === 'split')}
            data={[{ value: 'single', label: t('bank.mapping.single') }, { value: 'split', label: t('bank.mapping.split') }]}
          />
        </Stack>
        {(split ? SPLIT : SINGLE).map((field) => column(field, field !== 'directionColumn'))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {OTHERS.map((field) => column(field))}
      </SimpleGrid>
    </Stack>
  );
}

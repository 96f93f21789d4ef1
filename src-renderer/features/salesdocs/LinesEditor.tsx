/**
 * The lines of a draft: a catalogue product (its name, unit, VAT rate and net price taken over,
 * all editable) or a free-text line (a service, a flat fee). Every field is labelled per line, so
 * a screen reader and the tests can tell them apart.
 */
import { ActionIcon, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../src-shared/contract/catalogue';
import { SALES_UNITS, type SalesUnit } from '../../../src-shared/contract/salesdocs';
import type { VatRate } from '../../../src-shared/contract/settings';
import { splitGross } from '../../../src-shared/money';
import { formatMoneyInput } from '../../../src-shared/money-input';
import { useMoney } from '../counter/useMoney';
import { editorLineNet, nextKey, type EditorLine } from './editor-lines';
import { ProductSearch } from '../catalogue/ProductSearch';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function LinesEditor({ lines, onChange, vatRates, separator }: {
  lines: EditorLine[];
  onChange: (lines: EditorLine[]) => void;
  vatRates: VatRate[];
  separator: string;
}) {
  const { t } = useTranslation();
  const { money, percent } = useMoney();
  const usable = vatRates.filter((r) => r.retiredAt === null || lines.some((l) => l.vatRateId === r.id));
  const defaultRate = vatRates.find((r) => r.retiredAt === null)?.id ?? 0;
  // The percentage says it all, unless two rates share one.
  const rateLabel = (r: VatRate) => (usable.filter((x) => x.rateBasisPoints === r.rateBasisPoints).length > 1 ? `${percent(r.rateBasisPoints)} ${r.name}` : percent(r.rateBasisPoints));
  const set = (key: string, patch: Partial<EditorLine>) => onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  function addProduct(p: ProductSummary) {
    // Catalogue prices are the counter's gross prices; a business document is written net.
    const net = splitGross(p.priceCents, p.vatRateBasisPoints).net;
    onChange([...lines, {
      key: nextKey(), productId: p.id, sku: p.sku, description: p.name, quantity: '1', unit: p.unit, unitPrice: formatMoneyInput(net, separator),
      discount: '', vatRateId: p.vatRateId,
    }]);
  }
  const addFree = () => onChange([...lines, {
    key: nextKey(), productId: null, sku: '', description: '', quantity: '1', unit: 'piece', unitPrice: '', discount: '', vatRateId: defaultRate,
  }]);

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <ProductSearch label={t('salesdocs.editor.addProduct')} onPick={addProduct} />
        <Button variant="light" mih={44} leftSection={<IconPlus size={18} />} onClick={addFree}>{t('salesdocs.editor.addFreeLine')}</Button>
      </Group>
      {lines.length === 0 ? <Text c="dimmed">{t('salesdocs.editor.noLines')}</Text> : (
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing={6} horizontalSpacing="xs" aria-label={t('salesdocs.editor.lines')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t('salesdocs.editor.description')}</Table.Th>
                <Table.Th w={100}>{t('salesdocs.editor.quantity')}</Table.Th>
                <Table.Th w={120}>{t('salesdocs.editor.unit')}</Table.Th>
                <Table.Th w={120}>{t('salesdocs.editor.unitPrice')}</Table.Th>
                <Table.Th w={90}>{t('salesdocs.editor.discount')}</Table.Th>
                <Table.Th w={110}>{t('salesdocs.editor.vatRate')}</Table.Th>
                <Table.Th w={110} ta="right">{t('salesdocs.editor.lineNet')}</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l, i) => {
                const position = i + 1;
                const net = editorLineNet(l);
                return (
                  <Table.Tr key={l.key} data-testid="salesdocs-line">
                    <Table.Td style={num}>{position}</Table.Td>
                    <Table.Td>
                      <TextInput aria-label={t('salesdocs.editor.descriptionOf', { position })} value={l.description} maxLength={300}
                        onChange={(e) => set(l.key, { description: e.currentTarget.value })} error={l.description.trim() === '' ? ' ' : undefined}
                        description={l.sku || undefined} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput aria-label={t('salesdocs.editor.quantityOf', { position })} value={l.quantity} inputMode="decimal"
                        onChange={(e) => set(l.key, { quantity: e.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect aria-label={t('salesdocs.editor.unitOf', { position })} value={l.unit}
                        onChange={(e) => set(l.key, { unit: e.currentTarget.value as SalesUnit })}
                        data={SALES_UNITS.map((u) => ({ value: u, label: t(`salesdocs.unitNames.${u}`) }))} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput aria-label={t('salesdocs.editor.unitPriceOf', { position })} value={l.unitPrice} inputMode="decimal"
                        onChange={(e) => set(l.key, { unitPrice: e.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput aria-label={t('salesdocs.editor.discountOf', { position })} value={l.discount} inputMode="decimal"
                        onChange={(e) => set(l.key, { discount: e.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect aria-label={t('salesdocs.editor.vatRateOf', { position })} value={String(l.vatRateId)}
                        onChange={(e) => set(l.key, { vatRateId: Number(e.currentTarget.value) })}
                        data={usable.map((r) => ({ value: String(r.id), label: rateLabel(r) }))} />
                    </Table.Td>
                    <Table.Td ta="right" style={num}>{net === null ? '–' : money(net)}</Table.Td>
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" size={44} aria-label={t('salesdocs.editor.removeOf', { position })}
                        onClick={() => onChange(lines.filter((x) => x.key !== l.key))}>
                        <IconTrash size={18} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

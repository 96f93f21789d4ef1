/** The lines table of a manual entry: account, debit or credit, VAT rate; the sums beneath. */
import { ActionIcon, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../settings/store';
import { AccountSelect } from './AccountSelect';
import { draftSums, emptyLine, lineProblem, type DraftLine } from './manual-lines';
import { useBooksFormat } from './useBooksFormat';

const NUMERIC = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function ManualLines({ lines, onChange }: { lines: DraftLine[]; onChange(lines: DraftLine[]): void }) {
  const { t } = useTranslation();
  const format = useBooksFormat();
  const vatRates = useSettingsStore((s) => s.vatRates);
  const rateOptions = vatRates.filter((r) => r.retiredAt === null).map((r) => ({ value: String(r.id), label: `${r.name} (${format.percent(r.rateBasisPoints)})` }));
  const sums = draftSums(lines);

  const update = (key: number, patch: Partial<DraftLine>) => onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs" aria-label={t('books.manual.lines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="38%">{t('books.columns.account')}</Table.Th>
              <Table.Th ta="right">{t('books.columns.debit')}</Table.Th>
              <Table.Th ta="right">{t('books.columns.credit')}</Table.Th>
              <Table.Th>{t('books.columns.vatRate')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, i) => {
              const problem = lineProblem(line);
              const n = i + 1;
              return (
                <Table.Tr key={line.key} data-testid={`manual-line-${n}`}>
                  <Table.Td>
                    <AccountSelect aria-label={t('books.manual.accountOfLine', { n })} placeholder={t('books.manual.accountPlaceholder')}
                      value={line.accountId} onChange={(accountId) => update(line.key, { accountId })} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput aria-label={t('books.manual.debitOfLine', { n })} value={line.debit} inputMode="decimal" styles={{ input: { textAlign: 'right' } }}
                      error={problem === 'amount' && line.debit.trim() !== ''} maxLength={20}
                      onChange={(e) => update(line.key, { debit: e.currentTarget.value, credit: e.currentTarget.value.trim() ? '' : line.credit })} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput aria-label={t('books.manual.creditOfLine', { n })} value={line.credit} inputMode="decimal" styles={{ input: { textAlign: 'right' } }}
                      error={problem === 'amount' && line.credit.trim() !== ''} maxLength={20}
                      onChange={(e) => update(line.key, { credit: e.currentTarget.value, debit: e.currentTarget.value.trim() ? '' : line.debit })} />
                  </Table.Td>
                  <Table.Td>
                    <Select aria-label={t('books.manual.vatOfLine', { n })} placeholder={t('books.manual.noVat')} data={rateOptions} clearable
                      value={line.vatRateId === null ? null : String(line.vatRateId)} onChange={(v) => update(line.key, { vatRateId: v ? Number(v) : null })} />
                  </Table.Td>
                  <Table.Td w={56}>
                    <ActionIcon variant="subtle" color="gray" size={44} disabled={lines.length <= 2} aria-label={t('books.manual.removeLine', { n })}
                      onClick={() => onChange(lines.filter((l) => l.key !== line.key))}><IconTrash size={18} /></ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" align="flex-start">
        <Button variant="light" leftSection={<IconPlus size={18} />} onClick={() => onChange([...lines, emptyLine()])} disabled={lines.length >= 100}>
          {t('books.manual.addLine')}
        </Button>
        <Group gap="xl" data-testid="manual-sums">
          <div><Text size="xs" c="dimmed">{t('books.manual.debitSum')}</Text><Text fw={600} style={NUMERIC} data-testid="sum-debit">{format.money(sums.debitCents)}</Text></div>
          <div><Text size="xs" c="dimmed">{t('books.manual.creditSum')}</Text><Text fw={600} style={NUMERIC} data-testid="sum-credit">{format.money(sums.creditCents)}</Text></div>
          <div>
            <Text size="xs" c="dimmed">{t('books.manual.difference')}</Text>
            <Text fw={700} style={NUMERIC} c={sums.differenceCents === 0 ? 'green.8' : 'red.7'} data-testid="sum-difference">{format.money(Math.abs(sums.differenceCents))}</Text>
          </div>
        </Group>
      </Group>
    </>
  );
}

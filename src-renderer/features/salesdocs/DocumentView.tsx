/**
 * One document: who it is for, its dates, lines and totals, for invoices what is paid, credited
 * and open, and the documents it came from or led to. A draft opens in the editor on request.
 */
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SalesDocument } from '../../../src-shared/contract/salesdocs';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { useMoney } from '../counter/useMoney';
import { DocumentActions } from './DocumentActions';
import { DocumentEditor } from './DocumentEditor';
import { formatQuantityInput } from './editor-lines';
import { StatusBadges } from './StatusBadges';
import { TotalsBox } from './TotalsBox';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group justify="space-between" gap="md" wrap="nowrap">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="sm" fw={500} ta="right">{children}</Text>
    </Group>
  );
}

export function DocumentView({ id, onOpen, onBack }: { id: number; onOpen: (id: number) => void; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const { money, percent, shortDate } = useMoney();
  const [doc, setDoc] = useState<SalesDocument | null>(null);
  const [editing, setEditing] = useState(false);
  const load = useCallback(() => { void refreshQuietly(async () => setDoc(await call('salesdocs.get', { id }))); }, [id]);
  useEffect(load, [load]);
  useChanged(['salesDocuments', 'customers'], load);

  if (!doc) return null;
  if (editing && doc.status === 'draft') {
    return <DocumentEditor kind={doc.kind} document={doc} onDone={() => { setEditing(false); load(); }} onCancel={() => setEditing(false)} />;
  }
  const separator = i18n.language === 'en' ? '.' : ',';
  const day = (d: string | null) => (d ? shortDate(`${d}T12:00:00`) : '–');
  const kind = t(`salesdocs.kinds.${doc.kind}`);
  const delivery = doc.deliveryFrom
    ? doc.deliveryTo && doc.deliveryTo !== doc.deliveryFrom ? `${day(doc.deliveryFrom)} – ${day(doc.deliveryTo)}` : day(doc.deliveryFrom)
    : t('salesdocs.detail.deliveryDefault');
  const b = doc.buyer;
  return (
    <Stack maw={1200}>
      <Group>
        <Button variant="subtle" mih={44} leftSection={<IconArrowLeft size={18} />} onClick={onBack}>{t('salesdocs.detail.back')}</Button>
      </Group>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={3}>{doc.number ? `${kind} ${doc.number}` : t('salesdocs.detail.draftTitle', { kind })}</Title>
          <StatusBadges document={doc} />
        </Group>
        <DocumentActions document={doc} onEdit={() => setEditing(true)} onOpen={onOpen} />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder padding="sm">
          <Text size="sm" c="dimmed">{t('salesdocs.detail.buyer')}</Text>
          <Text fw={700}>{b.name}</Text>
          <Text size="sm">{b.street}</Text>
          <Text size="sm">{`${b.postalCode} ${b.city}`.trim()}</Text>
          {b.vatId && <Text size="sm">{t('salesdocs.detail.buyerVatId', { vatId: b.vatId })}</Text>}
        </Card>
        <Card withBorder padding="sm">
          <Stack gap={4}>
            <Fact label={t('salesdocs.detail.documentDate')}>{day(doc.documentDate)}</Fact>
            {(doc.kind === 'invoice' || doc.kind === 'creditNote' || doc.deliveryFrom) && <Fact label={t('salesdocs.detail.delivery')}>{delivery}</Fact>}
            {doc.kind === 'invoice' && <Fact label={t('salesdocs.detail.paymentTerms')}>{t('salesdocs.detail.paymentTermsDays', { count: doc.paymentTermsDays })}</Fact>}
            {doc.dueOn && <Fact label={t('salesdocs.detail.dueOn')}>{day(doc.dueOn)}</Fact>}
            {doc.validUntil && <Fact label={t('salesdocs.detail.validUntil')}>{day(doc.validUntil)}</Fact>}
            {doc.reference && <Fact label={t('salesdocs.detail.reference')}>{doc.reference}</Fact>}
            {doc.issuedByName && <Text size="xs" c="dimmed">{t('salesdocs.detail.issuedBy', { name: doc.issuedByName })}</Text>}
          </Stack>
        </Card>
        <Card withBorder padding="sm">
          <Stack gap={4}>
            {doc.sourceId !== null && (
              <Fact label={doc.kind === 'creditNote' ? t('salesdocs.detail.corrects') : t('salesdocs.detail.source')}>
                <Anchor component="button" type="button" onClick={() => onOpen(doc.sourceId!)}>{doc.sourceNumber}</Anchor>
              </Fact>
            )}
            {doc.followUps.length > 0 && <Text size="sm" c="dimmed">{t('salesdocs.detail.followUps')}</Text>}
            {doc.followUps.map((f) => (
              <Group key={f.id} justify="space-between">
                <Anchor component="button" type="button" size="sm" onClick={() => onOpen(f.id)}>
                  {t(`salesdocs.kinds.${f.kind}`)} {f.number ?? t('salesdocs.list.draftNumber')}
                </Anchor>
                <Text size="sm" c="dimmed">{t(`salesdocs.status.${f.status}`)}</Text>
              </Group>
            ))}
          </Stack>
        </Card>
      </SimpleGrid>
      {doc.intro && <Text style={{ whiteSpace: 'pre-wrap' }}>{doc.intro}</Text>}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" horizontalSpacing="md" striped aria-label={t('salesdocs.editor.lines')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t('salesdocs.editor.description')}</Table.Th>
                <Table.Th ta="right">{t('salesdocs.editor.quantity')}</Table.Th>
                <Table.Th ta="right">{t('salesdocs.editor.unitPrice')}</Table.Th>
                <Table.Th ta="right">{t('salesdocs.editor.discount')}</Table.Th>
                <Table.Th ta="right">{t('salesdocs.editor.vatRate')}</Table.Th>
                <Table.Th ta="right">{t('salesdocs.editor.lineNet')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.lines.map((l) => (
                <Table.Tr key={l.position}>
                  <Table.Td style={num}>{l.position}</Table.Td>
                  <Table.Td>{l.description}{l.sku && <Text span size="xs" c="dimmed" ml="xs" ff="monospace">{l.sku}</Text>}</Table.Td>
                  <Table.Td ta="right" style={num}>{formatQuantityInput(l.quantity, separator)} {t(`salesdocs.units.${l.unit}`)}</Table.Td>
                  <Table.Td ta="right" style={num}>{money(l.unitPriceCents)}</Table.Td>
                  <Table.Td ta="right" style={num}>{l.discountBasisPoints > 0 ? percent(l.discountBasisPoints) : ''}</Table.Td>
                  <Table.Td ta="right" style={num}>{percent(l.rateBasisPoints)}</Table.Td>
                  <Table.Td ta="right" style={num}>{money(l.netCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <TotalsBox rates={doc.rates} netCents={doc.netCents} vatCents={doc.vatCents} grossCents={doc.grossCents} />
      {doc.note && <Text style={{ whiteSpace: 'pre-wrap' }}>{doc.note}</Text>}
      {doc.kind === 'invoice' && doc.status === 'issued' && (
        <Card withBorder padding="sm" maw={560}>
          <Stack gap={4}>
            <Title order={4}>{t('salesdocs.detail.payments')}</Title>
            {doc.payments.length === 0 && <Text size="sm" c="dimmed">{t('salesdocs.detail.noPayments')}</Text>}
            {doc.payments.map((p) => (
              <Fact key={p.id} label={`${day(p.paidOn)} · ${p.amountCents < 0 ? t('salesdocs.detail.refund') : t(`salesdocs.methods.${p.method}`)}${p.note ? ` · ${p.note}` : ''}`}>
                <span style={num}>{money(p.amountCents)}</span>
              </Fact>
            ))}
            {doc.creditedCents > 0 && <Fact label={t('salesdocs.detail.credited')}>{money(doc.creditedCents)}</Fact>}
            <Fact label={t('salesdocs.detail.paid')}>{money(doc.paidCents)}</Fact>
            <Fact label={t('salesdocs.detail.open')}><span data-testid="salesdocs-open">{money(doc.openCents)}</span></Fact>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

/**
 * Writing a draft: the customer, the lines, dates and texts. The totals follow every keystroke
 * with the core's own arithmetic. Saving creates or replaces the draft; nothing is numbered or
 * posted until the draft is issued.
 */
import { Alert, Button, Group, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../src-shared/contract/customers';
import type { SalesDocument, SalesDocumentKind } from '../../../src-shared/contract/salesdocs';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useSettingsStore } from '../settings/store';
import { CustomerPicker } from './CustomerPicker';
import { editorTotals, fromDocumentLine, toInput, type EditorLine } from './editor-lines';
import { LinesEditor } from './LinesEditor';
import { TotalsBox } from './TotalsBox';

export function DocumentEditor({ kind, document, onDone, onCancel }: {
  kind: SalesDocumentKind;
  document?: SalesDocument;
  onDone: (id: number) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const separator = i18n.language === 'en' ? '.' : ',';
  const vatRates = useSettingsStore((s) => s.vatRates);
  const loadVatRates = useSettingsStore((s) => s.loadVatRates);
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [lines, setLines] = useState<EditorLine[]>(() => document?.lines.map((l) => fromDocumentLine(l, separator)) ?? []);
  const [reference, setReference] = useState(document?.reference ?? '');
  const [deliveryFrom, setDeliveryFrom] = useState(document?.deliveryFrom ?? '');
  const [deliveryTo, setDeliveryTo] = useState(document?.deliveryTo ?? '');
  const [validUntil, setValidUntil] = useState(document?.validUntil ?? '');
  const [terms, setTerms] = useState(document ? String(document.paymentTermsDays) : '');
  // The A4 layout prints texts below the lines only, so the editor offers one text; an intro
  // written through the API is kept as it is.
  const intro = document?.intro ?? '';
  const [note, setNote] = useState(document?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => { if (vatRates.length === 0) void loadVatRates(); }, [vatRates.length, loadVatRates]);
  useEffect(() => {
    if (document) void call('customers.get', { id: document.customerId }).then(setCustomer);
  }, [document]);

  const rateOf = (id: number) => vatRates.find((r) => r.id === id)?.rateBasisPoints ?? 0;
  const totals = editorTotals(lines, rateOf);
  const inputs = lines.map(toInput);
  const termsDays = terms.trim() === '' ? null : Number(terms);
  const termsValid = termsDays === null || (Number.isInteger(termsDays) && termsDays >= 0 && termsDays <= 365);
  const valid = customer !== null && lines.length > 0 && inputs.every((l) => l !== null) && termsValid;

  async function save() {
    if (!valid) return setError(t('salesdocs.editor.invalid'));
    setBusy(true);
    setError(null);
    const fields = {
      customerId: customer.id, reference: reference.trim(), deliveryFrom: deliveryFrom || null, deliveryTo: deliveryTo || null,
      validUntil: kind === 'quote' ? validUntil || null : null, paymentTermsDays: termsDays, intro, note: note.trim(),
      lines: inputs.map((l) => l!),
    };
    try {
      const saved = document
        ? await call('salesdocs.update', { id: document.id, ...fields })
        : await call('salesdocs.create', { kind: kind as 'quote' | 'order' | 'invoice', ...fields });
      notifications.show({ color: 'green', message: t('salesdocs.editor.saved') });
      onDone(saved.id);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const kindName = t(`salesdocs.kinds.${kind}`);
  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Stack maw={1200}>
        <Title order={3}>{document ? t('salesdocs.editor.titleEdit', { kind: kindName }) : t('salesdocs.editor.titleNew', { kind: kindName })}</Title>
        <CustomerPicker customer={customer} onPick={setCustomer} needsAddress={kind === 'invoice' || kind === 'creditNote'} locked={kind === 'creditNote'} />
        <SimpleGrid cols={{ base: 1, md: 4 }}>
          <TextInput label={t('salesdocs.editor.reference')} value={reference} maxLength={60} onChange={(e) => setReference(e.currentTarget.value)} />
          <TextInput type="date" label={t('salesdocs.editor.deliveryFrom')} description={kind === 'invoice' ? t('salesdocs.editor.deliveryHint') : undefined}
            value={deliveryFrom} onChange={(e) => setDeliveryFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t('salesdocs.editor.deliveryTo')} value={deliveryTo} onChange={(e) => setDeliveryTo(e.currentTarget.value)}
            error={deliveryTo && (!deliveryFrom || deliveryTo < deliveryFrom) ? ' ' : undefined} />
          {kind === 'quote'
            ? <TextInput type="date" label={t('salesdocs.editor.validUntil')} value={validUntil} onChange={(e) => setValidUntil(e.currentTarget.value)} />
            : kind !== 'creditNote' && (
              <TextInput label={t('salesdocs.editor.paymentTerms')} description={t('salesdocs.editor.paymentTermsHint')} value={terms} inputMode="numeric"
                error={termsValid ? undefined : ' '} onChange={(e) => setTerms(e.currentTarget.value)} />
            )}
        </SimpleGrid>
        <LinesEditor lines={lines} onChange={setLines} vatRates={vatRates} separator={separator} />
        {totals && <TotalsBox rates={totals.rates} netCents={totals.netCents} vatCents={totals.vatCents} grossCents={totals.grossCents} />}
        <Textarea label={t('salesdocs.editor.note')} value={note} maxLength={1000} minRows={2} onChange={(e) => setNote(e.currentTarget.value)} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onCancel}>{t('salesdocs.editor.cancel')}</Button>
          <Button type="submit" mih={44} loading={busy}>{t('salesdocs.editor.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

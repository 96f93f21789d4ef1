/**
 * The invoice PDF read back as text, field by field against what §14 Abs. 4 UStG asks for:
 * seller and buyer with addresses, tax number / VAT IDs, invoice date, consecutive number,
 * delivery date or period, quantity and description of each line, unit prices, net per VAT rate,
 * rate and VAT per rate, gross, payment terms; a credit note names its invoice; drafts say so.
 */
import { pdfText } from '../helpers/pdf-text';
import type { BooksCore } from '../helpers/books';
import { issuedInvoice, salesCore } from './salesdocs-fixtures';

/** The PDF's text with every run of white space (NBSP from Intl included) as one space. */
async function pdfOf(t: BooksCore, id: number): Promise<{ fileName: string; text: string }> {
  const envelope = await t.core.invokeAsync('salesdocs.pdf', { id }, { token: t.signedToken() });
  if (!envelope.ok) throw new Error(`salesdocs.pdf: ${envelope.error.code}`);
  const { fileName, base64 } = envelope.data as { fileName: string; base64: string };
  const bytes = Buffer.from(base64, 'base64');
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  return { fileName, text: (await pdfText(bytes)).replace(/\s+/g, ' ') };
}

describe('the invoice PDF', () => {
  it('carries every field §14 UStG asks for, in German', async () => {
    const s = salesCore();
    const invoice = issuedInvoice(s, { deliveryFrom: '2026-01-10', deliveryTo: '2026-01-12', reference: 'Bestellung 4711' });
    const customerNumber = s.t.call('customers.get', { id: s.customerId }).number;
    const { fileName, text } = await pdfOf(s.t, invoice.id);
    expect(fileName).toBe('RE-2026-0001.pdf');
    const expected = [
      // the seller: name, address, VAT ID and tax number
      'Laden am Markt', 'Marktplatz 3', '79098 Freiburg im Breisgau', 'USt-IdNr.: DE123456789', 'Steuernummer: 06/123/45678',
      // the buyer: name, address, VAT ID
      'Hotel Adler GmbH', 'Schwarzwaldstraße 12', '79117 Freiburg', 'Ihre USt-IdNr. DE811907980',
      // number, date, delivery period, customer number, reference, due day
      'Rechnung RE-2026-0001', 'Rechnungsnummer RE-2026-0001', 'Rechnungsdatum 15.01.2026', 'Leistungszeitraum 10.01.2026 – 12.01.2026',
      `Kundennummer ${customerNumber}`, 'Ihre Referenz Bestellung 4711', 'Fällig am 29.01.2026',
      // each line: position, description, quantity and unit, unit price, discount, rate, net
      '1 Kaffee Hausmischung 1 kg', '3 Stk. 19,99 € 19 % 59,97 €',
      '2 Tee lose 2,5 kg 4,49 € 7 % 11,23 €',
      '3 Montage Kaffeemaschine 1,5 Std. 45,00 € 10 % 19 % 60,75 €',
      // net and VAT per rate, gross
      'Nettobetrag 19 % 120,72 €', 'Umsatzsteuer 19 % 22,94 €', 'Nettobetrag 7 % 11,23 €', 'Umsatzsteuer 7 % 0,79 €',
      'Summe netto 131,95 €', 'Summe Umsatzsteuer 23,73 €', 'Rechnungsbetrag brutto 155,68 €',
      // payment terms
      'Zahlbar ohne Abzug bis zum 29.01.2026 (14 Tage).',
    ];
    for (const part of expected) expect(text, part).toContain(part);
    const sku = s.t.call('salesdocs.get', { id: invoice.id }).lines[0]!.sku;
    expect(text).toContain(`Art.-Nr. ${sku}`);
    expect(text).not.toContain('ENTWURF');
    s.t.close();
  });

  it('prints a single delivery day, or the invoice date when none was given', async () => {
    const s = salesCore();
    const oneDay = issuedInvoice(s, { deliveryFrom: '2026-01-12' });
    expect((await pdfOf(s.t, oneDay.id)).text).toContain('Liefer-/Leistungsdatum 12.01.2026');
    const none = issuedInvoice(s);
    expect((await pdfOf(s.t, none.id)).text).toContain('Liefer-/Leistungsdatum 15.01.2026');
    s.t.close();
  });

  it('names the corrected invoice on a credit note, and marks drafts', async () => {
    const s = salesCore();
    const invoice = issuedInvoice(s);
    const draft = s.t.call('salesdocs.credit', { invoiceId: invoice.id });
    const draftPdf = await pdfOf(s.t, draft.id);
    expect(draftPdf.text).toContain('Rechnungskorrektur – ENTWURF');
    expect(draftPdf.text).toContain('ENTWURF – noch nicht ausgestellt');
    expect(draftPdf.fileName).toBe(`Entwurf-Rechnungskorrektur-${draft.id}.pdf`);
    const credit = s.t.call('salesdocs.issue', { id: draft.id });
    const { text } = await pdfOf(s.t, credit.id);
    for (const part of ['Rechnungskorrektur RK-2026-0001', 'Korrekturnummer RK-2026-0001', 'Zu Rechnung RE-2026-0001',
      'Diese Rechnungskorrektur bezieht sich auf die Rechnung RE-2026-0001 vom 15.01.2026', 'Korrekturbetrag brutto 155,68 €', 'Ihre USt-IdNr. DE811907980']) {
      expect(text, part).toContain(part);
    }
    s.t.close();
  });

  it('follows the shop language, not the reader', async () => {
    const s = salesCore();
    s.t.core.db.prepare("UPDATE company SET language = 'en'").run();
    const invoice = issuedInvoice(s);
    const { text } = await pdfOf(s.t, invoice.id);
    for (const part of ['Invoice RE-2026-0001', 'Invoice date 15/01/2026', 'Your VAT ID DE811907980', '3 pcs €19.99 19% €59.97',
      'Net amount 19% €120.72', 'VAT 19% €22.94', 'Invoice total €155.68', 'VAT ID: DE123456789', 'Tax number: 06/123/45678']) {
      expect(text, part).toContain(part);
    }
    s.t.close();
  });
});

import { describe, expect, it } from 'vitest';
import { renderA4 } from '../../src-main/pdf/a4';
import { pdfPages, pdfText } from '../helpers/pdf-text';

describe('A4 documents', () => {
  it('lays out sender, recipient, facts, the table, totals and notes as readable text', async () => {
    const bytes = await renderA4({
      title: 'Bestellung 7',
      sender: ['Café Kontor', 'Hauptstraße 1', '12345 Musterstadt'],
      recipient: ['Großhandel Süd GmbH', 'Lagerweg 5', '80331 München'],
      facts: [['Bestellnummer', '7'], ['Datum', '28.11.2026']],
      columns: [{ header: 'Artikel', width: 3 }, { header: 'Menge', width: 1, align: 'right' }],
      rows: [['Kaffee 1 kg', '12'], ['Tee grün', '4,5']],
      totals: [['Netto', '123,45 €']],
      notes: ['Bitte liefern Sie bis Donnerstag.'],
      footer: 'USt-IdNr. DE123456789',
    });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    for (const part of ['Café Kontor', 'Großhandel Süd GmbH', 'Bestellung 7', 'Bestellnummer', 'Kaffee 1 kg', '4,5', '123,45 €', 'Bitte liefern Sie bis Donnerstag.', 'USt-IdNr. DE123456789', '1/1']) {
      expect(text).toContain(part);
    }
  });

  it('breaks a long table across pages and repeats the header', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Artikel ${i + 1}`, String(i + 1)]);
    const bytes = await renderA4({ title: 'Lang', sender: ['A'], recipient: ['B'], facts: [], columns: [{ header: 'Artikel', width: 3 }, { header: 'Menge', width: 1 }], rows });
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.includes('Artikel'))).toBe(true);
    expect(pages.at(-1)).toContain('Artikel 120');
    expect(pages.at(-1)).toContain(`${pages.length}/${pages.length}`);
  });
});

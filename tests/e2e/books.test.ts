/**
 * The owner's books, end to end in real Chromium against the built app in browser mode: record
 * the shop's rent as an expense paid from the bank with the invoice attached, import the bank's
 * CSV statement, match the rent line to that expense, read the VAT report and the P&L, and
 * export the period for DATEV — checking the downloaded file's bytes.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import iconv from 'iconv-lite';
import { translations } from '../../src-shared/i18n';
import { formatMoney, splitGross } from '../../src-shared/money';
import { localDay } from '../../src-main/core/clock';
import { sparkasseDemoBytes } from '../fixtures/bank/sparkasse-demo';
import { signInWithPassword } from '../helpers/browser-flows';
import { launchBrowser, startServer, tempDataDir, type RunningServer } from '../helpers/server';

const { de } = translations;
const b = de.books;
const euro = (cents: number) => formatMoney(cents, 'EUR', 'de-DE');

// The rent: 1.250,00 € gross at 19 % (the landlord opted for VAT): 1.050,42 net + 199,58 input VAT.
const RENT_CENTS = 125_000;
const RENT = splitGross(RENT_CENTS, 1900);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const dataDir = tempDataDir();
let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ dataDir, demo: true })]);
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'de-DE', acceptDownloads: true });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const view = (name: string) => page.goto(`${server.url}/#/back/bookkeeping?view=${name}`);
const notification = (text: string | RegExp) => page.locator('.mantine-Notification-root').filter({ hasText: text }).first().waitFor();

describe('the books in Chromium', () => {
  test('expense with its receipt, bank import and match, VAT report, P&L, DATEV export', async () => {
    // --- The owner signs in with the password.
    await page.goto(`${server.url}/#/login`);
    await signInWithPassword(page, de.signIn);

    // --- The rent as a quick expense, paid from the bank, the invoice attached.
    await view('expense');
    const form = page.getByRole('form', { name: b.tabs.expense });
    await form.getByLabel(b.expense.gross).fill('1.250,00');
    await form.getByLabel(new RegExp(`^${b.fields.text}`)).fill('Miete Laden Marktplatz');
    await form.getByLabel(b.expense.account).selectOption({ label: '4210 Miete' });
    await form.getByLabel(b.expense.vatRate).selectOption({ label: `${de.vatRateNames.standard} (19 %)` });
    await form.getByText(b.expense.bank, { exact: true }).click();
    await form.getByLabel(b.receipt.label, { exact: true }).setInputFiles({ name: 'miete-rechnung.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(form.getByText(euro(RENT.vat)).count()).resolves.toBeGreaterThan(0); // the input VAT, split off live
    await form.getByRole('button', { name: b.expense.submit }).click();
    await notification(b.expense.posted.replace('{{amount}}', euro(RENT_CENTS)).replace('{{number}}', '2'));

    // The journal shows it with its receipt; the receipt opens from the entry.
    await view('journal');
    const row = page.getByRole('row', { name: /Miete Laden Marktplatz/ });
    await row.waitFor();
    await row.getByRole('button', { name: b.journal.open.replace('{{number}}', '2') }).click();
    const drawer = page.getByRole('dialog', { name: b.entry.title.replace('{{number}}', '2') });
    await drawer.getByText('miete-rechnung.pdf').waitFor();
    await page.keyboard.press('Escape');

    // --- The bank statement (Sparkasse CSV, Windows-1252), dated around today.
    const today = localDay(new Date());
    await view('bank');
    await page.getByRole('button', { name: de.bank.import.open }).click();
    await page.getByLabel(de.bank.import.file, { exact: true }).setInputFiles({ name: 'umsaetze.csv', mimeType: 'text/csv', buffer: sparkasseDemoBytes(today) });
    await page.getByText(de.bank.import.summary.replace('{{total}}', '6').replace('{{new}}', '6').replace('{{duplicates}}', '0').replace('{{errors}}', '0')).waitFor();
    await page.getByRole('button', { name: de.bank.import.run, exact: true }).click();
    await page.getByText(de.bank.import.done.replace('{{added}}', '6').replace('{{duplicates}}', '0').replace('{{skipped}}', '0')).waitFor();

    // --- The rent line: its suggestion is the expense; match it.
    const rentLine = page.getByRole('row', { name: /Hausverwaltung Sonnenschein/ });
    await rentLine.getByRole('button', { name: de.bank.lines.suggestions }).click();
    const suggestion = page.getByTestId(/^bank-suggestions-/).locator('.mantine-Card-root').filter({ hasText: /Miete Laden Marktplatz/ }).first();
    await suggestion.waitFor();
    await suggestion.getByRole('button', { name: de.bank.suggestions.match }).click();
    await notification(de.bank.suggestions.matched);
    // It leaves the open lines; among all lines it shows as linked to the entry.
    await page.getByRole('row', { name: /Hausverwaltung Sonnenschein/ }).waitFor({ state: 'detached' });
    await page.getByText(de.bank.lines.all, { exact: true }).click();
    await page.getByRole('row', { name: /Hausverwaltung Sonnenschein/ }).getByText(de.bank.lines.kinds.linked).waitFor();

    // --- The VAT report for this month: input VAT 199,58, a refund of the same.
    await view('reports');
    await page.getByRole('tab', { name: b.reports.kinds.vat }).click();
    await page.getByRole('row').filter({ hasText: /^66/ }).filter({ hasText: euro(RENT.vat) }).waitFor();

    // --- The P&L: the rent's net amount as the only cost.
    await page.getByRole('tab', { name: b.reports.kinds.profitLoss }).click();
    await page.getByRole('row').filter({ hasText: '4210' }).filter({ hasText: euro(RENT.net) }).first().waitFor();
    await page.getByText(b.reports.loss).first().waitFor();

    // --- DATEV: enter the adviser's numbers, export, and check the file.
    await view('closing');
    await page.getByLabel(de.datev.settings.consultantNumber, { exact: true }).fill('29098');
    await page.getByLabel(de.datev.settings.clientNumber, { exact: true }).fill('55003');
    await page.getByRole('form', { name: de.datev.settings.title }).or(page.locator('form').filter({ hasText: de.datev.settings.title })).first()
      .getByRole('button', { name: de.common.save }).click();
    await notification(de.datev.settings.saved);
    // This month (the export offers last month first, the usual case for the adviser).
    await page.getByText(b.range.presets.thisMonth, { exact: true }).last().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: de.datev.export.button }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^EXTF_Buchungsstapel_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync(await download.path());
    const text = iconv.decode(bytes, 'win1252');
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^"EXTF";700;21;"Buchungsstapel";/);
    expect(lines[0]).toContain(';29098;55003;');
    // The rent's two rows: net on 4210 and input VAT on 1576, both against the bank (1200).
    const rows = lines.slice(2).filter((l) => l.includes('Miete Laden Marktplatz')).map((l) => l.split(';'));
    expect(rows.map((r) => [r[0], r[1], r[6], r[7]]).sort()).toEqual([
      ['1050,42', '"H"', '1200', '4210'],
      ['199,58', '"H"', '1200', '1576'],
    ].sort());
  });
});

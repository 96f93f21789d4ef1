/**
 * The bookkeeping screenshots for `npm run screenshots`, taken on the demo shop after the counter's
 * day (so the journal, the cash book and the reports have sales in them): the expense form filled
 * in, the journal, an entry in its drawer, the cash book, the trial balance, the P&L, the VAT
 * report, the chart of accounts and the closing tab.
 */
import type { Page } from 'playwright-core';
import { translations } from '../../src-shared/i18n';
import { localDay } from '../../src-main/core/clock';
import { sparkasseDemoBytes } from '../fixtures/bank/sparkasse-demo';
import { signInWithPassword } from '../helpers/browser-flows';

type Lang = 'de' | 'en';
const TEXTS = { de: translations.de, en: translations.en } as const;
/** A 1×1 PNG: the receipt photo. */
const RECEIPT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export interface BooksShotHelpers {
  shot(page: Page, name: string): Promise<void>;
  chooseLanguage(page: Page, lang: Lang): Promise<void>;
}

export async function booksScreens(page: Page, url: string, lang: Lang, { shot, chooseLanguage }: BooksShotHelpers) {
  const t = TEXTS[lang];
  const b = t.books;
  await page.goto(`${url}/`);
  await page.waitForURL(/#\/login$/);
  await signInWithPassword(page, t.signIn);
  await chooseLanguage(page, lang);

  const tab = async (name: string) => {
    await page.getByRole('tab', { name, exact: true }).click();
    await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
  };

  // A quick expense, filled in: office paper paid from the bank, with its receipt.
  await page.goto(`${url}/#/back/bookkeeping?view=expense`);
  await page.getByRole('heading', { name: b.title }).waitFor();
  await page.getByLabel(b.expense.gross).fill(lang === 'de' ? '23,80' : '23.80');
  await page.getByLabel(b.fields.text).fill(lang === 'de' ? 'Druckerpapier, Bürobedarf Müller' : 'Printer paper, Miller office supplies');
  await page.getByLabel(b.expense.account).selectOption({ label: '4930 Bürobedarf' });
  await page.getByRole('radiogroup', { name: b.expense.paidFrom }).getByText(b.expense.bank, { exact: true }).click();
  await page.getByLabel(b.receipt.label, { exact: true }).setInputFiles({ name: 'quittung.png', mimeType: 'image/png', buffer: RECEIPT_PNG });
  await page.getByTestId('expense-split').getByText(/20[.,]00/).waitFor();
  await shot(page, `books-expense-${lang}`);
  await page.getByRole('button', { name: b.expense.submit }).click();
  await page.getByTestId('expense-posted').waitFor();
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);

  // The journal, then the expense in its drawer.
  await tab(b.tabs.journal);
  const expense = page.getByRole('row').filter({ hasText: /Druckerpapier|Printer paper/ });
  await expense.waitFor();
  await shot(page, `books-journal-${lang}`);
  await expense.getByRole('button').first().click();
  await page.getByTestId('entry-drawer').getByText('quittung.png').waitFor();
  await shot(page, `books-entry-${lang}`);
  await page.keyboard.press('Escape');
  await page.getByTestId('entry-drawer').waitFor({ state: 'detached' });

  await tab(b.tabs.cashBook);
  await page.getByRole('table', { name: b.cashBook.title }).getByText(b.cashBook.closing).first().waitFor();
  await shot(page, `books-cashbook-${lang}`);

  // The bank: a statement in the import preview, then its lines with the suggestions for one.
  await tab(b.tabs.bank);
  await page.getByRole('button', { name: t.bank.import.open }).click();
  await page.getByLabel(t.bank.import.file, { exact: true }).setInputFiles({ name: 'umsaetze.csv', mimeType: 'text/csv', buffer: sparkasseDemoBytes(localDay(new Date())) });
  await page.getByRole('button', { name: t.bank.import.run, exact: true }).waitFor();
  await shot(page, `books-bank-import-${lang}`);
  await page.getByRole('button', { name: t.bank.import.run, exact: true }).click();
  const card = page.getByRole('row').filter({ hasText: 'PAYONE' });
  await card.getByRole('button', { name: t.bank.lines.suggestions }).click();
  await page.getByTestId(/^bank-suggestions-/).first().waitFor().catch(() => undefined);
  await shot(page, `books-bank-lines-${lang}`);

  await tab(b.tabs.reports);
  await page.getByRole('table', { name: b.reports.titles.trialBalance }).getByRole('row').nth(2).waitFor();
  await shot(page, `books-trial-balance-${lang}`);
  await tab(b.reports.kinds.profitLoss);
  await page.getByTestId('pl-result').waitFor();
  await shot(page, `books-pl-${lang}`);
  await tab(b.reports.kinds.vat);
  await page.getByTestId('vat-payable').waitFor();
  await shot(page, `books-vat-${lang}`);

  await tab(b.tabs.accounts);
  await page.getByTestId('account-1000').waitFor();
  await shot(page, `books-accounts-${lang}`);

  await tab(b.tabs.closing);
  await page.getByTestId('lock-status').waitFor();
  await shot(page, `books-closing-${lang}`);
}

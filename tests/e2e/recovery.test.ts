/**
 * Backups end to end in Chromium: the owner backs up from Settings → Data & backups; the database
 * file is then destroyed while the server is down; on the next start the browser shows the
 * recovery screen, the backup is restored without anyone signing in, and the cashier signs in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { translations } from '../../src-shared/i18n';
import { signInCashierWithPin } from '../helpers/browser-flows';
import { launchBrowser, startServer, tempDataDir, type RunningServer } from '../helpers/server';

const { de } = translations;

let browser: Browser;
const servers: RunningServer[] = [];
const dataDir = tempDataDir('kontor-recovery-');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.stop()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(demo: boolean): Promise<RunningServer> {
  const server = await startServer({ dataDir, demo });
  servers.push(server);
  return server;
}

async function signInAsOwner(page: Page) {
  await page.getByRole('button', { name: de.signIn.withPassword }).click();
  await page.getByLabel(de.signIn.username).fill('owner');
  await page.getByLabel(new RegExp(`^${de.signIn.password}`)).fill('kontor-demo');
  await page.getByRole('button', { name: de.signIn.submit, exact: true }).click();
  await page.waitForURL(/#\/(counter|back\/settings)$/);
  await expect.poll(() => page.getByTestId('signed-in-name').textContent()).toBe('Anna Becker');
}

const rowOfKind = (page: Page, kind: string) => page.getByTestId('backup-row').filter({ has: page.getByRole('cell', { name: kind, exact: true }) });

test('a destroyed database file is restored from the recovery screen without signing in', async () => {
  let server = await start(true);
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  let page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForURL(/#\/login$/);
  await signInAsOwner(page);

  // Settings → Data & backups → Back up now: the new backup is listed.
  if (!/#\/back\/settings$/.test(page.url())) {
    await page.getByRole('button', { name: de.shell.backOffice, exact: true }).click();
    await page.waitForURL(/#\/back\/settings$/);
  }
  await page.getByRole('tab', { name: de.backup.tab }).click();
  await page.getByRole('button', { name: de.backup.now.button }).click();
  await page.getByTestId('backup-fresh').waitFor();
  await rowOfKind(page, de.backup.kinds.manual).waitFor();
  const manual = fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('-manual.db'));
  expect(manual).toHaveLength(1);
  await page.close();

  // The server stops; the database file is overwritten with garbage and its WAL is gone.
  await server.stop();
  fs.writeFileSync(path.join(dataDir, 'kontor.db'), Buffer.alloc(64 * 1024, 0x42));
  for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(dataDir, `kontor.db${suffix}`), { force: true });

  // The same browser comes back: it still holds the owner's session cookie from before the damage.
  server = await start(false);
  page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForURL(/#\/recovery$/);
  await page.getByRole('heading', { name: de.backup.recovery.title }).waitFor();
  await page.getByText(de.backup.recovery.nothingChanged).waitFor();
  const row = rowOfKind(page, de.backup.kinds.manual);
  await row.waitFor();

  await row.getByRole('button', { name: de.backup.list.restore }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/Geprüft: in Ordnung/).waitFor();
  await dialog.getByRole('button', { name: de.backup.restore.confirm }).click();

  // Back on the sign-in screen with the restored shop; the cashier signs in with her PIN.
  await page.waitForURL(/#\/login$/);
  await page.getByRole('heading', { name: de.signIn.chooseYou }).waitFor();
  await signInCashierWithPin(page, de.signIn.ok);
  await expect.poll(() => page.getByTestId('signed-in-name').textContent()).toBe('Lena Schulz');
  await expect.poll(() => page.getByTestId('shop-name').textContent()).toBe('Laden am Markt');
  expect(fs.readdirSync(dataDir).some((f) => /^damaged-.*\.db$/.test(f))).toBe(true);
  await context.close();
});

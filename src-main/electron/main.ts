/**
 * The Electron entry: app lifecycle, the window, the app:// protocol and the IPC bridge to the
 * core. The only module besides the preload that imports electron; all logic is in the core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, webContents } from 'electron';
import { IPC_CHANGED, IPC_INVOKE, IPC_PRINT, IPC_SAVE_PDF } from '../../src-shared/contract/channel-list';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/csp';
import { createCore } from '../core/core';
import { startBackupScheduler } from '../modules/backup/scheduler';
import { APP_SCHEME, APP_START_URL, allowNavigation, isAppUrl, permissionDecision, resolveAppFile, windowOptions } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const MIME: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json', '.ico': 'image/x-icon',
};

if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser, never inside Kontor.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  let core: ReturnType<typeof createCore>;
  try {
    core = createCore({ dataDir: app.getPath('userData') });
  } catch (error) {
    // E.g. a database written by a newer Kontor: say so instead of showing nothing.
    dialog.showErrorBox('Kontor', (error as Error).message);
    app.quit();
    return;
  }
  const tokens = new Map<number, string>();
  const stopBackups = startBackupScheduler(core.system, () => new Date(), (message) => console.log(`[kontor] ${message}`));

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
    return new Response(await fs.promises.readFile(file), {
      headers: { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));

  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, input: unknown) => {
    // Only the app's own frame may call the core.
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url) || typeof channel !== 'string') {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Unknown sender.' } };
    }
    const envelope = await core.invokeAsync(channel, input, { token: tokens.get(event.sender.id) ?? null });
    if (envelope.ok && channel === 'auth.signIn') tokens.set(event.sender.id, (envelope.data as { token: string }).token);
    if (channel === 'auth.signOut') tokens.delete(event.sender.id);
    return envelope;
  });
  // Printing happens after the command that produced the receipt has committed.
  ipcMain.handle(IPC_PRINT, (event) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return false;
    return new Promise((resolve) => event.sender.print({ silent: false, printBackground: true }, (ok) => resolve(ok)));
  });
  ipcMain.handle(IPC_SAVE_PDF, async (event, name: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return null;
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: path.join(app.getPath('documents'), `${String(name) || 'kontor'}.pdf`), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await fs.promises.writeFile(choice.filePath, await event.sender.printToPDF({ printBackground: true, preferCSSPageSize: true }));
    return choice.filePath;
  });
  core.onChanged((topics) => {
    for (const contents of webContents.getAllWebContents()) contents.send(IPC_CHANGED, topics);
  });

  const window = new BrowserWindow(windowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);

  app.on('window-all-closed', () => {
    stopBackups();
    core.close();
    app.quit();
  });
});

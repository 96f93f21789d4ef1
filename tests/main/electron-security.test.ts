/** Electron cannot run here, so its security settings and guards are tested as plain functions. */
import path from 'node:path';
import { createBridge } from '../../src-main/electron/bridge';
import { allowNavigation, isAppUrl, permissionDecision, resolveAppFile, windowOptions } from '../../src-main/electron/security';
import { contract } from '../../src-shared/contract';
import { CHANNELS, IPC_INVOKE, IPC_PRINT, IPC_SAVE_PDF } from '../../src-shared/contract/channel-list';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/csp';

test('the window factory uses the secure options', () => {
  const prefs = windowOptions('/app/preload.cjs').webPreferences!;
  expect(prefs).toMatchObject({
    preload: '/app/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
  });
});

test.each([
  'https://evil.example/', 'http://127.0.0.1:4380/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://evil/index.html',
  'app://kontor.evil.example/', 'app://user:pw@kontor/index.html', 'data:text/html,<script>1</script>', 'about:blank', 'not a url', '',
])('navigation to %s is refused', (url) => {
  expect(allowNavigation(url)).toBe(false);
  expect(isAppUrl(url)).toBe(false);
});

test('the app itself may navigate within its origin', () => {
  expect(allowNavigation('app://kontor/index.html#/counter')).toBe(true);
});

describe('app:// serves only files inside the built renderer', () => {
  const root = path.resolve('/srv/kontor/renderer');
  test.each([
    ['app://kontor/', path.join(root, 'index.html')],
    ['app://kontor/index.html', path.join(root, 'index.html')],
    ['app://kontor/assets/app.js', path.join(root, 'assets/app.js')],
  ])('%s → the file', (url, file) => expect(resolveAppFile(root, url)).toBe(file));

  test.each(['app://kontor/../../etc/passwd', 'app://kontor/%2e%2e/%2e%2e/etc/passwd'])('%s stays inside the renderer folder', (url) => {
    // The URL parser already folds the dots away; whatever is left must resolve inside the root.
    expect(resolveAppFile(root, url)).toBe(path.join(root, 'etc/passwd'));
  });

  test.each([
    'app://kontor/..%2f..%2fetc/passwd',
    'app://kontor/assets%5c..%5c..%5csecret', 'app://kontor/%00index.html', 'app://other/index.html', 'file:///srv/kontor/renderer/index.html',
    'app://kontor/%E0%A4%A',
  ])('%s → refused', (url) => expect(resolveAppFile(root, url)).toBeNull());
});

test('every permission request is denied', () => {
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(permissionDecision(permission)).toBe(false);
});

test("the preload's allow-list equals the contract's channels and refuses anything else", async () => {
  expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  const calls: unknown[][] = [];
  const bridge = createBridge({
    invoke: async (...args) => { calls.push(args); return { ok: true, data: null }; },
    on: () => undefined,
    removeListener: () => undefined,
  });
  for (const channel of CHANNELS) await bridge.invoke(channel, {});
  expect(calls.map((c) => c[1])).toEqual([...CHANNELS]);
  expect(calls.every((c) => c[0] === IPC_INVOKE)).toBe(true);
  for (const hostile of ['db-call', 'settings.vatRates.delete', '__proto__', 'constructor', '', 'kontor:invoke']) {
    expect(await bridge.invoke(hostile, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }
  expect(calls).toHaveLength(CHANNELS.length);
});

test('the Content-Security-Policy forbids inline scripts and eval', () => {
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
});

test('printing goes through its own two IPC names, with a file name that cannot escape', async () => {
  const calls: unknown[][] = [];
  const bridge = createBridge({ invoke: async (...args) => { calls.push(args); return null; }, on: () => undefined, removeListener: () => undefined });
  await bridge.print();
  await bridge.savePdf('../../etc/passwd Beleg 1-000001');
  expect(calls).toEqual([[IPC_PRINT], [IPC_SAVE_PDF, '.._.._etc_passwd_Beleg_1-000001']]);
});

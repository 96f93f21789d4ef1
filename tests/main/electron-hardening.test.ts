/**
 * Electron hardening, without Electron (it cannot run here): the app:// path guard against hostile
 * paths, the navigation guard against hostile URLs, permissions, the window options, the preload's
 * surface (the real preload.ts, with `electron` replaced by a recorder), the real main.ts wiring
 * (its window-open, navigation, webview, permission, protocol and IPC guards, driven with fakes),
 * and the electron-builder fuses as written in electron-builder.yml.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createBridge } from '../../src-main/electron/bridge';
import { APP_START_URL, allowNavigation, isAppUrl, permissionDecision, resolveAppFile, windowOptions } from '../../src-main/electron/security';
import { contract } from '../../src-shared/contract';
import { CHANNELS, IPC_CHANGED, IPC_INVOKE, IPC_PRINT, IPC_SAVE_PDF } from '../../src-shared/contract/channel-list';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/csp';
import { ROOT } from '../helpers/server';

// ---------------------------------------------------------------------------------------------
// A recorder standing in for the `electron` module, for preload.ts and main.ts.
type Fn = (...args: never[]) => unknown;
const electron = vi.hoisted(() => {
  const state = {
    userData: '',
    exposed: [] as [string, unknown][],
    appHandlers: new Map<string, Fn>(),
    whenReady: null as null | (() => unknown),
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
    privileged: [] as unknown[],
    permissionRequest: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
    permissionCheck: null as null | ((contents: unknown, permission: string) => boolean),
    ipc: new Map<string, Fn>(),
    windows: [] as { options: unknown; url: string | null }[],
    external: [] as string[],
    errorBox: null as null | ((title: string, message: string) => void),
  };
  const ipcRenderer = { invoke: async () => null, on: () => undefined, removeListener: () => undefined };
  const module = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => state.exposed.push([key, value]) },
    ipcRenderer,
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
      on: (name: string, fn: Fn) => state.appHandlers.set(name, fn),
      whenReady: () => ({ then: (fn: () => unknown) => { state.whenReady = fn; return Promise.resolve(); } }),
      getPath: () => state.userData,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => { state.protocolHandler = fn; },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof state.permissionRequest) => { state.permissionRequest = fn; },
        setPermissionCheckHandler: (fn: typeof state.permissionCheck) => { state.permissionCheck = fn; },
      },
    },
    ipcMain: { handle: (name: string, fn: Fn) => state.ipc.set(name, fn) },
    shell: { openExternal: async (url: string) => { state.external.push(url); } },
    dialog: { showSaveDialog: async () => ({ canceled: true }), showErrorBox: (title: string, message: string) => state.errorBox?.(title, message), showMessageBox: async () => ({ response: 0 }) },
    webContents: { getAllWebContents: () => [] },
    BrowserWindow: class {
      static fromWebContents() { return null; }
      record: { options: unknown; url: string | null };
      constructor(options: unknown) {
        this.record = { options, url: null };
        state.windows.push(this.record);
      }
      once() { return this; }
      on() { return this; }
      show() {}
      async loadURL(url: string) { this.record.url = url; }
    },
  };
  return { state, module };
});
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));
const { state } = electron;

// ---------------------------------------------------------------------------------------------
let summaryRounds = 0;
let summaryOperations = 0;
const count = (n = 1) => { summaryOperations += n; };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-electron-'));
const root = path.join(tmp, 'renderer');
const outside = path.join(tmp, 'secret');

beforeAll(() => {
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'passwd'), 'secret');
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`[fault] electron-hardening: rounds=${summaryRounds}, operations=${summaryOperations}, lost=0, failures=0`);
});

/** Inside the renderer folder: the resolved path is below the root and, lexically, never climbs out. */
function inside(file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative) && file.startsWith(root + path.sep);
}

const HOSTILE_PATHS = [
  'app://kontor/../secret/passwd',
  'app://kontor/../../../../../../etc/passwd',
  'app://kontor/%2e%2e/secret/passwd',
  'app://kontor/%2E%2E/%2E%2E/etc/passwd',
  'app://kontor/.%2e/secret/passwd',
  'app://kontor/%2e./secret/passwd',
  'app://kontor/..%2fsecret%2fpasswd',
  'app://kontor/..%2Fsecret/passwd',
  'app://kontor/assets/..%2f..%2fsecret/passwd',
  'app://kontor/%2e%2e%2fsecret%2fpasswd',
  'app://kontor/%252e%252e/secret/passwd',
  'app://kontor/%252e%252e%252fsecret%252fpasswd',
  'app://kontor/%25%32%65%25%32%65/secret/passwd',
  'app://kontor/..\\secret\\passwd',
  'app://kontor/..%5csecret%5cpasswd',
  'app://kontor/..%5Csecret/passwd',
  'app://kontor/assets%5c..%5c..%5csecret%5cpasswd',
  'app://kontor/%255c..%255csecret',
  'app://kontor/index.html%00.png',
  'app://kontor/%00',
  'app://kontor/..%00/secret/passwd',
  'app://kontor/%2e%2e%00/secret',
  `app://kontor/${encodeURIComponent(outside)}/passwd`,
  'app://kontor//etc/passwd',
  'app://kontor///etc/passwd',
  'app://kontor/%2fetc%2fpasswd',
  'app://kontor/%2F%2Fetc/passwd',
  'app://kontor/C:%5cWindows%5cwin.ini',
  'app://kontor/C:/Windows/win.ini',
  'app://kontor/%5c%5cserver%5cshare%5cfile',
  'app://kontor/\u2025/secret/passwd',
  'app://kontor/%E2%80%A5/secret/passwd',
  'app://kontor/%EF%BC%8E%EF%BC%8E/secret/passwd',
  'app://kontor/\uFF0E\uFF0E/secret/passwd',
  'app://kontor/%C0%AE%C0%AE/secret/passwd',
  'app://kontor/%C0%AE%C0%AE%C0%AF/secret/passwd',
  'app://kontor/%E0%80%AE%E0%80%AE/secret/passwd',
  'app://kontor/%C1%9C..%C1%9Csecret',
  'app://kontor/%c0%2e%c0%2e/secret',
  'app://kontor/..;/secret/passwd',
  'app://kontor/..;foo=bar/secret/passwd',
  'app://kontor/assets/..;/..;/secret/passwd',
  'APP://kontor/../secret/passwd',
  'App://Kontor/%2e%2e/secret/passwd',
  'app://KONTOR/index.html',
  'app://evil/../secret/passwd',
  'app://kontor.evil/index.html',
  'app://kontor@evil/index.html',
  'app://evil@kontor/../secret/passwd',
  'app://kontor:8080/index.html',
  'app://127.0.0.1/index.html',
  'app:kontor/../secret/passwd',
  'app:/kontor/../secret/passwd',
  'app:///../secret/passwd',
  'file:///etc/passwd',
  `file://${root}/index.html`,
  'http://kontor/../secret/passwd',
  'app://kontor/index.html?../../secret/passwd',
  'app://kontor/index.html?x=%2e%2e%2f%2e%2e%2fsecret',
  'app://kontor/index.html#/../../secret/passwd',
  'app://kontor/%23/../secret/passwd',
  'app://kontor/%3f/../../secret/passwd',
  'app://kontor/assets/../../secret/passwd?.js',
  'app://kontor/%',
  'app://kontor/%E0%A4%A',
  'app://kontor/%ff%fe',
  'app://kontor/proc/self/root/etc/passwd',
  'app://kontor/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/proc/self/environ',
  'app://kontor/....//....//secret/passwd',
  'app://kontor/.../secret/passwd',
  'app://kontor/ ../secret/passwd',
  'app://kontor/..%20/secret/passwd',
  'app://kontor/..%09/secret/passwd',
  'app://kontor/\t../secret/passwd',
  'app://kontor/\n../secret/passwd',
  '  app://kontor/../secret/passwd',
  'app://kontor/%2e%2e%5c%2e%2e%5csecret',
  'javascript:alert(1)//app://kontor/index.html',
  'data:text/html,app://kontor/index.html',
  '',
  'not a url',
];

describe('app:// never serves anything outside the renderer folder', () => {
  test(`${HOSTILE_PATHS.length} hostile paths`, () => {
    expect(HOSTILE_PATHS.length).toBeGreaterThanOrEqual(50);
    const served: string[] = [];
    for (const url of HOSTILE_PATHS) {
      summaryRounds += 1;
      count();
      const file = resolveAppFile(root, url);
      if (file === null) continue;
      expect(inside(file), `${JSON.stringify(url)} → ${file}`).toBe(true);
      expect(path.resolve(file).startsWith(outside), `${JSON.stringify(url)} → ${file}`).toBe(false);
      // Whatever it names inside the folder, it is not the secret next to it.
      if (fs.existsSync(file)) expect(fs.realpathSync(file).startsWith(fs.realpathSync(root) + path.sep), url).toBe(true);
      served.push(`${url} → ${path.relative(root, file)}`);
    }
    // For the record: what the parser folded into a harmless path inside the folder.
    console.log(`hostile app:// paths: ${HOSTILE_PATHS.length}, refused ${HOSTILE_PATHS.length - served.length}, folded inside the folder ${served.length}`);
  });

  test('the app\'s own files resolve', () => {
    expect(resolveAppFile(root, 'app://kontor/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://kontor/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://kontor/assets/app.js?v=1#x')).toBe(path.join(root, 'assets', 'app.js'));
  });

  test('a root given with a trailing separator or relative segments is no looser', () => {
    for (const url of ['app://kontor/../renderer-evil/x', 'app://kontor/%2e%2e/renderer2/index.html']) {
      count(2);
      const a = resolveAppFile(`${root}/`, url);
      const b = resolveAppFile(`${root}/assets/..`, url);
      for (const file of [a, b]) if (file !== null) expect(inside(file), url).toBe(true);
    }
    // A sibling folder whose name starts with the root's name ("renderer-evil" next to "renderer") is never reached.
    for (const url of ['app://kontor/..%2frenderer-evil/x', 'app://kontor/../renderer-evil/x', 'app://kontor/%2e%2e/renderer-evil/x']) {
      const file = resolveAppFile(root, url);
      expect(file === null || inside(file), url).toBe(true);
    }
  });

  test('GAP (low risk): containment is lexical; a symlink placed inside the renderer folder would be followed', () => {
    const link = path.join(root, 'assets', 'link');
    fs.symlinkSync(outside, link);
    try {
      const file = resolveAppFile(root, 'app://kontor/assets/link/passwd');
      expect(file).toBe(path.join(link, 'passwd'));
      expect(fs.realpathSync(file!)).toBe(fs.realpathSync(path.join(outside, 'passwd')));
    } finally {
      fs.unlinkSync(link);
    }
  });
});

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  ' javascript:alert(1)',
  '\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://app://kontor/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:app://kontor/0b6c6c1e-0000-4000-8000-000000000000',
  'file:///etc/passwd',
  'file://kontor/index.html',
  'about:blank',
  'about:srcdoc',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'view-source:app://kontor/index.html',
  'filesystem:app://kontor/temporary/x',
  'http://kontor/index.html',
  'https://kontor/index.html',
  'http://127.0.0.1:4380/',
  'https://evil.example/app://kontor/',
  'app://kontor@evil.example/index.html',
  'app://kontor:x@evil/index.html',
  'app://user:pw@kontor/index.html',
  'app://kontor.evil/index.html',
  'app://kontor.evil.example/',
  'app://kontor./index.html',
  'app://kontor:80/index.html',
  'app://evil/index.html',
  'app://KONTOR/index.html',
  'app://xn--kntor-jua/index.html',
  'app://kоntor/index.html', // Cyrillic о
  'app://kontоr/index.html', // Cyrillic о
  'app://ｋｏｎｔｏｒ/index.html', // full-width
  'app://kontor%2eevil/index.html',
  'app://kontor%00/index.html',
  'app:kontor/index.html',
  'app:/kontor/index.html',
  'app:///index.html',
  'apps://kontor/index.html',
  'ws://kontor/',
  'mailto:owner@kontor',
  'intent://kontor#Intent;end',
  '//evil.example/',
  '/index.html',
  'index.html',
  '',
  ' ',
  'not a url',
];

describe('navigation and new windows stay inside the app', () => {
  test(`${HOSTILE_URLS.length} hostile URLs are refused`, () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(30);
    for (const url of HOSTILE_URLS) {
      summaryRounds += 1;
      count(2);
      expect(allowNavigation(url), JSON.stringify(url)).toBe(false);
      expect(isAppUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  test('the app may move within its own origin', () => {
    for (const url of ['app://kontor/index.html', 'app://kontor/index.html#/counter', 'app://kontor/', APP_START_URL]) expect(allowNavigation(url), url).toBe(true);
  });
});

const PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'clipboard-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media',
  'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection', 'storage-access',
  'top-level-storage-access', 'window-management', 'persistent-storage', 'background-sync', 'fileSystem', 'hid', 'serial', 'usb', 'bluetooth',
  'camera', 'microphone', 'accessibility-events', 'deprecated-sync-clipboard-read', 'local-fonts', 'unknown', '', '__proto__',
];

test('every permission is denied', () => {
  for (const permission of PERMISSIONS) {
    count();
    expect(permissionDecision(permission), permission).toBe(false);
  }
});

test('the window options: isolated, sandboxed, no Node, web security on', () => {
  const options = windowOptions('/app/out/preload/preload.cjs');
  expect(options.webPreferences).toEqual({
    preload: '/app/out/preload/preload.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  });
  expect(options.show).toBe(false);
});

describe('the preload surface', () => {
  test('preload.ts exposes exactly one object, window.kontor, with invoke/onChanged/print/savePdf and nothing else', async () => {
    state.exposed.length = 0;
    await import('../../src-main/electron/preload');
    expect(state.exposed.map(([key]) => key)).toEqual(['kontor']);
    const bridge = state.exposed[0]![1] as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onChanged', 'print', 'savePdf']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.getPrototypeOf(bridge)).toBe(Object.prototype);
  });

  test("the allow-list equals the contract's channels; everything else is refused without reaching IPC", async () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    const calls: unknown[][] = [];
    const listeners: [string, unknown][] = [];
    const bridge = createBridge({
      invoke: async (...args) => { calls.push(args); return { ok: true, data: null }; },
      on: (channel, listener) => listeners.push([channel, listener]),
      removeListener: (channel, listener) => { const i = listeners.findIndex(([c, l]) => c === channel && l === listener); if (i >= 0) listeners.splice(i, 1); },
    });
    for (const channel of CHANNELS) await bridge.invoke(channel, {});
    expect(calls.every((c) => c[0] === IPC_INVOKE)).toBe(true);
    for (const hostile of ['', ' ', 'kontor:invoke', IPC_INVOKE, IPC_PRINT, IPC_SAVE_PDF, '__proto__', 'constructor', 'toString', 'hasOwnProperty',
      'setup.status ', 'SETUP.STATUS', 'setup.status\0', 'db.exec', 'backup.restore/../x', 42, null, undefined, {}, ['setup.status']]) {
      count();
      expect(await bridge.invoke(hostile as string, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(calls).toHaveLength(CHANNELS.length);
    const off = bridge.onChanged(() => undefined);
    expect(listeners.map(([c]) => c)).toEqual([IPC_CHANGED]);
    off();
    expect(listeners).toEqual([]);
  });
});

describe('main.ts wires the guards (electron replaced by a recorder)', () => {
  const frame = (url: string) => ({ senderFrame: { url }, sender: { id: 7, print: () => undefined, printToPDF: async () => Buffer.alloc(0) } });

  beforeAll(async () => {
    state.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-electron-data-'));
    await import('../../src-main/electron/main');
    expect(state.whenReady).toBeTypeOf('function');
    state.whenReady!();
  });

  afterAll(async () => {
    // Let the start-up backup (if the build has one) finish before the window closes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    (state.appHandlers.get('window-all-closed') as (() => void) | undefined)?.();
    fs.rmSync(state.userData, { recursive: true, force: true });
  });

  test('one window, with the secure options and the preload, loading app://kontor/index.html', () => {
    expect(state.windows).toHaveLength(1);
    const options = state.windows[0]!.options as ReturnType<typeof windowOptions>;
    expect(options).toEqual(windowOptions(options.webPreferences!.preload!));
    expect(options.webPreferences!.preload).toMatch(/preload[\\/]preload\.cjs$/);
    expect(state.windows[0]!.url).toBe(APP_START_URL);
    expect(state.privileged).toEqual([{ scheme: 'app', privileges: expect.not.objectContaining({ bypassCSP: true, corsEnabled: true, allowServiceWorkers: true }) }]);
  });

  test('every web contents: window.open denied (web links go to the browser), navigation and webviews refused', () => {
    const handlers = new Map<string, Fn>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      setWindowOpenHandler: (fn: typeof openHandler) => { openHandler = fn; },
      on: (name: string, fn: Fn) => handlers.set(name, fn),
    };
    (state.appHandlers.get('web-contents-created') as (event: unknown, contents: unknown) => void)({}, contents);
    expect(openHandler).toBeTypeOf('function');
    state.external.length = 0;
    for (const url of [...HOSTILE_URLS, APP_START_URL, 'https://example.org/help']) {
      summaryRounds += 1;
      count(2);
      expect(openHandler!({ url }), url).toEqual({ action: 'deny' });
      let prevented = false;
      (handlers.get('will-navigate') as (event: unknown, url: string) => void)({ preventDefault: () => { prevented = true; } }, url);
      expect(prevented, url).toBe(url !== APP_START_URL);
    }
    // Only plain http(s) links leave, and only to the user's browser.
    expect(state.external.every((url) => /^https?:\/\//.test(url))).toBe(true);
    expect(state.external).toContain('https://example.org/help');
    let webviewPrevented = false;
    (handlers.get('will-attach-webview') as (event: unknown) => void)({ preventDefault: () => { webviewPrevented = true; } });
    expect(webviewPrevented).toBe(true);
  });

  test('permission requests and checks are denied', () => {
    for (const permission of PERMISSIONS) {
      count(2);
      let granted: boolean | null = null;
      state.permissionRequest!({}, permission, (answer) => { granted = answer; });
      expect(granted, permission).toBe(false);
      expect(state.permissionCheck!({}, permission), permission).toBe(false);
    }
  });

  test('IPC answers only the app\'s own frame', async () => {
    const invoke = state.ipc.get(IPC_INVOKE) as (event: unknown, channel: unknown, input: unknown) => Promise<unknown>;
    expect(await invoke(frame(APP_START_URL), 'setup.status', {})).toMatchObject({ ok: true });
    for (const url of HOSTILE_URLS) {
      count();
      expect(await invoke(frame(url), 'setup.status', {}), url).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await invoke({ senderFrame: null, sender: { id: 1 } }, 'setup.status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(frame(APP_START_URL), 42, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await (state.ipc.get(IPC_PRINT) as (event: unknown) => unknown)(frame('https://evil.example/'))).toBe(false);
    expect(await (state.ipc.get(IPC_SAVE_PDF) as (event: unknown, name: string) => unknown)(frame('https://evil.example/'), 'x')).toBeNull();
  });

  test('the app:// handler answers 404 for hostile paths and sends the CSP with what it serves', async () => {
    for (const url of HOSTILE_PATHS.filter((u) => /^app:\/\//i.test(u.trim()))) {
      count();
      let request: Request;
      try {
        request = new Request(url);
      } catch {
        continue; // not even a request
      }
      const response = await state.protocolHandler!(request);
      expect(response.status, url).toBe(404);
    }
    // Where the renderer is built (out/renderer next to out/main), the handler's own folder has an index.html only after a build;
    // the CSP it sends is the shared one either way.
    const source = fs.readFileSync(path.join(ROOT, 'src-main/electron/main.ts'), 'utf8');
    expect(source).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });
});

describe('main.ts when the core cannot start', () => {
  test('a database from a newer Kontor: the ready handler says so in an error box and quits, no half-open window', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-electron-new-'));
    try {
      const Database = (await import('better-sqlite3')).default;
      const db = new Database(path.join(dir, 'kontor.db'));
      db.pragma('user_version = 9999');
      db.pragma(`application_id = ${0x4b544f52}`);
      db.close();
      vi.resetModules();
      state.userData = dir;
      state.whenReady = null;
      const windowsBefore = state.windows.length;
      await import('../../src-main/electron/main');
      const shown: string[] = [];
      state.errorBox = (_title, message) => { shown.push(message); };
      expect(() => state.whenReady!()).not.toThrow();
      expect(shown.join()).toMatch(/newer Kontor/);
      expect(state.windows.length).toBe(windowsBefore);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the electron-builder fuses', () => {
  /** The `electronFuses:` block of electron-builder.yml as key → boolean (a two-level YAML subset is enough). */
  function fuses(): Record<string, boolean> {
    const yaml = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    const lines = yaml.split(/\r?\n/);
    const start = lines.findIndex((l) => /^electronFuses:\s*(#.*)?$/.test(l));
    expect(start, 'electronFuses: block').toBeGreaterThanOrEqual(0);
    const out: Record<string, boolean> = {};
    for (const line of lines.slice(start + 1)) {
      if (/^\S/.test(line)) break; // the next top-level key
      const match = /^\s+([A-Za-z0-9]+):\s*(true|false)\s*(#.*)?$/.exec(line);
      if (match) out[match[1]!] = match[2] === 'true';
      else if (line.trim() && !line.trim().startsWith('#')) throw new Error(`unexpected line in electronFuses: ${line}`);
    }
    return out;
  }

  test('RunAsNode, NODE_OPTIONS and inspect are off; only the integrity-checked asar loads; cookies are encrypted', () => {
    expect(fuses()).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    expect(fuses().grantFileProtocolExtraPrivileges).toBe(false);
  });
});

/**
 * `npm start`: opens Kontor's Electron window where the Electron binary can be had; otherwise
 * says why and starts browser mode on this computer instead, printing the address.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function electronBinary(): { path: string } | { reason: string } {
  // electron@45 fetches its binary on first use. Asking in a child process keeps the download's
  // progress and stack traces off the console; only the outcome matters here.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: appRoot, encoding: 'utf8', timeout: 10 * 60_000,
  });
  const binary = probe.stdout.trim();
  if (probe.status === 0 && binary && fs.existsSync(binary)) return { path: binary };
  const lines = `${probe.stderr}`.split('\n').map((l) => l.trim()).filter(Boolean);
  // The download's own error (e.g. "TypeError: fetch failed") says more than electron's summary.
  const cause = lines.find((l) => /^[A-Za-z]*Error: (?!Electron failed)/.test(l)) ?? lines.at(-1) ?? 'no output';
  return { reason: `the Electron binary is not installed and could not be downloaded: ${cause.slice(0, 160)}` };
}

async function browserMode(reason: string): Promise<void> {
  console.log(`[kontor] The Kontor window cannot open here (${reason}).`);
  console.log('[kontor] Starting browser mode instead: open the address below in your browser.');
  // Not bundled: the launcher and the server are separate entries of the same build.
  await import(/* @vite-ignore */ new URL('./server.js', import.meta.url).href);
}

const found = electronBinary();
if ('path' in found) {
  const startedAt = Date.now();
  const child = spawn(found.path, [appRoot], { stdio: 'inherit' });
  child.on('error', (error) => void browserMode(error.message));
  child.on('exit', (code) => {
    // An Electron that dies at once (missing system libraries, no display) falls back.
    if (code !== 0 && Date.now() - startedAt < 5000) void browserMode(`Electron exited with code ${code}`);
    else process.exit(code ?? 0);
  });
} else {
  void browserMode(found.reason);
}

/**
 * `npm start`: opens Kontor's Electron window where the Electron binary can be had; otherwise
 * says why and starts browser mode on this computer instead, printing the address.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function electronBinary(): { path: string } | { reason: string } {
  try {
    // electron@45 fetches its binary on first use; this throws when that is impossible (offline).
    const binary = createRequire(import.meta.url)('electron') as unknown;
    if (typeof binary === 'string' && fs.existsSync(binary)) return { path: binary };
    return { reason: 'the Electron binary is not installed' };
  } catch (error) {
    return { reason: (error as Error).message.split('\n')[0] ?? 'unknown error' };
  }
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

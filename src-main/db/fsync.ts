/** Flushes a file (or, on POSIX, a folder's entries) to disk: what "written" means for Kontor. */
import fs from 'node:fs';

export function fsyncPath(target: string): void {
  if (process.platform === 'win32' && fs.statSync(target).isDirectory()) return; // folders can't be opened for sync there
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

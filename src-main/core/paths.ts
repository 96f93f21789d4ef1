/** Where a business's data lives: the same folder Electron uses as `userData` for "Kontor". */
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.KONTOR_DATA_DIR) return env.KONTOR_DATA_DIR;
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Kontor');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Kontor');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Kontor');
}

/**
 * What the preload exposes to the renderer: `invoke(channel, input)` for the contract's channels
 * only, and `onChanged(listener)`. Kept free of Electron imports so its allow-list is tested.
 */
import { CHANNELS, IPC_CHANGED, IPC_INVOKE, IPC_PRINT, IPC_SAVE_PDF } from '../../src-shared/contract/channel-list';

export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const allowed: ReadonlySet<string> = new Set(CHANNELS);

export function createBridge(ipc: IpcLike) {
  return {
    invoke(channel: string, input: unknown): Promise<unknown> {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `Unknown command "${String(channel)}"` } });
      }
      return ipc.invoke(IPC_INVOKE, channel, input);
    },
    /** Prints what the window shows (the print stylesheet picks the receipt or report). */
    print(): Promise<unknown> {
      return ipc.invoke(IPC_PRINT);
    },
    /** Saves what the window shows as a PDF; answers the chosen path, or null when cancelled. */
    savePdf(suggestedName: string): Promise<unknown> {
      return ipc.invoke(IPC_SAVE_PDF, String(suggestedName).replace(/[^\w.-]+/g, '_').slice(0, 80));
    },
    onChanged(listener: (topics: string[]) => void): () => void {
      const wrapped = (_event: unknown, topics: unknown) => listener(topics as string[]);
      ipc.on(IPC_CHANGED, wrapped);
      return () => ipc.removeListener(IPC_CHANGED, wrapped);
    },
  };
}

export type KontorBridge = ReturnType<typeof createBridge>;

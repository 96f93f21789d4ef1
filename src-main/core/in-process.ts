/**
 * The in-process transport: the renderer's api talking to a core in the same process (tests).
 * It keeps the session token in memory, as the Electron transport does.
 */
import type { Transport } from '../../src-shared/transport';
import type { Core } from './core';

export function inProcessTransport(core: Core): Transport {
  let token: string | null = null;
  return {
    async invoke(channel, input) {
      // A macrotask boundary, as over IPC or HTTP, so UI code never relies on synchronous answers.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const envelope = await core.invokeAsync(channel, input, { token });
      if (envelope.ok && channel === 'auth.signIn') token = (envelope.data as { token: string }).token;
      if (envelope.ok && channel === 'auth.signOut') token = null;
      return envelope;
    },
    onChanged: (listener) => core.onChanged(listener),
  };
}

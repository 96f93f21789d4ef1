/** The two transports the renderer can find itself on: Electron's preload bridge, or HTTP. */
import type { Topic } from '../../src-shared/contract';
import type { Envelope } from '../../src-shared/errors';
import type { Transport } from '../../src-shared/transport';

interface KontorBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  onChanged(listener: (topics: string[]) => void): () => void;
}

declare global {
  interface Window {
    kontor?: KontorBridge;
  }
}

export function ipcTransport(bridge: KontorBridge): Transport {
  return {
    invoke: async (channel, input) => (await bridge.invoke(channel, input)) as Envelope<unknown>,
    onChanged: (listener) => bridge.onChanged((topics) => listener(topics as Topic[])),
  };
}

/** Browser mode: POST /api/<channel>; the session rides in an httpOnly cookie; events over SSE. */
export function httpTransport(base = ''): Transport {
  const listeners = new Set<(topics: readonly Topic[]) => void>();
  let source: EventSource | null = null;

  function connectEvents() {
    source?.close();
    source = new EventSource(`${base}/api/events`);
    source.addEventListener('changed', (event) => {
      const { topics } = JSON.parse((event as MessageEvent<string>).data) as { topics: Topic[] };
      listeners.forEach((listener) => listener(topics));
    });
    // Not signed in yet (401): stay closed until the next sign-in reconnects.
    source.onerror = () => {
      if (source?.readyState === EventSource.CLOSED) source = null;
    };
  }

  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'NETWORK' } };
      }
      const envelope = (await response.json()) as Envelope<unknown>;
      if (envelope.ok && envelope.data !== null && (channel === 'auth.signIn' || channel === 'auth.session')) connectEvents();
      if (channel === 'auth.signOut') {
        source?.close();
        source = null;
      }
      return envelope;
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function defaultTransport(): Transport {
  return window.kontor ? ipcTransport(window.kontor) : httpTransport();
}

/**
 * The renderer's only way to the core. It knows the contract's types, not the transport: Electron
 * IPC, HTTP (browser mode) or in-process (tests) is chosen once at start.
 */
import type { Channel, Input, Output, Topic } from '../../src-shared/contract';
import type { ErrorBody } from '../../src-shared/errors';
import type { Transport } from '../../src-shared/transport';

export class ApiError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }

  get code() {
    return this.body.code;
  }
}

let transport: Transport | null = null;
let unauthenticatedListener: (() => void) | null = null;

/** Called when the core says the session is gone (expired, signed out elsewhere). */
export function onUnauthenticated(listener: () => void): void {
  unauthenticatedListener = listener;
}

export function setTransport(next: Transport): void {
  transport = next;
}

/** Channels where UNAUTHENTICATED means a wrong PIN or password, not a lost session. */
const PIN_CHANNELS: ReadonlySet<string> = new Set(['auth.signIn', 'timeclock.status', 'timeclock.punch']);

export async function call<C extends Channel>(channel: C, ...args: {} extends Input<C> ? [Input<C>?] : [Input<C>]): Promise<Output<C>> {
  if (!transport) throw new Error('api used before a transport was set');
  const envelope = await transport.invoke(channel, args[0] ?? {});
  if (!envelope.ok) {
    if (envelope.error.code === 'UNAUTHENTICATED' && !PIN_CHANNELS.has(channel)) unauthenticatedListener?.();
    throw new ApiError(envelope.error);
  }
  return envelope.data as Output<C>;
}

export function onChanged(listener: (topics: readonly Topic[]) => void): () => void {
  if (!transport) throw new Error('api used before a transport was set');
  return transport.onChanged(listener);
}

/**
 * Runs a background refresh whose failure the screen can live with (it keeps what it shows): a
 * lost session is handled by the sign-in redirect, other refusals by the next refresh.
 */
export async function refreshQuietly(load: () => Promise<void>): Promise<void> {
  try {
    await load();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
}

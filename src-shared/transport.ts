/** What the renderer's api needs from a transport; each transport implements this. */
import type { Topic } from './contract';
import type { Envelope } from './errors';

export interface Transport {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  onChanged(listener: (topics: readonly Topic[]) => void): () => void;
}

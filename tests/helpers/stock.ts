/** Stock test helpers: a service context on the test core's database, for services without a channel yet (goods receipt). */
import type { Ctx } from '../../src-main/core/context';
import type { TestCore } from './counter';

export function ctxOf(t: TestCore): () => Ctx {
  return () => ({
    db: t.core.db,
    system: undefined as unknown as Ctx['system'],
    now: () => t.clock.now().toISOString(),
    nowDate: () => t.clock.now(),
    session: null,
    audit: () => undefined,
  });
}

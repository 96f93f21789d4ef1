/**
 * Imported before any schema is built. zod 4 probes `new Function` on load, which a strict
 * Content-Security-Policy reports as a violation; jitless mode skips the probe.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

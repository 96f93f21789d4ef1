/**
 * The registry's promises, for every channel of the contract: malformed input is refused with
 * VALIDATION and changes nothing; no session gives UNAUTHENTICATED; a role without the
 * permission gets FORBIDDEN; an unexpected failure is INTERNAL without a stack trace.
 */
import { contract, type Channel } from '../../src-shared/contract';
import { PRESET_ROLES } from '../../src-shared/permissions';
import { logicalDump, testCore } from '../helpers/core';
import { VALID } from '../helpers/valid-inputs';

const CHANNELS = Object.keys(contract) as Channel[];

function wrongTypeOf(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return '12';
  if (typeof value === 'boolean') return 'yes';
  return 'not-an-object';
}

/** Every malformed variant of a valid input: wrong types per field (nested too), huge strings, extras. */
function malformedVariants(valid: Record<string, unknown>): [string, unknown][] {
  const variants: [string, unknown][] = [
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [valid]],
    ['an extra field', { ...valid, isAdmin: true }],
    ['a __proto__ key', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1, -1) || '"x": 1'}}`)],
    ['a constructor key', { ...valid, constructor: { prototype: { polluted: true } } }],
  ];
  const walk = (obj: Record<string, unknown>, set: (patch: (copy: Record<string, unknown>) => void) => unknown, path: string) => {
    for (const [key, value] of Object.entries(obj)) {
      variants.push([`${path}${key} of the wrong type`, set((copy) => { copy[key] = wrongTypeOf(value); })]);
      // File contents (base64) are legitimately large; beyond their limit they are refused too.
      const huge = key === 'base64' ? 15_000_000 : 100_000;
      if (typeof value === 'string') variants.push([`${path}${key} huge`, set((copy) => { copy[key] = 'x'.repeat(huge); })]);
      if (typeof value === 'object' && value !== null) {
        walk(value as Record<string, unknown>, (patch) => set((copy) => {
          const inner = { ...(copy[key] as Record<string, unknown>) };
          patch(inner);
          copy[key] = inner;
        }), `${path}${key}.`);
      }
    }
  };
  walk(valid, (patch) => { const copy = structuredClone(valid); patch(copy); return copy; }, '');
  return variants;
}

test('every channel has a valid sample input here', () => {
  expect(Object.keys(VALID).sort()).toEqual([...CHANNELS].sort());
  for (const channel of CHANNELS) expect(contract[channel].input.safeParse(VALID[channel]).success, channel).toBe(true);
});

describe('malformed input gives VALIDATION and leaves the database byte-for-byte unchanged', () => {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  afterAll(() => t.close());

  test.each(CHANNELS)('%s', (channel) => {
    const before = logicalDump(t.core.db);
    const variants = malformedVariants(VALID[channel]);
    expect(variants.length).toBeGreaterThan(5);
    for (const [what, input] of variants) {
      const result = t.invoke(channel, input);
      expect(result.ok, `${channel} with ${what}`).toBe(false);
      if (!result.ok) expect(result.error.code, `${channel} with ${what}`).toBe('VALIDATION');
    }
    expect(logicalDump(t.core.db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

test('an unknown channel is NOT_FOUND', () => {
  const t = testCore();
  expect(t.invoke('nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(t.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(t.invoke('toString', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  t.close();
});

describe('access', () => {
  const t = testCore();
  t.loadDemo();
  afterAll(() => t.close());

  test.each(CHANNELS.filter((c) => contract[c].access !== 'public'))('%s without a session is UNAUTHENTICATED', (channel) => {
    t.setToken(null);
    const before = logicalDump(t.core.db);
    expect(t.invoke(channel, VALID[channel])).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    t.setToken('forged-token');
    expect(t.invoke(channel, VALID[channel])).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(logicalDump(t.core.db)).toBe(before);
  });

  test.each(CHANNELS.filter((c) => !['public', 'signedIn'].includes(contract[c].access)))('%s is FORBIDDEN to a cashier unless the role allows it', (channel) => {
    t.signInPin('1111');
    const before = logicalDump(t.core.db);
    const result = t.invoke(channel, VALID[channel]);
    const allowed = (PRESET_ROLES.cashier as readonly string[]).includes(contract[channel].access);
    if (!allowed) {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(logicalDump(t.core.db)).toBe(before);
    }
  });
});

test('an unexpected failure answers INTERNAL without a stack trace, and is logged', () => {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  t.core.db.exec('ALTER TABLE company RENAME TO company_gone');
  const result = t.invoke('settings.company.get', {});
  expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(JSON.stringify(result)).not.toMatch(/at .*\.ts|SqliteError|no such table/);
  expect(t.errors).toHaveLength(1);
  t.close();
});

test('a failing write rolls back everything it did', () => {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  const before = logicalDump(t.core.db);
  // The second rate named like an active one fails after nothing else; rename to a taken name:
  const result = t.invoke('settings.vatRates.rename', { id: 1, name: 'Ermäßigt' });
  expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(logicalDump(t.core.db)).toBe(before);
  t.close();
});

test('a committed write announces its topics; a read or a failure does not', () => {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  const seen: string[][] = [];
  t.core.onChanged((topics) => seen.push([...topics]));
  t.call('settings.vatRates.list');
  t.call('settings.vatRates.create', { name: 'Sonder', rateBasisPoints: 550 });
  t.invoke('settings.vatRates.create', { name: 'Sonder', rateBasisPoints: 550 });
  expect(seen).toEqual([['vatRates']]);
  t.close();
});

import { contract } from '../../src-shared/contract';
import { CHANNELS } from '../../src-shared/contract/channel-list';
import { translations } from '../../src-shared/i18n';
import { PERMISSIONS, PRESET_ROLES } from '../../src-shared/permissions';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

test('the preload allow-list is exactly the contract', () => {
  expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
});

test('channel names follow <module>.<verb> or <module>.<entity>.<verb>', () => {
  for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z]+(\.[a-z][A-Za-z]*){1,2}$/);
});

test('every channel names a known access rule', () => {
  for (const def of Object.values(contract)) {
    expect(['public', 'signedIn', ...PERMISSIONS]).toContain(def.access);
  }
});

test('German and English have the same texts', () => {
  expect(keysOf(translations.de).sort()).toEqual(keysOf(translations.en).sort());
  for (const key of keysOf(translations.de)) {
    const de = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], translations.de);
    expect(typeof de === 'string' && de.length > 0, key).toBe(true);
  }
});

test('the owner holds every permission; cashiers only sell', () => {
  expect([...PRESET_ROLES.owner].sort()).toEqual([...PERMISSIONS].sort());
  expect(PRESET_ROLES.cashier).toEqual(['counter.sell']);
});

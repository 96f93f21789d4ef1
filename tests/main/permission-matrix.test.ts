/**
 * The whole permission matrix: every channel of the contract against every preset role. A role
 * without the channel's permission gets exactly FORBIDDEN and nothing is written; a role with it
 * is let through (whatever the command then answers). 'signedIn' channels are open to every role,
 * 'public' ones to everyone. Each role gets a fresh demo shop so earlier successful calls (a
 * deactivation, a changed role) cannot spoil later ones.
 *
 * Two things look like FORBIDDEN without being the registry's access check: a business rule
 * that answers FORBIDDEN with a reason (a cashier's customer with sales on account, a discount
 * without approval), and the backup channels that are public only so a damaged database can be
 * restored by whoever is at the machine; on a healthy one they ask for settings.manage.
 */
import { contract, type Channel } from '../../src-shared/contract';
import type { Envelope } from '../../src-shared/errors';
import { PRESET_ROLES, ROLE_KEYS, type Permission } from '../../src-shared/permissions';
import { logicalDump, testCore } from '../helpers/core';
import { VALID } from '../helpers/valid-inputs';

const CHANNELS = Object.keys(contract) as Channel[];
const HEALTHY_DB_ACCESS: Partial<Record<Channel, Permission>> = {
  'backup.list': 'settings.manage', 'backup.inspect': 'settings.manage', 'backup.restore': 'settings.manage',
};
const accessOf = (channel: Channel): string => HEALTHY_DB_ACCESS[channel] ?? contract[channel].access;
// Open channels first (the time clock's sample PIN must still be Lena's); a restore replaces the whole database: last.
const rank = (c: Channel) => (c === 'backup.restore' ? 3 : accessOf(c) === 'public' ? 0 : accessOf(c) === 'signedIn' ? 1 : 2);
const ordered = [...CHANNELS].sort((a, b) => rank(a) - rank(b));

/** The registry's own refusal: FORBIDDEN without a business reason. */
const accessDenied = (result: Envelope<unknown>) => !result.ok && result.error.code === 'FORBIDDEN' && result.error.details?.reason === undefined;

function shopWith(role: (typeof ROLE_KEYS)[number]) {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  const pin = `70${ROLE_KEYS.indexOf(role)}1`;
  const roleId = t.call('staff.roles.list', {}).find((r) => r.key === role)!.id;
  const { staffId } = t.call('staff.create', { name: `Matrix ${role}`, roleId, pin });
  /** A fresh session each time: an earlier call (sign-out, say) may have ended the last one. */
  const signIn = () => {
    t.setToken(null);
    t.setToken(t.call('auth.signIn', { pin, staffId }).token);
  };
  return { t, signIn };
}

const totalChanges = (t: ReturnType<typeof testCore>) => t.core.db.prepare('SELECT total_changes()').pluck().get() as number;

describe.each(ROLE_KEYS)('%s', (role) => {
  const held = (access: string) => (PRESET_ROLES[role] as readonly string[]).includes(access);
  const forbidden = ordered.filter((c) => !['public', 'signedIn'].includes(accessOf(c)) && !held(accessOf(c)));
  const allowed = ordered.filter((c) => !forbidden.includes(c));

  test('every channel outside the role is FORBIDDEN and writes nothing; every other one lets the role through', async () => {
    const { t, signIn } = shopWith(role);
    signIn();
    const wrong: string[] = [];
    const before = logicalDump(t.core.db);
    for (const channel of forbidden) {
      const changes = totalChanges(t);
      const result = await t.core.invokeAsync(channel, VALID[channel], { token: t.signedToken() });
      if (!accessDenied(result)) wrong.push(`${channel}: expected FORBIDDEN, got ${JSON.stringify(result).slice(0, 120)}`);
      if (totalChanges(t) !== changes) wrong.push(`${channel}: wrote while forbidden`);
    }
    expect(logicalDump(t.core.db)).toBe(before);

    for (const channel of allowed) {
      signIn();
      const result: Envelope<unknown> = await t.core.invokeAsync(channel, VALID[channel], { token: t.signedToken() });
      if (!result.ok && (accessDenied(result) || result.error.code === 'UNAUTHENTICATED')) {
        wrong.push(`${channel} (${accessOf(channel)}): expected to be let through, got ${result.error.code}`);
      }
    }
    expect(wrong).toEqual([]);
    // Both halves ran: every role may call something and is refused something (the owner nothing).
    expect(allowed.length).toBeGreaterThan(0);
    if (role !== 'owner') expect(forbidden.length).toBeGreaterThan(0);
    t.close();
  });
});

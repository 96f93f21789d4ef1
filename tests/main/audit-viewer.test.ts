/** The audit viewer: filters by local day, person, action (exact or prefix) and literal text; the CSV export. */
import Papa from 'papaparse';
import { testCore } from '../helpers/core';

const MARKUS = 2;

function demo() {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  return t;
}

test('days are local calendar days: a row just after local midnight belongs to that day', () => {
  const previous = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
  try {
    const t = demo();
    t.clock.set('2026-01-14T23:30:00.000Z'); // 15 January, 00:30 in Berlin
    t.call('staff.roles.create', { name: 'Früh', permissions: [] });
    t.clock.set('2026-01-15T22:59:00.000Z');
    t.signInOwner(); // 15 January, 23:59
    t.call('staff.roles.create', { name: 'Spät', permissions: [] });
    t.clock.set('2026-01-15T23:00:00.000Z');
    t.signInOwner(); // 16 January, 00:00
    t.call('staff.roles.create', { name: 'Nacht', permissions: [] });
    t.signInOwner();
    const names = (from: string, to: string) =>
      t.call('audit.list', { from, to, action: 'staff.roles.create' }).map((e) => (e.after as { name: string }).name);
    expect(names('2026-01-15', '2026-01-15')).toEqual(['Spät', 'Früh']);
    expect(names('2026-01-16', '2026-01-16')).toEqual(['Nacht']);
    expect(names('2026-01-14', '2026-01-14')).toEqual([]);
    expect(t.call('audit.list', { to: '2026-01-14', action: 'staff.roles.create' })).toEqual([]);
    expect(t.call('audit.list', { from: '2026-01-16', action: 'staff.roles.create' })).toHaveLength(1);
    const csv = t.call('audit.csv', { from: '2026-01-15', to: '2026-01-15', action: 'staff.roles.create' });
    expect(csv.content).toContain('2026-01-15 00:30:00;');
    expect(csv.fileName).toBe('audit-log-2026-01-15-2026-01-15.csv');
    t.close();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
});

test('action: exact, or every action under a prefix ending in a dot; person; paging keeps the filter', () => {
  const t = demo();
  t.invoke('auth.signIn', { pin: '0000' });
  t.signInPin('2222');
  t.signInOwner();
  const actions = (input: Record<string, unknown>) => t.call('audit.list', input).map((e) => e.action);
  expect(new Set(actions({ action: 'auth.signIn' }))).toEqual(new Set(['auth.signIn']));
  expect(new Set(actions({ action: 'auth.' }))).toEqual(new Set(['auth.signIn', 'auth.signIn.failed']));
  expect(actions({ action: 'auth' })).toEqual([]);
  expect(actions({ action: 'auth.signIn.' })).toEqual(['auth.signIn.failed']);
  // A prefix's LIKE wildcards are literal.
  expect(actions({ action: '%.' })).toEqual([]);
  expect(actions({ action: 'a_th.' })).toEqual([]);

  expect(t.call('audit.list', { staffId: MARKUS }).map((e) => [e.action, e.staffName])).toEqual([['auth.signIn', 'Markus Wolf']]);

  const all = t.call('audit.list', { action: 'auth.' });
  const first = t.call('audit.list', { action: 'auth.', limit: 2 });
  const next = t.call('audit.list', { action: 'auth.', limit: 2, beforeId: first[1]!.id });
  expect([...first, ...next].map((e) => e.id)).toEqual(all.slice(0, 4).map((e) => e.id));
  t.close();
});

test('text searches subject, action, before, after and the person, ignoring case; % and _ are literal', () => {
  const t = demo();
  const { staffId } = t.call('staff.create', { name: 'Anna 100%ig', roleId: 3 });
  t.call('staff.update', { staffId, name: 'Anna Neu', roleId: 3 });
  const found = (text: string) => t.call('audit.list', { text }).map((e) => e.action);
  expect(found('100%ig')).toEqual(['staff.update', 'staff.create']);
  expect(found('aNNa neu')).toEqual(['staff.update']);
  expect(found('%')).toEqual(['staff.update', 'staff.create']);
  expect(found('Ann_')).toEqual([]);
  expect(found('A%a')).toEqual([]);
  expect(found(`staff:${staffId}`)).toEqual(['staff.update', 'staff.create']);
  expect(found('roles.crea')).toEqual([]);
  t.signInPin('2222');
  t.signInOwner();
  expect(found('MARKUS')).toEqual(['auth.signIn']);
  t.close();
});

test('audit.actions lists each recorded action once, sorted', () => {
  const t = demo();
  const actions = t.call('audit.actions', {});
  expect(actions).toEqual([...new Set(actions)].sort());
  expect(actions).toContain('auth.signIn');
  expect(actions).not.toContain('staff.roles.create');
  t.call('staff.roles.create', { name: 'Lager', permissions: ['stock.manage'] });
  expect(t.call('audit.actions', {})).toContain('staff.roles.create');
  t.close();
});

test('the CSV: BOM, semicolons, header, local times, JSON before/after, quoted where needed, newest first', () => {
  const t = demo();
  t.clock.set('2026-01-15T10:11:12.000Z');
  const { staffId } = t.call('staff.create', { name: 'Tom "T"; Berg', roleId: 3, notes: 'eins\nzwei' });
  t.clock.set('2026-01-15T10:20:00.000Z');
  t.call('staff.update', { staffId, name: 'Tom Berg', roleId: 3 });
  const { fileName, content } = t.call('audit.csv', { action: 'staff.', from: '2026-01-15' });
  expect(fileName).toMatch(/^audit-log-2026-01-15-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(content.startsWith('\uFEFFtime;person;action;subject;before;after\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(content.slice(1).trimEnd(), { delimiter: ';', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const [header, update, create] = parsed.data;
  expect(header).toEqual(['time', 'person', 'action', 'subject', 'before', 'after']);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = new Date('2026-01-15T10:20:00.000Z');
  expect(update![0]).toBe(`2026-01-15 ${pad(local.getHours())}:20:00`);
  expect(update!.slice(1, 4)).toEqual([t.call('staff.get', { staffId: 1 }).name, 'staff.update', `staff:${staffId}`]);
  expect(JSON.parse(update![4]!)).toEqual({ name: 'Tom "T"; Berg' });
  expect(JSON.parse(update![5]!)).toEqual({ name: 'Tom Berg' });
  expect(create![2]).toBe('staff.create');
  expect(create![4]).toBe('');
  expect(JSON.parse(create![5]!)).toMatchObject({ name: 'Tom "T"; Berg', notes: 'eins\nzwei' });
  expect(parsed.data).toHaveLength(3);
  // A field with a quote or semicolon is quoted and its quotes doubled (RFC 4180).
  expect(content).toContain('"{""name"":""Tom \\""T\\""; Berg""}"');
  t.close();
});

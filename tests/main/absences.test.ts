import { logicalDump, testCore } from '../helpers/core';

const LENA = 3; // demo: work days Mon, Tue, Wed, Fri; 24 vacation days; since 2024-02-01. Today is Thursday 2026-01-15.
type T = ReturnType<typeof testCore>;

function owner(): T {
  const t = testCore();
  t.loadDemo();
  t.signInOwner();
  return t;
}

describe('absences', () => {
  test('an absence counts the planned working days it covers, in half days; a half day is one', () => {
    const t = owner();
    const week = t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-02-02', to: '2026-02-08', note: ' Skiurlaub ' }).absenceId;
    t.call('absences.create', { staffId: LENA, kind: 'other', from: '2026-02-09', to: '2026-02-09', halfDay: true });
    const list = t.call('absences.list', { period: { from: '2026-02-01', to: '2026-02-28' }, staffId: LENA });
    expect(list.map((a) => [a.kind, a.from, a.to, a.halfDay, a.halfDays])).toEqual([
      ['vacation', '2026-02-02', '2026-02-08', false, 8], // Mon, Tue, Wed, Fri
      ['other', '2026-02-09', '2026-02-09', true, 1],
    ]);
    expect(list[0]).toMatchObject({ id: week, staffName: 'Lena Schulz', note: 'Skiurlaub', cancelledAt: null, createdAt: '2026-01-15T09:00:00.000Z' });
    expect(t.call('audit.list', { action: 'absences.create' })).toHaveLength(2);
    t.close();
  });

  test('an overlap with another absence of the same person is refused; other people and cancelled ones do not count', () => {
    const t = owner();
    const id = t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-02-02', to: '2026-02-06' }).absenceId;
    const before = logicalDump(t.core.db);
    for (const [from, to] of [['2026-02-06', '2026-02-10'], ['2026-01-30', '2026-02-02'], ['2026-02-03', '2026-02-03']]) {
      expect(t.invoke('absences.create', { staffId: LENA, kind: 'sick', from, to })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'absenceOverlaps' } } });
    }
    expect(logicalDump(t.core.db)).toBe(before);
    t.call('absences.create', { staffId: 2, kind: 'vacation', from: '2026-02-02', to: '2026-02-06' });
    t.call('absences.cancel', { absenceId: id, reason: 'Verschoben' });
    t.call('absences.create', { staffId: LENA, kind: 'sick', from: '2026-02-03', to: '2026-02-03' });
    t.close();
  });

  test('cancelling needs a reason, happens once, is audited and keeps the absence for the record', () => {
    const t = owner();
    const id = t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-02-02', to: '2026-02-06' }).absenceId;
    t.clock.advance(60_000);
    t.call('absences.cancel', { absenceId: id, reason: 'Verschoben' });
    const before = logicalDump(t.core.db);
    expect(t.invoke('absences.cancel', { absenceId: id, reason: 'nochmal' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'absenceAlreadyCancelled' } } });
    expect(t.invoke('absences.cancel', { absenceId: 999, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.invoke('absences.cancel', { absenceId: id, reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(logicalDump(t.core.db)).toBe(before);
    const period = { from: '2026-02-01', to: '2026-02-28' };
    expect(t.call('absences.list', { period, staffId: LENA })).toEqual([]);
    expect(t.call('absences.list', { period, includeCancelled: true })).toMatchObject([{ id, cancelledAt: '2026-01-15T09:01:00.000Z', cancelReason: 'Verschoben' }]);
    expect(t.call('audit.list', { action: 'absences.cancel' })[0]).toMatchObject({ subject: `staff:${LENA}`, before: { absenceId: id }, after: { reason: 'Verschoben' } });
    t.close();
  });

  test('refused for inactive staff, before the start date and past the end date', () => {
    const t = owner();
    const before = logicalDump(t.core.db);
    expect(t.invoke('absences.create', { staffId: LENA, kind: 'sick', from: '2024-01-31', to: '2024-02-02' })).toMatchObject({ ok: false, error: { details: { reason: 'absenceBeforeStart' } } });
    expect(t.invoke('absences.create', { staffId: 99, kind: 'sick', from: '2026-01-05', to: '2026-01-05' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(logicalDump(t.core.db)).toBe(before);
    t.core.db.prepare("UPDATE staff SET end_date = '2026-03-31' WHERE id = ?").run(LENA);
    expect(t.invoke('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-03-30', to: '2026-04-01' })).toMatchObject({ ok: false, error: { details: { reason: 'absenceAfterEnd' } } });
    t.core.db.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(LENA);
    expect(t.invoke('absences.create', { staffId: LENA, kind: 'sick', from: '2026-01-05', to: '2026-01-05' })).toMatchObject({ ok: false, error: { details: { reason: 'staffInactive' } } });
    t.close();
  });
});

describe('vacation balances', () => {
  test('taken up to today, planned after today, on work days only, cancelled ones not at all', () => {
    const t = owner();
    t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-01-12', to: '2026-01-14' }); // Mon–Wed: 6 taken
    t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-01-15', to: '2026-01-16' }); // Thu is no work day: 2 planned
    t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-01-19', to: '2026-01-19', halfDay: true }); // 1 planned
    t.call('absences.create', { staffId: LENA, kind: 'sick', from: '2026-01-20', to: '2026-01-20' }); // not vacation
    const cancelled = t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-03-02', to: '2026-03-06' }).absenceId;
    t.call('absences.cancel', { absenceId: cancelled, reason: 'doch nicht' });
    t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-12-30', to: '2027-01-02' }); // Wed 30 + Fri 1 Jan (next year)
    const balances = t.call('absences.vacation', { year: 2026 });
    expect(balances.map((b) => b.name)).toEqual(['Anna Becker', 'Lena Schulz', 'Markus Wolf']);
    expect(balances.find((b) => b.staffId === LENA)).toEqual({
      staffId: LENA, name: 'Lena Schulz', year: 2026, entitlementHalfDays: 48, takenHalfDays: 6, plannedHalfDays: 5, remainingHalfDays: 37,
    });
    expect(t.call('absences.vacation', { year: 2027 }).find((b) => b.staffId === LENA)).toMatchObject({ takenHalfDays: 0, plannedHalfDays: 2 });
    t.close();
  });

  test('the entitlement is pro rata by full months employed, rounded up to half days', () => {
    const t = owner();
    const entitlement = (start: string | null, end: string | null, days: number) => {
      t.core.db.prepare('UPDATE staff SET start_date = ?, end_date = ?, vacation_days = ? WHERE id = ?').run(start, end, days, LENA);
      return t.call('absences.vacation', { year: 2026 }).find((b) => b.staffId === LENA)!.entitlementHalfDays;
    };
    expect(entitlement(null, null, 24)).toBe(48);
    expect(entitlement('2026-03-01', null, 24)).toBe(40); // 10 months
    expect(entitlement('2026-03-15', null, 24)).toBe(36); // March is not full: 9 months
    expect(entitlement('2026-03-01', '2026-08-20', 24)).toBe(20); // March to July
    expect(entitlement('2026-06-01', null, 25)).toBe(30); // 25 × 2 × 7 / 12 = 29.2 → 30
    expect(entitlement('2027-01-01', null, 24)).toBe(0);
    t.close();
  });
});

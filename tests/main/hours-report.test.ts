import { pdfText } from '../helpers/pdf-text';
import { testCore } from '../helpers/core';

const LENA = 3; // demo: 20 h a week on Mon, Tue, Wed, Fri, 14,00 € an hour
const WEEK = { from: '2026-01-12', to: '2026-01-18' };
type T = ReturnType<typeof testCore>;

/** Lena's week: Monday 8:00–16:00 with 30 minutes' break, Wednesday sick, Friday half a day off. */
function lenasWeek(): T {
  const t = testCore();
  t.loadDemo();
  for (const [action, time] of [['in', '08:00'], ['breakStart', '12:00'], ['breakEnd', '12:30'], ['out', '16:00']] as const) {
    t.clock.set(`2026-01-12T${time}:00.000Z`);
    t.call('timeclock.punch', { pin: '1111', action });
  }
  t.clock.set('2026-01-19T09:00:00.000Z');
  t.signInOwner();
  t.call('absences.create', { staffId: LENA, kind: 'sick', from: '2026-01-14', to: '2026-01-14' });
  t.call('absences.create', { staffId: LENA, kind: 'vacation', from: '2026-01-16', to: '2026-01-16', halfDay: true });
  return t;
}

describe('the hours report', () => {
  test('per person: planned, worked, credited, overtime, absence half days and the wage in cents', () => {
    const t = lenasWeek();
    const report = t.call('staff.hours', { period: WEEK });
    expect(report).toMatchObject({ from: WEEK.from, to: WEEK.to });
    expect(report.rows.map((r) => r.name)).toEqual(['Anna Becker', 'Lena Schulz', 'Markus Wolf']);
    expect(report.rows.find((r) => r.staffId === LENA)).toEqual({
      staffId: LENA, name: 'Lena Schulz', plannedMinutes: 1200, workedMinutes: 450, absenceMinutes: 450, overtimeMinutes: -300,
      vacationHalfDays: 1, sickHalfDays: 2, otherHalfDays: 0, forgottenClockOuts: 0, hourlyWageCents: 1400,
      wageCents: 21_000, // 900 minutes × 14,00 € / 60
    });
    expect(report.rows.find((r) => r.name === 'Anna Becker')).toMatchObject({ hourlyWageCents: null, wageCents: null });
    t.close();
  });

  test('the wage rounds half up to cents, without floats', () => {
    const t = lenasWeek();
    const out = t.call('staff.timesheet', { staffId: LENA, period: WEEK }).events.find((e) => e.kind === 'out')!;
    t.call('timeclock.correct', { type: 'change', eventId: out.id, at: '2026-01-12T16:01:00.000Z', reason: 'eine Minute länger' });
    t.core.db.prepare('UPDATE staff SET hourly_wage_cents = 1350 WHERE id = ?').run(LENA);
    // 901 minutes × 13,50 € / 60 = 202,725 € → 202,73 €.
    expect(t.call('staff.hours', { period: WEEK }).rows.find((r) => r.staffId === LENA)).toMatchObject({ workedMinutes: 451, wageCents: 20_273 });
    t.close();
  });

  test('inactive staff appear only for periods they were employed in', () => {
    const t = lenasWeek();
    t.core.db.prepare("UPDATE staff SET active = 0, end_date = '2026-01-13' WHERE id = ?").run(LENA);
    const row = t.call('staff.hours', { period: WEEK }).rows.find((r) => r.staffId === LENA);
    expect(row).toMatchObject({ plannedMinutes: 600, workedMinutes: 450, absenceMinutes: 0, sickHalfDays: 0 });
    expect(t.call('staff.hours', { period: { from: '2026-02-01', to: '2026-02-28' } }).rows.map((r) => r.staffId)).not.toContain(LENA);
    t.close();
  });

  test('CSV for payroll: BOM, semicolons, German headers, h:mm and decimal hours with a comma', () => {
    const t = lenasWeek();
    const { fileName, content } = t.call('staff.hours.csv', { period: WEEK });
    expect(fileName).toBe('stunden-2026-01-12-bis-2026-01-18.csv');
    expect(content.startsWith('\uFEFFName;Soll (h:mm);Soll (Stunden);Ist (h:mm);Ist (Stunden);Abwesenheit (h:mm);Abwesenheit (Stunden);Überstunden (h:mm);Überstunden (Stunden);')).toBe(true);
    const lines = content.slice(1).split('\r\n');
    expect(lines[0]!.split(';').slice(9)).toEqual(['Urlaub (Tage)', 'Krank (Tage)', 'Sonstige (Tage)', 'Gehen vergessen', 'Stundenlohn', 'Lohn']);
    expect(lines).toContain('Lena Schulz;20:00;20,00;7:30;7,50;7:30;7,50;-5:00;-5,00;0,5;1;0;0;14,00;210,00');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(5);
    t.close();
  });

  test('CSV headers follow the shop\'s language', () => {
    const t = lenasWeek();
    t.core.db.prepare("UPDATE company SET language = 'en' WHERE id = 1").run();
    const { fileName, content } = t.call('staff.hours.csv', { period: WEEK });
    expect(fileName).toBe('hours-2026-01-12-to-2026-01-18.csv');
    expect(content).toContain('\uFEFFName;Planned (h:mm);Planned (hours);');
    expect(content).toContain('Lena Schulz;20:00;20.00;7:30;7.50;7:30;7.50;-5:00;-5.00;0.5;1;0;0;14.00;210.00');
    t.close();
  });

  test('the A4 PDF names the period, each person with their hours and the totals', async () => {
    const t = lenasWeek();
    const envelope = await t.core.invokeAsync('staff.hours.pdf', { period: WEEK }, { token: t.signedToken() });
    if (!envelope.ok) throw new Error(envelope.error.message);
    const { fileName, base64 } = envelope.data as { fileName: string; base64: string };
    expect(fileName).toBe('stunden-2026-01-12-bis-2026-01-18.pdf');
    const bytes = Buffer.from(base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Stundenübersicht 12.01.2026 – 18.01.2026');
    expect(text).toContain('Laden am Markt');
    expect(text).toMatch(/Lena Schulz 20:00 7:30 7:30 -5:00 0,5 1 0 210,00\s€/);
    expect(text).toContain('Soll gesamt');
    expect(text).toContain('Lohn gesamt');
    t.close();
  });
});
